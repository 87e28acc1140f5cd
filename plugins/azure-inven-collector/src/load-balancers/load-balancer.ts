import type { LoadBalancer, NetworkInterface } from '@azure/arm-network';
import { loadBalancerReads, type LoadBalancerRelated } from './load-balancer-related';
import { defineType, OPTIONAL, PLACE_SEARCH } from '../collect/define-type';
import { armCloudService, relatedOf, withRelated } from '../collect/arm-resource';
import { shapePages } from '../collect/shape-pages';
import { armIdSegment, upstreamShape } from '../azure-resource';
import { LOAD_BALANCER_TABS } from './load-balancer-tabs';

const GROUP = 'LoadBalancers';
const TYPE = 'Instance';

type Doc = Record<string, unknown>;
const brList = { delimiter: '<br>', ...OPTIONAL };
const commaList = { delimiter: ', ', ...OPTIONAL };

/** Upstream's session persistence names of a rule's `loadDistribution`. */
const LOAD_DISTRIBUTION: Record<string, string> = {
  Default: 'None',
  SourceIPProtocol: 'Client IP and Protocol',
  SourceIP: 'Client IP',
};

/**
 * Load balancers of the subscription (`loadBalancers.listAll`), each with the network interfaces
 * of its backends (`loadBalancerNetworkInterfaces.list`) and its private frontends' subnets
 * (`subnets.get`), in upstream's layout.
 */
export const loadBalancerDefinition = defineType({
  group: GROUP,
  name: TYPE,
  serviceCode: '/Microsoft.Network/loadBalancers',
  labels: ['Networking'],
  icon: 'azure-loadbalancers.svg',
  isPrimary: true,
  isMajor: true,
  // Upstream's table and search (metadata/load_balancers/instance.yaml), its typos kept.
  fields: [
    { name: 'Resource Group', key: 'data.resource_group' },
    { name: 'Location', key: 'data.location' },
    { name: 'Subscription Name', key: 'data.subscription_name' },
    { name: 'Subscription ID', key: 'data.subscription_id', options: OPTIONAL },
    { name: 'SKU', key: 'instance_type', options: OPTIONAL },
    { name: 'Health Probe', key: 'data.probes_display', type: 'list', options: brList },
    { name: 'Load Balancing Rule', key: 'data.load_balancing_rules_display', type: 'list', options: brList },
    { name: 'NAT Rules', key: 'data.inbound_nat_rules_display', type: 'list', options: brList },
    { name: 'Private IP Address', key: 'data.private_ip_address_display', type: 'list', options: brList },
    { name: 'Frontend Name', key: 'data.frontend_ip_configurations.name', options: OPTIONAL },
    { name: 'Frontend IP Address', key: 'data.frontend_ip_configurations.private_ip_address', options: OPTIONAL },
    {
      name: 'Frontend IP Version',
      key: 'data.frontend_ip_configurations.private_ip_address_version',
      options: OPTIONAL,
    },
    {
      name: 'Frontend IP Used By',
      key: 'data.frontend_ip_configurations_used_by_display',
      type: 'list',
      options: brList,
    },
    { name: 'Backend Pool Name', key: 'data.backend_address_pools.name', options: OPTIONAL },
    { name: 'Backend Pool ID', key: 'data.backend_address_pools.id', options: OPTIONAL },
    { name: 'Health Probe Name', key: 'data.probes.name', options: OPTIONAL },
    { name: 'Health Probes Protocol', key: 'data.probes.protocol', options: OPTIONAL },
    { name: 'Health Probes Port', key: 'data.probes.port', options: OPTIONAL },
    { name: 'Health Probes Interval', key: 'data.probes.interval_in_seconds', options: OPTIONAL },
    { name: 'Health Probes Unhealthy Threshold', key: 'data.probes.number_of_probes', options: OPTIONAL },
    { name: 'LB Rule Name', key: 'data.load_balancing_rules.name', options: OPTIONAL },
    {
      name: 'LB Rule Frontend IP Address',
      key: 'data.load_balancing_rules.frontend_ip_configuration_display',
      options: OPTIONAL,
    },
    { name: 'LB Rule Protocol', key: 'data.load_balancing_rules.protocol', options: OPTIONAL },
    { name: 'LB Rule Frontend Port', key: 'data.load_balancing_rules.frontend_port', options: OPTIONAL },
    { name: 'LB Rule Backend Port', key: 'data.load_balancing_rules.backend_port', options: OPTIONAL },
    {
      name: 'LB Rule Backend Pool',
      key: 'data.load_balancing_rules.backend_address_pool_display',
      type: 'list',
      options: commaList,
    },
    {
      name: 'LB Rule Session Persistence',
      key: 'data.load_balancing_rules.load_distribution_display',
      options: OPTIONAL,
    },
    {
      name: 'LB Rule Idle Timeout (minutes)',
      key: 'data.load_balancing_rules.idle_timeout_in_minutes',
      options: OPTIONAL,
    },
    { name: 'LB Rule Floating IP', key: 'data.load_balancing_rules.enable_floating_ip', options: OPTIONAL },
    { name: 'LB Rule TCP Reset', key: 'data.load_balancing_rules.enable_tcp_reset', options: OPTIONAL },
    { name: 'Inbound NAT Rules Name', key: 'data.inbound_nat_rules.name', options: OPTIONAL },
    { name: 'Inbound NAT Rule Protocol', key: 'data.inbound_nat_rules.protocol', options: OPTIONAL },
    {
      name: 'Inbound NAT Rule Idle timeout (minutes)',
      key: 'data.inbound_nat_rules.idle_timeout_in_minutes',
      options: OPTIONAL,
    },
    { name: 'Inbound NAT Rule TCP Reset', key: 'data.inbound_nat_rules.enable_tcp_reset', options: OPTIONAL },
    { name: 'Inbound NAT Rule Port', key: 'data.inbound_nat_rules.frontend_port', options: OPTIONAL },
    {
      name: 'Inbound NAT Rule Target Virtual Machine',
      key: 'data.inbound_nat_rules.target_virtual_machine',
      type: 'list',
      options: commaList,
    },
    {
      name: 'Inbound NAT Rule Network IP Configuration',
      key: 'data.inbound_nat_rules.frontend_ip_configuration_display',
      options: OPTIONAL,
    },
    { name: 'Inbound NAT Rule Port mapping', key: 'data.inbound_nat_rules.port_mapping_display', options: OPTIONAL },
    { name: 'Inbound NAT Rule Floating IP', key: 'data.inbound_nat_rules.enable_floating_ip', options: OPTIONAL },
    { name: 'Inbound NAT Rule Target Port', key: 'data.inbound_nat_rules.backend_port', options: OPTIONAL },
  ],
  search: [
    ...PLACE_SEARCH,
    { name: 'Load Balancer Type', key: 'instance_type' },
    { name: 'SKU', key: 'instance_type' },
    { name: 'Health Probe', key: 'data.probes_display' },
    { name: 'Load Balancing Rule', key: 'data.load_balancing_rules_display' },
    { name: 'NAT Rules', key: 'data.inbound_nat_rules_display' },
    { name: 'Private IP Address', key: 'data.private_ip_address_display' },
    { name: 'Frontend Name', key: 'data.frontend_ip_configurations.name' },
    { name: 'Frontend IP Address', key: 'data.frontend_ip_configurations.private_ip_address' },
    { name: 'Frontend IP Version', key: 'data.frontend_ip_configurations.private_ip_address_version' },
    { name: 'Frontend IP Used By', key: 'data.frontend_ip_configurations_used_by_display' },
    { name: 'Backend Pool Name', key: 'data.backend_address_pools.name' },
    { name: 'Backend Pool ID', key: 'data.backend_address_pools.id' },
    { name: 'Health Probe Name', key: 'data.probes.name' },
    { name: 'Health Probes Protocol', key: 'data.probes.protocol' },
    { name: 'Health Probes Port', key: 'data.probes.port', dataType: 'integer' },
    { name: 'Health Probes Interval', key: 'data.probes.interval_in_seconds', dataType: 'integer' },
    { name: 'Health Probes Unhealthy Threshold', key: 'data.probes.number_of_probes' },
    { name: 'LB Rule Name', key: 'data.load_balancing_rules.name' },
    { name: 'LB Rule Frontend IP Address', key: 'data.load_balancing_rules.frontend_ip_configuration_display' },
    { name: 'LB Rule Protocol', key: 'data.load_balancing_rules.protocol' },
    { name: 'LB Rule Frontend Port', key: 'data.load_balancing_rules.frontend_port', dataType: 'integer' },
    { name: 'LB Rule Backend Port', key: 'data.load_balancing_rules.backend_port', dataType: 'integer' },
    { name: 'LB Rule Backend Pool', key: 'data.load_balancing_rules.backend_address_pool_display' },
    { name: 'LB Rule Session Persistence', key: 'data.load_balancing_rules.load_distribution_display' },
    {
      name: 'LB Rule Idle Timeout (minutes)',
      key: 'data.load_balancing_rules.idle_timeout_in_minutes',
      dataType: 'integer',
    },
    { name: 'LB Rule Floating IP', key: 'data.load_balancing_rules.enable_floating_ip' },
    { name: 'LB Rule TCP Reset', key: 'data.load_balancing_rules.enable_tcp_reset' },
    { name: 'Inbound NAT Rules Name', key: 'data.inbound_nat_rules.name' },
    { name: 'Inbound NAT Rule Protocol', key: 'data.inbound_nat_rules.protocol' },
    {
      name: 'Inbound NAT Rule Idle timeout (minutes)',
      key: 'data.inbound_nat_rules.idle_timeout_in_minutes',
      dataType: 'integer',
    },
    { name: 'Inbound NAT Rule TCP Reset', key: 'data.load_balancing_rules.enable_tcp_reset' },
    { name: 'Inbound NAT Rule Port', key: 'data.inbound_nat_rules.frontend_port', dataType: 'integer' },
    { name: 'Inbound NAT Rule Target Virtual Machine', key: 'data.inbound_nat_rules.target_virtual_machine' },
    {
      name: 'Inbound NAT Rule Network IP Configuration',
      key: 'data.inbound_nat_rules.frontend_ip_configuration_display',
    },
    { name: 'Inbound NAT Rule Port mapping', key: 'data.inbound_nat_rules.port_mapping_display' },
    { name: 'Inbound NAT Rule Floating IP', key: 'data.inbound_nat_rules.enable_floating_ip' },
    { name: 'Inbound NAT Rule Target Port', key: 'data.inbound_nat_rules.backend_port', dataType: 'integer' },
  ],
  details: LOAD_BALANCER_TABS,
  collect: (ctx) =>
    shapePages(
      withRelated(
        ctx.session.pages((o) => ctx.session.network.loadBalancers.listAll(o)),
        loadBalancerReads(ctx),
        ctx.session.signal,
      ),
      (entry) =>
        armCloudService(ctx, entry.item, {
          group: GROUP,
          type: TYPE,
          instanceType: entry.item.sku?.name ?? '',
          extra: loadBalancerDisplay(entry.item, relatedOf(entry)),
        }),
      { group: GROUP, type: TYPE },
    ),
});

/**
 * Upstream's additions to a load balancer: its backends' network interfaces (with their pool, VM
 * and private addresses), what uses each frontend (and a private one's subnet name and address
 * prefix), and the names its tables show for pools, rules, NAT rules and probes.
 */
export function loadBalancerDisplay(lb: LoadBalancer, { nics, subnets }: LoadBalancerRelated): Doc {
  const doc = upstreamShape({
    frontendIPConfigurations: lb.frontendIPConfigurations,
    loadBalancingRules: lb.loadBalancingRules,
    inboundNatRules: lb.inboundNatRules,
  }) as Record<'frontend_ip_configurations' | 'load_balancing_rules' | 'inbound_nat_rules', Doc[] | undefined>;
  const networkInterfaces = nics.map(nicDisplay);
  const extra: Doc = { network_interfaces: networkInterfaces };
  const names = (list: { name?: string }[]) => list.map((x) => x.name ?? '');

  if (doc.frontend_ip_configurations) {
    const usedBy: string[] = [];
    for (const frontend of doc.frontend_ip_configurations) {
      const subnet = frontend.subnet as Doc | undefined;
      if (subnet) {
        // Python's None when the subnet has only `addressPrefixes`, as upstream's `subnet.address_prefix`.
        subnet.address_prefix = subnets.get(String(subnet.id).toLowerCase())?.addressPrefix ?? null;
        subnet.name = armIdSegment(subnet.id as string | undefined, 10);
      }
      for (const key of ['inbound_nat_rules', 'load_balancing_rules'])
        if (frontend[key]) {
          usedBy.push(...(frontend[key] as Doc[]).map((r) => armIdSegment(r.id as string | undefined, 10)));
          extra.frontend_ip_configurations_used_by_display = usedBy;
        }
    }
    extra.frontend_ip_configurations = doc.frontend_ip_configurations;
  }
  if (lb.backendAddressPools) {
    const count = lb.backendAddressPools.length;
    extra.backend_address_pools_count_display = `${count} backend pool${count === 1 ? '' : 's'}`;
  }
  if (doc.load_balancing_rules) {
    extra.load_balancing_rules_display = names(lb.loadBalancingRules ?? []);
    for (const rule of doc.load_balancing_rules) {
      const pool = rule.backend_address_pool as Doc | undefined;
      if (pool) rule.backend_address_pool_display = armIdSegment(pool.id as string | undefined, 10);
      const distribution = rule.load_distribution as string | undefined;
      if (distribution) rule.load_distribution_display = LOAD_DISTRIBUTION[distribution] ?? distribution;
      const frontend = rule.frontend_ip_configuration as Doc | undefined;
      if (frontend) rule.frontend_ip_configuration_display = armIdSegment(frontend.id as string | undefined, 10);
    }
    extra.load_balancing_rules = doc.load_balancing_rules;
  }
  if (doc.inbound_nat_rules) {
    extra.inbound_nat_rules_display = names(lb.inboundNatRules ?? []);
    for (const rule of doc.inbound_nat_rules) {
      const backend = ((rule.backend_ip_configuration as Doc | undefined)?.id as string | undefined) ?? '';
      Object.assign(rule, {
        frontend_ip_configuration_display: armIdSegment(
          (rule.frontend_ip_configuration as Doc | undefined)?.id as string | undefined,
          10,
        ),
        port_mapping_display: rule.frontend_port === rule.backend_port ? 'Default' : 'Custom',
        target_virtual_machine: networkInterfaces
          .filter((nic) => backend.includes(nic.id as string) && nic.virtual_machine)
          .map((nic) => armIdSegment((nic.virtual_machine as Doc).id as string | undefined, 8)),
      });
    }
    extra.inbound_nat_rules = doc.inbound_nat_rules;
  }
  if (lb.probes) extra.probes_display = names(lb.probes);
  return extra;
}

/** A backend's network interface as upstream lists it: its pool's name, private addresses and VM. */
function nicDisplay(nic: NetworkInterface): Doc {
  const doc = upstreamShape(nic) as Doc;
  const configs = doc.ip_configurations as Doc[] | undefined;
  if (configs) {
    for (const config of configs) {
      const pools = config.load_balancer_backend_address_pools as Doc[] | undefined;
      if (pools?.length)
        doc.load_balancer_backend_address_pools_name_display = armIdSegment(pools.at(-1)!.id as string | undefined, 10);
    }
    doc.private_ip_display = configs.map((c) => c.private_ip_address);
  }
  const vm = doc.virtual_machine as Doc | undefined;
  if (vm) doc.virtual_machine_name_display = armIdSegment(vm.id as string | undefined, 8);
  return doc;
}

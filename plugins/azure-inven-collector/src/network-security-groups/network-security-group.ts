import type { NetworkInterface, NetworkSecurityGroup, Subnet } from '@azure/arm-network';
import { defineType, OVERVIEW_FIELDS } from '../collect/define-type';
import { armCloudService } from '../collect/arm-resource';
import type { CollectContext } from '../collect/collect-context';
import { shapePages } from '../collect/shape-pages';
import { armIdSegment, nameOf, upstreamShape } from '../azure-resource';

const GROUP = 'NetworkSecurityGroups';
const TYPE = 'Instance';

const optional = { is_optional: true };
const RULE_COLUMNS = [
  ['Priority', 'priority'],
  ['Name', 'name'],
  ['Port', 'destination_port_range'],
  ['Protocol', 'protocol'],
  ['Source', 'source_address_prefix'],
  ['Destination', 'destination_address_prefix'],
  ['Action', 'access'],
] as const;
const ruleKeys = (direction: 'Inbound' | 'Outbound') =>
  RULE_COLUMNS.map(([name, key]) => ({
    name: `${direction} Rule ${name}`,
    key: `data.${direction.toLowerCase()}_security_rules.${key}`,
  }));
const RELATED_KEYS = [
  { name: 'Network Interface Name', key: 'data.network_interfaces.name' },
  { name: 'Network Interface Public IP Address', key: 'data.network_interfaces.public_ip_address' },
  { name: 'Network Interface Private IP Address', key: 'data.network_interfaces.private_ip_address' },
  { name: 'Subnet Name', key: 'data.subnets.name' },
  { name: 'Subnet Address Range', key: 'data.subnets.address_prefix' },
  { name: 'Virtual Network', key: 'data.subnets.virtual_network' },
];
const DETAIL_KEYS = [...ruleKeys('Inbound'), ...ruleKeys('Outbound'), ...RELATED_KEYS];
const COMMON_KEYS = [
  { name: 'Subscription ID', key: 'account' },
  { name: 'Subscription Name', key: 'data.subscription_name' },
  { name: 'Resource Group', key: 'data.resource_group' },
  { name: 'Location', key: 'data.location' },
  { name: 'Virtual Machines', key: 'data.virtual_machines_display' },
];

/**
 * NSGs of the subscription (`networkSecurityGroups.listAll`) in upstream's layout: rules split
 * inbound / outbound, the VM of the first network interface naming the group, and the group's subnets
 * in full (from `virtualNetworks.listAll`) with their virtual network.
 */
export const networkSecurityGroupDefinition = defineType({
  group: GROUP,
  name: TYPE,
  serviceCode: '/Microsoft.Network/networkSecurityGroups',
  labels: ['Networking'],
  icon: 'azure-network-security-groups.svg',
  isPrimary: true,
  isMajor: true,
  fields: [
    { name: 'Resource Group', key: 'data.resource_group' },
    { name: 'Location', key: 'data.location' },
    { name: 'Subscription ID', key: 'account' },
    { name: 'Subscription Name', key: 'data.subscription_name' },
    { name: 'Virtual Machines', key: 'data.virtual_machines_display' },
    ...DETAIL_KEYS.map((f) => ({ ...f, options: optional })),
  ],
  search: [
    ...COMMON_KEYS,
    ...DETAIL_KEYS.map((f) => (f.key.endsWith('.priority') ? { ...f, dataType: 'integer' as const } : f)),
  ],
  details: [
    {
      name: 'Network Security Group',
      type: 'item',
      fields: OVERVIEW_FIELDS,
    },
    ...(['Inbound', 'Outbound'] as const).map((direction) => ({
      name: `${direction} Security Rules`,
      type: 'table' as const,
      rootPath: `data.${direction.toLowerCase()}_security_rules`,
      fields: RULE_COLUMNS.map(([name, key]) => ({ name, key })),
    })),
    {
      name: 'Network Interfaces',
      type: 'table',
      rootPath: 'data.network_interfaces',
      fields: [
        { name: 'Name', key: 'name' },
        { name: 'Public IP Address', key: 'public_ip_address' },
        { name: 'Private IP Address', key: 'private_ip_address' },
        { name: 'Virtual Machine', key: 'virtual_machine_display' },
      ],
    },
    {
      name: 'Subnets',
      type: 'table',
      rootPath: 'data.subnets',
      fields: [
        { name: 'Name', key: 'name' },
        { name: 'Address Range', key: 'address_prefix' },
        { name: 'Virtual Network', key: 'virtual_network' },
      ],
    },
  ],
  async *collect(ctx) {
    const { vmOfGroup, subnets } = await related(ctx);
    yield* shapePages(
      ctx.session.pages((o) => ctx.session.network.networkSecurityGroups.listAll(o)),
      (nsg: NetworkSecurityGroup) => {
        const rules = [...(nsg.securityRules ?? []), ...(nsg.defaultSecurityRules ?? [])];
        const of = (direction: string) => rules.filter((r) => r.direction === direction).map(upstreamShape);
        const vm = vmOfGroup.get(nameOf(nsg.id));
        return armCloudService(ctx, nsg, {
          group: GROUP,
          type: TYPE,
          extra: {
            inbound_security_rules: of('Inbound'),
            outbound_security_rules: of('Outbound'),
            ...(vm !== undefined ? { virtual_machines_display: vm } : {}),
            // An empty list becomes null, as upstream's lookup of no subnets answers.
            ...(nsg.subnets
              ? {
                  subnets: nsg.subnets.length
                    ? nsg.subnets.map((ref) => ({
                        ...(upstreamShape(subnets.get((ref.id ?? '').toLowerCase()) ?? ref) as object),
                        virtual_network: armIdSegment(ref.id, 8),
                      }))
                    : null,
                }
              : {}),
          },
        });
      },
      { group: GROUP, type: TYPE },
    );
  },
});

/**
 * What an NSG is shown with: per NSG name, the VM of the first network interface with a VM (in list
 * order) whose NSG has that name, as upstream matches them; and every subnet by id.
 */
async function related(ctx: CollectContext) {
  const s = ctx.session;
  const vmOfGroup = new Map<string, string>();
  const subnets = new Map<string, Subnet>();
  await Promise.all([
    (async () => {
      for await (const page of s.pages((o) => s.network.networkInterfaces.listAll(o)))
        for (const nic of page as NetworkInterface[]) {
          const group = nic.networkSecurityGroup?.id;
          if (group && !vmOfGroup.has(nameOf(group)) && nic.virtualMachine?.id)
            vmOfGroup.set(nameOf(group), nameOf(nic.virtualMachine.id));
        }
    })(),
    (async () => {
      for await (const page of s.pages((o) => s.network.virtualNetworks.listAll(o)))
        for (const vnet of page)
          for (const subnet of vnet.subnets ?? []) subnets.set((subnet.id ?? '').toLowerCase(), subnet);
    })(),
  ]);
  return { vmOfGroup, subnets };
}

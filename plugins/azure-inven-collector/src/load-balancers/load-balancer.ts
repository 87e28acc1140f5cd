import type { LoadBalancer } from '@azure/arm-network';
import { defineType } from '../collect/define-type';
import { armCloudService } from '../collect/arm-resource';
import { shapePages } from '../collect/shape-pages';
import { nameOf } from '../azure-resource';

const GROUP = 'LoadBalancers';
const TYPE = 'Instance';

/** Load balancers of the subscription (`loadBalancers.listAll`), with their frontends and backend members. */
export const loadBalancerDefinition = defineType({
  group: GROUP,
  name: TYPE,
  serviceCode: '/Microsoft.Network/loadBalancers',
  labels: ['Networking'],
  icon: 'azure-loadbalancers.svg',
  isPrimary: true,
  isMajor: true,
  fields: [
    { name: 'SKU', key: 'instance_type' },
    { name: 'Frontend Public IPs', key: 'data.frontend_public_ip_address_display', type: 'list' },
    { name: 'Backend Pools', key: 'data.backend_address_pools_count' },
    { name: 'Rules', key: 'data.load_balancing_rules_display', type: 'list' },
    { name: 'Resource Group', key: 'data.resource_group' },
    { name: 'Location', key: 'region_code' },
    { name: 'Subscription', key: 'data.subscription_name' },
  ],
  widgets: [{ name: 'Total Count', type: 'card', operator: 'count' }],
  collect: (ctx) =>
    shapePages(
      ctx.session.pages((o) => ctx.session.network.loadBalancers.listAll(o)),
      (lb: LoadBalancer) =>
        armCloudService(ctx, lb, {
          group: GROUP,
          type: TYPE,
          instanceType: lb.sku?.name ?? '',
          extra: {
            frontend_public_ip_address_display: (lb.frontendIPConfigurations ?? []).map((f) =>
              nameOf(f.publicIPAddress?.id),
            ),
            backend_address_pools_count: (lb.backendAddressPools ?? []).length,
            backend_ip_configurations_display: (lb.backendAddressPools ?? []).flatMap((p) =>
              (p.backendIPConfigurations ?? []).map((c) => (c.id ?? '').split('/')[8] ?? ''),
            ),
            load_balancing_rules_display: (lb.loadBalancingRules ?? []).map((r) => r.name ?? ''),
            probes_display: (lb.probes ?? []).map((p) => p.name ?? ''),
          },
        }),
      { group: GROUP, type: TYPE },
    ),
});

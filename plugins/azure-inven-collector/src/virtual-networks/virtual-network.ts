import type { VirtualNetwork } from '@azure/arm-network';
import { defineType } from '../collect/define-type';
import { armCloudService } from '../collect/arm-resource';
import { shapePages } from '../collect/shape-pages';
import { nameOf } from '../azure-resource';

const GROUP = 'VirtualNetworks';
const TYPE = 'Instance';

/** Virtual networks of the subscription (`virtualNetworks.listAll`), with their subnets. */
export const virtualNetworkDefinition = defineType({
  group: GROUP,
  name: TYPE,
  serviceCode: '/Microsoft.Network/virtualNetworks',
  labels: ['Networking'],
  icon: 'azure-virtual-networks.svg',
  isPrimary: true,
  isMajor: true,
  fields: [
    { name: 'Address Space', key: 'data.address_space.address_prefixes', type: 'list' },
    { name: 'Subnets', key: 'data.subnets.name', type: 'list' },
    { name: 'DDoS Protection', key: 'data.enable_ddos_protection', type: 'enum' },
    { name: 'Resource Group', key: 'data.resource_group' },
    { name: 'Location', key: 'region_code' },
    { name: 'Subscription', key: 'data.subscription_name' },
  ],
  widgets: [
    { name: 'Total Count', type: 'card', operator: 'count' },
    { name: 'Count by Region', type: 'chart', operator: 'count', groupBy: 'region_code' },
  ],
  collect: (ctx) =>
    shapePages(
      ctx.session.pages((o) => ctx.session.network.virtualNetworks.listAll(o)),
      (vnet: VirtualNetwork) =>
        armCloudService(ctx, vnet, {
          group: GROUP,
          type: TYPE,
          extra: {
            subnets: (vnet.subnets ?? []).map((s) => ({
              id: s.id ?? '',
              name: s.name ?? '',
              address_prefix: s.addressPrefix ?? '',
              network_security_group: nameOf(s.networkSecurityGroup?.id),
              provisioning_state: s.provisioningState ?? '',
            })),
          },
        }),
      { group: GROUP, type: TYPE },
    ),
});

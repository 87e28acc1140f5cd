import type { PublicIPAddress } from '@azure/arm-network';
import { defineType } from '../collect/define-type';
import { armCloudService } from '../collect/arm-resource';
import { shapePages } from '../collect/shape-pages';

const GROUP = 'PublicIPAddresses';
const TYPE = 'IPAddress';

/** Public IP addresses of the subscription (`publicIPAddresses.listAll`), with what each is associated to. */
export const publicIpAddressDefinition = defineType({
  group: GROUP,
  name: TYPE,
  serviceCode: '/Microsoft.Network/publicIPAddresses',
  labels: ['Networking'],
  icon: 'azure-public-ip-address.svg',
  isPrimary: true,
  fields: [
    { name: 'IP Address', key: 'data.ip_address' },
    { name: 'Allocation', key: 'data.public_ip_allocation_method', type: 'enum' },
    { name: 'SKU', key: 'instance_type' },
    { name: 'Associated To', key: 'data.associated_to' },
    { name: 'Resource Group', key: 'data.resource_group' },
    { name: 'Location', key: 'region_code' },
    { name: 'Subscription', key: 'data.subscription_name' },
  ],
  widgets: [{ name: 'Total Count', type: 'card', operator: 'count' }],
  collect: (ctx) =>
    shapePages(
      ctx.session.pages((o) => ctx.session.network.publicIPAddresses.listAll(o)),
      (ip: PublicIPAddress) => {
        // …/networkInterfaces/<nic>/ipConfigurations/<c> or …/loadBalancers/<lb>/frontendIPConfigurations/<f>
        const parts = (ip.ipConfiguration?.id ?? '').split('/');
        return armCloudService(ctx, ip, {
          group: GROUP,
          type: TYPE,
          instanceType: ip.sku?.name ?? '',
          ipAddresses: ip.ipAddress ? [ip.ipAddress] : [],
          extra: { associated_to: parts.length > 2 ? (parts[parts.length - 3] ?? '') : '' },
        });
      },
      { group: GROUP, type: TYPE },
    ),
});

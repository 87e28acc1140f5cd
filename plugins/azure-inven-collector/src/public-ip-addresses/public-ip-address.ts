import type { PublicIPAddress } from '@azure/arm-network';
import { defineType, OVERVIEW_FIELDS, PLACE_SEARCH } from '../collect/define-type';
import { armCloudService } from '../collect/arm-resource';
import { shapePages } from '../collect/shape-pages';
import { armIdSegment } from '../azure-resource';

const GROUP = 'PublicIPAddresses';
const TYPE = 'IPAddress';

const optional = { is_optional: true };

/** Public IP addresses of the subscription (`publicIPAddresses.listAll`), with what each is associated to. */
export const publicIpAddressDefinition = defineType({
  group: GROUP,
  name: TYPE,
  serviceCode: '/Microsoft.Network/publicIPAddresses',
  labels: ['Networking'],
  icon: 'azure-public-ip-address.svg',
  isPrimary: true,
  isMajor: true,
  fields: [
    { name: 'Resource Group', key: 'data.resource_group' },
    { name: 'Location', key: 'data.location' },
    { name: 'Subscription Name', key: 'data.subscription_name' },
    { name: 'Associated To', key: 'data.associated_to' },
    { name: 'Subscription ID', key: 'account', options: optional },
    { name: 'SKU', key: 'instance_type', options: optional },
    { name: 'Tier', key: 'data.sku.tier', options: optional },
    { name: 'IP Address', key: 'data.ip_address', options: optional },
    { name: 'DNS Name', key: 'data.dns_settings.fqdn', options: optional },
    { name: 'IP Address Assignment', key: 'data.public_ip_allocation_method', options: optional },
    { name: 'Idle Timeout(Minutes)', key: 'data.idle_timeout_in_minutes', options: optional },
    { name: 'DNS Name Label(Optional)', key: 'data.dns_settings.domain_name_label', options: optional },
  ],
  search: [
    ...PLACE_SEARCH,
    { name: 'SKU', key: 'instance_type' },
    { name: 'Tier', key: 'data.sku.tier' },
    { name: 'IP Address', key: 'data.ip_address' },
    { name: 'DNS Name', key: 'data.dns_settings.fqdn' },
    { name: 'IP Address Assignment', key: 'data.public_ip_allocation_method' },
    { name: 'Idle Timeout(Minutes)', key: 'data.idle_timeout_in_minutes' },
    { name: 'DNS Name Label(Optional)', key: 'data.dns_settings.domain_name_label', dataType: 'integer' },
    { name: 'Associated To', key: 'data.associated_to' },
  ],
  details: [
    {
      name: 'Public IP Address',
      type: 'item',
      fields: [
        ...OVERVIEW_FIELDS,
        { name: 'SKU', key: 'instance_type' },
        { name: 'Tier', key: 'data.sku.tier' },
        { name: 'IP Address', key: 'data.ip_address' },
        { name: 'DNS Name', key: 'data.dns_settings.fqdn' },
        { name: 'Associated To', key: 'data.associated_to' },
      ],
    },
    {
      name: 'Configuration',
      type: 'item',
      fields: [
        { name: 'IP Address Assignment', key: 'data.public_ip_allocation_method' },
        { name: 'Idle Timeout(Minutes)', key: 'data.idle_timeout_in_minutes' },
        { name: 'DNS Name Label(Optional)', key: 'data.dns_settings.domain_name_label' },
      ],
    },
  ],
  collect: (ctx) =>
    shapePages(
      ctx.session.pages((o) => ctx.session.network.publicIPAddresses.listAll(o)),
      (ip: PublicIPAddress) => {
        // The NIC or load balancer of …/networkInterfaces/<nic>/ipConfigurations/<c>
        // or …/loadBalancers/<lb>/frontendIPConfigurations/<f>.
        const associatedTo = ip.ipConfiguration ? armIdSegment(ip.ipConfiguration.id, 8) : '';
        return armCloudService(ctx, ip, {
          group: GROUP,
          type: TYPE,
          instanceType: ip.sku?.name ?? '',
          ipAddresses: ip.ipAddress ? [ip.ipAddress] : [],
          extra: associatedTo ? { associated_to: associatedTo } : {},
        });
      },
      { group: GROUP, type: TYPE },
    ),
});

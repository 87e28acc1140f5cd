import type { VirtualNetwork } from '@azure/arm-network';
import { defineType, OPTIONAL, PLACE_SEARCH } from '../collect/define-type';
import { armCloudService } from '../collect/arm-resource';
import { shapePages } from '../collect/shape-pages';
import { armIdSegment, upstreamShape } from '../azure-resource';
import { VIRTUAL_NETWORK_TABS } from './virtual-network-tabs';

const GROUP = 'VirtualNetworks';
const TYPE = 'Instance';

type Doc = Record<string, unknown>;
const commaList = { delimiter: ', ' };

/** Virtual networks of the subscription (`virtualNetworks.listAll`), in upstream's layout. */
export const virtualNetworkDefinition = defineType({
  group: GROUP,
  name: TYPE,
  serviceCode: '/Microsoft.Network/virtualNetworks',
  labels: ['Networking'],
  icon: 'azure-virtual-networks.svg',
  isPrimary: true,
  isMajor: true,
  // Upstream's table and search (metadata/virtual_networks/instance.yaml).
  fields: [
    { name: 'Resource Group', key: 'data.resource_group' },
    { name: 'Location', key: 'data.location' },
    { name: 'Subscription Name', key: 'data.subscription_name' },
    { name: 'Subscription ID', key: 'account', options: OPTIONAL },
    { name: 'DNS servers', key: 'data.dhcp_options.dns_servers', type: 'list', options: { ...commaList, ...OPTIONAL } },
    { name: 'Resource GUID', key: 'data.resource_guid', options: OPTIONAL },
    {
      name: 'Address Space',
      key: 'data.address_space.address_prefixes',
      type: 'list',
      options: { ...commaList, ...OPTIONAL },
    },
    { name: 'Connected Device', key: 'data.connected_devices.device', options: OPTIONAL },
    { name: 'Connected Device Type', key: 'data.connected_devices.type', options: OPTIONAL },
    { name: 'Connected Subnet', key: 'data.connected_devices.name', options: OPTIONAL },
    { name: 'Subnet Name', key: 'data.subnets.name', options: OPTIONAL },
    {
      name: 'Subnet IP Prefixes',
      key: 'data.subnets.address_prefixes',
      type: 'list',
      options: { ...commaList, ...OPTIONAL },
    },
    { name: 'Subnet Delegated To', key: 'data.subnets.delegations.name', options: OPTIONAL },
    { name: 'Subnet Network Security Group', key: 'data.subnets.network_security_group.name', options: OPTIONAL },
    ...(
      [
        ['Firewall Name', 'data.azure_firewall.name'],
        ['Firewall IP Address', 'data.azure_firewall.ip_configurations.private_ip_address'],
        ['Firewall Subnet', 'data.azure_firewall.subnet'],
        ['Peering Name', 'data.virtual_network_peerings.name'],
        ['Peer', 'data.virtual_network_peerings.remote_virtual_network.id'],
        ['Peer Gateway Transit', 'data.virtual_network_peerings.allow_gateway_transit'],
        ['Service Endpoint', 'data.service_endpoints.service'],
        ['Service Endpoint Subnet', 'data.service_endpoints.subnet'],
        ['Service Endpoint Locations', 'data.service_endpoints.locations'],
        ['Private Endpoint', 'data.private_endpoints.name'],
        ['Private Endpoint Subnet', 'data.private_endpoints.subnet'],
      ] as const
    ).map(([name, key]) => ({ name, key, options: OPTIONAL })),
  ],
  search: [
    ...PLACE_SEARCH,
    { name: 'DNS servers', key: 'data.dhcp_options.dns_servers' },
    { name: 'Resource GUID', key: 'data.resource_guid' },
    { name: 'Address Space', key: 'data.address_space.address_prefixes' },
    { name: 'Connected Device', key: 'data.connected_devices.device' },
    { name: 'Connected Device Type', key: 'data.connected_devices.type' },
    { name: 'Connected Subnet', key: 'data.connected_devices.name' },
    { name: 'Subnet Name', key: 'data.subnets.name' },
    { name: 'Subnet IP Prefixes', key: 'data.subnets.address_prefixes' },
    { name: 'Subnet Delegated To', key: 'data.subnets.delegations.name' },
    { name: 'Subnet Network Security Group', key: 'data.subnets.network_security_group.name' },
  ],
  details: VIRTUAL_NETWORK_TABS,
  collect: (ctx) =>
    shapePages(
      ctx.session.pages((o) => ctx.session.network.virtualNetworks.listAll(o)),
      (vnet: VirtualNetwork) => armCloudService(ctx, vnet, { group: GROUP, type: TYPE, extra: vnetDisplay(vnet) }),
      { group: GROUP, type: TYPE },
    ),
});

/**
 * Upstream's additions to a virtual network: each subnet's NSG named, its private endpoints named
 * (with their subnet and resource group), the subnets' service endpoints, private endpoints and
 * connected devices (the subnets' IP configurations) gathered, and Azure's DNS when none is set.
 */
export function vnetDisplay(vnet: VirtualNetwork): Doc {
  const extra: Doc = {};
  if (!vnet.dhcpOptions) extra.dhcp_options = { dns_servers: ['Azure provided DNS service'] };
  if (!vnet.subnets) return extra;
  const subnets = upstreamShape(vnet.subnets) as Doc[];
  const subnetIds = subnets.map((s) => s.id as string);
  const serviceEndpoints: Doc[] = [];
  const privateEndpoints: Doc[] = [];
  const connectedDevices: Doc[] = [];
  for (const subnet of subnets) {
    const nsg = subnet.network_security_group as Doc | undefined;
    if (nsg) nsg.name = armIdSegment(nsg.id as string | undefined, 8);
    for (const endpoint of (subnet.private_endpoints as Doc[] | undefined) ?? []) {
      for (const nic of (endpoint.network_interfaces as Doc[] | undefined) ?? [])
        if (nic.network_security_group) Object.assign(nic, { network_interfaces: nic.id, subnets: subnetIds });
      Object.assign(endpoint, {
        name: armIdSegment(endpoint.id as string | undefined, 8),
        subnet: subnet.name,
        resource_group: armIdSegment(endpoint.id as string | undefined, 4),
      });
      privateEndpoints.push(endpoint);
    }
    for (const endpoint of (subnet.service_endpoints as Doc[] | undefined) ?? []) {
      endpoint.subnet = subnet.name;
      serviceEndpoints.push(endpoint);
    }
    for (const config of (subnet.ip_configurations as Doc[] | undefined) ?? [])
      connectedDevices.push({
        name: subnet.name,
        type: armIdSegment(config.id as string | undefined, 7),
        device: armIdSegment(config.id as string | undefined, 8),
      });
  }
  return {
    ...extra,
    subnets,
    service_endpoints: serviceEndpoints,
    private_endpoints: privateEndpoints,
    // Upstream looks firewalls up only for a subnet key it never sets: always empty there.
    azure_firewall: [],
    connected_devices: connectedDevices,
  };
}

import type { DetailLayout, Field } from '@cloudforet/plugin-core';
import { listOf, OVERVIEW_FIELDS, stateEnum } from '../collect/define-type';

const rows = (name: string, rootPath: string, fields: Field[]): DetailLayout => ({
  name,
  type: 'simple-table',
  rootPath,
  fields,
});

/** Upstream's detail tabs of a virtual network (metadata/virtual_networks/instance.yaml `tabs.0`–`tabs.6`). */
export const VIRTUAL_NETWORK_TABS: DetailLayout[] = [
  {
    name: 'Virtual Network',
    type: 'item',
    fields: [
      ...OVERVIEW_FIELDS,
      { name: 'DNS Servers', key: 'data.dhcp_options.dns_servers', ...listOf(', ') },
      {
        name: 'DDoS Protection Standard',
        key: 'data.enable_ddos_protection',
        type: 'enum',
        options: stateEnum({ True: 'green.500', False: 'yellow.500' }),
      },
      { name: 'Resource GUID', key: 'data.resource_guid' },
      { name: 'Address Space', key: 'data.address_space.address_prefixes' },
    ],
  },
  rows('Connected Devices', 'data.connected_devices', [
    { name: 'Device', key: 'device' },
    { name: 'Type', key: 'type' },
    { name: 'Subnet', key: 'name' },
  ]),
  rows('Subnets', 'data.subnets', [
    { name: 'Name', key: 'name' },
    { name: 'IP Address Prefix', key: 'address_prefix' },
    { name: 'IP Address Prefixes', key: 'address_prefixes', ...listOf(', ') },
    { name: 'Delegated To', key: 'delegations.name' },
    { name: 'Security Group', key: 'network_security_group.name' },
  ]),
  rows('Firewall', 'data.azure_firewall', [
    { name: 'Name', key: 'name' },
    { name: 'IP Address', key: 'ip_configurations.private_ip_address' },
    { name: 'Subnet', key: 'subnet' },
  ]),
  rows('Peerings', 'data.virtual_network_peerings', [
    { name: 'Name', key: 'name' },
    {
      name: 'Peering Status',
      key: 'peering_state',
      type: 'enum',
      options: stateEnum({ Connected: 'green.500', Disconnected: 'yellow.500', Initiated: 'yellow.500' }),
    },
    { name: 'Peer', key: 'remote_virtual_network.id' },
    { name: 'Gateway Transit', key: 'allow_gateway_transit' },
  ]),
  rows('Service Endpoints', 'data.service_endpoints', [
    { name: 'Service', key: 'service' },
    { name: 'Subnet', key: 'subnet' },
    {
      name: 'Status',
      key: 'provisioning_state',
      type: 'enum',
      options: stateEnum({
        Succeeded: 'green.500',
        Failed: 'yellow.500',
        Deleting: 'yellow.500',
        Updating: 'yellow.500',
      }),
    },
    { name: 'Locations', key: 'locations' },
  ]),
  rows('Private Endpoints', 'data.private_endpoints', [
    { name: 'Name', key: 'name' },
    { name: 'Subnet', key: 'subnet' },
    { name: 'Resource Group', key: 'resource_group' },
  ]),
];

import type { compute_v1 } from '@googleapis/compute';
import type { CollectContext } from '../collect/collect-context';
import { aggregatedPages, collectList } from '../collect/google-pages';
import { defineType } from '../collect/define-type';
import { states, COUNT_WIDGETS, LIST_BADGE, badges } from '../collect/view-options';
import { ACTION_BADGES } from './network-tabs';
import { globalResources, listGlobal } from './global-resources';
import { vpcNetworkData, type NetworkParts } from './vpc-network-data';

const TYPE = 'VPCNetwork';
const ROUTING_STATES = states({ safe: ['On'], warning: ['Off'] });

/**
 * VPC networks (`networks.list`, global) in upstream's data layout, each with its subnets
 * (`subnetworks.aggregatedList`), firewalls (`firewalls.list`), routes (`routes.list`) and the
 * internal addresses of its subnets (`addresses.aggregatedList`), listed side by side once.
 */
export const vpcNetworkDefinition = defineType({
  group: 'Networking',
  name: TYPE,
  api: 'compute.googleapis.com',
  serviceCode: 'Networking',
  labels: ['Networking'],
  icon: 'VPC.svg',
  isPrimary: true,
  tags: { 'spaceone:display_name': 'VPCNetwork' },
  fields: [
    { name: 'Name', key: 'data.name' },
    { name: 'Number of Subnet', key: 'data.subnetwork_data.total_number' },
    { name: 'Maximum transmission unit', key: 'data.mtu' },
    { name: 'Mode', key: 'data.subnet_creation_mode' },
    { name: 'Global Dynamic Routing', key: 'data.global_dynamic_route', type: 'enum', options: ROUTING_STATES },
    { name: 'Description', key: 'data.description', options: { is_optional: true } },
    { name: 'IPv4 Range', key: 'data.ipv4_range', options: { is_optional: true } },
    { name: 'Creation Time', key: 'data.creation_timestamp', type: 'datetime' },
  ],
  search: [
    { name: 'ID', key: 'data.id' },
    { name: 'Name', key: 'data.name' },
    { name: 'description', key: 'data.description' },
    { name: 'firewall', key: 'data.firewall_data.firewall' },
    { name: 'route', key: 'data.route_data.route' },
    { name: 'subnetwork', key: 'data.subnetwork_data.subnets' },
    { name: 'Creation Time', key: 'data.creation_timestamp', dataType: 'datetime' },
  ],
  widgets: COUNT_WIDGETS,
  // upstream's tabs; its firewall rows read `data.action` and `display.Logs`, keys no row has (README)
  details: [
    {
      name: 'VPC Network Details',
      type: 'item',
      fields: [
        { name: 'Name', key: 'data.name' },
        { name: 'Description', key: 'data.description' },
        { name: 'Maximum transmission unit', key: 'data.mtu' },
        { name: 'Mode', key: 'data.subnet_creation_mode' },
        { name: 'Global Dynamic Routing', key: 'data.global_dynamic_route', type: 'enum', options: ROUTING_STATES },
        { name: 'Dynamic Routing mode', key: 'data.dynamic_routing_mode' },
        { name: 'Creation Time', key: 'data.creation_timestamp', type: 'datetime' },
      ],
    },
    {
      name: 'Subnets',
      type: 'table',
      rootPath: 'data.subnetwork_data.subnets',
      fields: [
        { name: 'Name', key: 'name' },
        { name: 'Region', key: 'region' },
        { name: 'Ip Address Ranges', key: 'ip_cidr_range' },
        { name: 'Gateway', key: 'gateway_address' },
        { name: 'Private Google Access', key: 'google_access' },
        { name: 'Flow logs', key: 'flow_log' },
      ],
    },
    {
      name: 'Static Internal IP Addresses',
      type: 'table',
      rootPath: 'data.ip_address_data',
      fields: [
        { name: 'Name', key: 'name' },
        { name: 'Internal Ip Address', key: 'address' },
        { name: 'Subnetwork', key: 'subnet_name' },
        { name: 'Region', key: 'region' },
        { name: 'Version', key: 'ip_version_display' },
        { name: 'In Used By', key: 'used_by', type: 'list' },
      ],
    },
    {
      name: 'Firewall Rules',
      type: 'table',
      rootPath: 'data.firewall_data.firewall',
      fields: [
        { name: 'Name', key: 'name' },
        { name: 'Type', key: 'display.type_display' },
        { name: 'Targets', key: 'display.target_display', type: 'list', options: LIST_BADGE },
        { name: 'Filters', key: 'display.filter' },
        { name: 'Protocols / Ports', key: 'display.protocols_port', type: 'list' },
        { name: 'Action On Match', key: 'data.action', type: 'enum', options: ACTION_BADGES },
        { name: 'Priority', key: 'priority' },
        { name: 'Logs', key: 'display.Logs' },
      ],
    },
    {
      name: 'Routes',
      type: 'table',
      rootPath: 'data.route_data.route',
      fields: [
        { name: 'Name', key: 'name' },
        { name: 'Description', key: 'description' },
        { name: 'Destination IP Range', key: 'dest_range' },
        { name: 'Priority', key: 'priority' },
        { name: 'Instance Tags', key: 'tags', type: 'list', options: LIST_BADGE },
        { name: 'Next Hop', key: 'next_hop' },
      ],
    },
    {
      name: 'VPC Network Peering',
      type: 'table',
      rootPath: 'data.peerings',
      fields: [
        { name: 'Name', key: 'name' },
        { name: 'Your VPC Network', key: 'display.your_network' },
        { name: 'Peered VPC Network', key: 'display.peered_network' },
        { name: 'Peered Project ID', key: 'display.project_id' },
        {
          name: 'Status',
          key: 'display.state_display',
          type: 'enum',
          options: badges({ 'indigo.500': ['Active'], 'coral.600': ['Inactive'] }),
        },
        { name: 'Exchange Custom Routes', key: 'display.ex_custom_route' },
        { name: 'Exchange Subnet Routes With Public IP', key: 'display.ex_route_public_ip_display' },
      ],
    },
  ],
  collect(ctx) {
    return globalResources(ctx, {
      type: TYPE,
      consolePage: 'networks',
      items: () => listGlobal<compute_v1.Schema$Network>(ctx, (q, o) => ctx.session.compute.networks.list(q, o)),
      related: () => networkParts(ctx),
      data: (network, parts) => vpcNetworkData(network, ctx.projectId, parts),
      metadata: vpcNetworkDefinition.metadata,
    });
  },
});

async function networkParts(ctx: CollectContext): Promise<NetworkParts> {
  const project = ctx.projectId;
  const { compute } = ctx.session;
  const scoped = async <T>(pages: AsyncIterable<{ item: T }[]>) => (await collectList(pages)).map(({ item }) => item);
  const [firewalls, routes, subnetworks, addresses] = await Promise.all([
    listGlobal<compute_v1.Schema$Firewall>(ctx, (q, o) => compute.firewalls.list(q, o)),
    listGlobal<compute_v1.Schema$Route>(ctx, (q, o) => compute.routes.list(q, o)),
    scoped(
      aggregatedPages<compute_v1.Schema$Subnetwork>(ctx.session, 'subnetworks', (pageToken, o) =>
        compute.subnetworks.aggregatedList({ project, pageToken, maxResults: 500, returnPartialSuccess: true }, o),
      ),
    ),
    scoped(
      aggregatedPages<compute_v1.Schema$Address>(ctx.session, 'addresses', (pageToken, o) =>
        compute.addresses.aggregatedList({ project, pageToken, maxResults: 500, returnPartialSuccess: true }, o),
      ),
    ),
  ]);
  return { firewalls, routes, subnetworks, addresses };
}

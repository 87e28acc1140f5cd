import type { compute_v1 } from '@googleapis/compute';
import type { CollectContext } from '../collect/collect-context';
import { aggregatedPages, collectList } from '../collect/google-pages';
import { defineType } from '../collect/define-type';
import { states, COUNT_WIDGETS } from '../collect/view-options';
import { globalResources, listGlobal } from './global-resources';
import { vpcNetworkData, type NetworkParts } from './vpc-network-data';

const TYPE = 'VPCNetwork';

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
    {
      name: 'Global Dynamic Routing',
      key: 'data.global_dynamic_route',
      type: 'enum',
      options: states({ safe: ['On'], warning: ['Off'] }),
    },
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

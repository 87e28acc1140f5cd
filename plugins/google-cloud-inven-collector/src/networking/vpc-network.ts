import type { compute_v1 } from '@googleapis/compute';
import { listPages } from '../collect/google-pages';
import { defineType } from '../collect/define-type';
import { globalScope, shapePages } from '../collect/shape-pages';
import { gcpCloudService, lastSegment } from '../gcp-resource';

const GROUP = 'Networking';
const TYPE = 'VPCNetwork';

/** VPC networks (`networks.list`, global). */
export const vpcNetworkDefinition = defineType({
  group: GROUP,
  name: TYPE,
  api: 'compute.googleapis.com',
  serviceCode: 'Networking',
  labels: ['Networking'],
  icon: 'VPC.svg',
  isPrimary: true,
  isMajor: true,
  fields: [
    { name: 'Number of Subnets', key: 'data.subnetwork_data.total_number' },
    { name: 'Maximum Transmission Unit', key: 'data.mtu' },
    { name: 'Mode', key: 'data.subnet_creation_mode', type: 'enum' },
    { name: 'Global Dynamic Routing', key: 'data.global_dynamic_route', type: 'enum' },
    { name: 'Creation Time', key: 'data.creation_timestamp', type: 'datetime' },
  ],
  widgets: [{ name: 'Total Count', type: 'card', operator: 'count' }],
  collect(ctx) {
    const pages = listPages<compute_v1.Schema$Network>(ctx.session, (pageToken, o) =>
      ctx.session.compute.networks.list({ project: ctx.projectId, pageToken }, o),
    );
    return shapePages(
      globalScope(pages),
      (network) =>
        gcpCloudService({
          name: network.name ?? '',
          group: GROUP,
          type: TYPE,
          resourceId: network.selfLink ?? '',
          account: ctx.projectId,
          regionCode: ctx.regions.add('global'),
          externalLink: `https://console.cloud.google.com/networking/networks/details/${network.name}?project=${ctx.projectId}`,
          data: {
            ...network,
            subnet_creation_mode: network.autoCreateSubnetworks ? 'Auto' : 'Custom',
            global_dynamic_route: network.routingConfig?.routingMode === 'GLOBAL' ? 'On' : 'Off',
            subnetwork_data: {
              total_number: network.subnetworks?.length ?? 0,
              subnets: (network.subnetworks ?? []).map((s) => ({ name: lastSegment(s), self_link: s })),
            },
            creation_timestamp: network.creationTimestamp ?? '',
          },
          metadata: vpcNetworkDefinition.metadata,
        }),
      { group: GROUP, type: TYPE, idOf: (n) => n.id },
    );
  },
});

import type { compute_v1 } from '@googleapis/compute';
import { listPages } from '../collect/google-pages';
import { defineType } from '../collect/define-type';
import { globalScope, shapePages } from '../collect/shape-pages';
import { gcpCloudService, lastSegment } from '../gcp-resource';

const GROUP = 'Networking';
const TYPE = 'Route';

/** Routes of the project's networks (`routes.list`, global). */
export const routeDefinition = defineType({
  group: GROUP,
  name: TYPE,
  api: 'compute.googleapis.com',
  serviceCode: 'Networking',
  labels: ['Networking'],
  icon: 'Routes.svg',
  fields: [
    { name: 'Destination IP Range', key: 'data.dest_range' },
    { name: 'Priority', key: 'data.priority' },
    { name: 'Network', key: 'data.display.network_display' },
    { name: 'Next Hop', key: 'data.display.next_hop' },
    { name: 'Creation Time', key: 'data.creation_timestamp', type: 'datetime' },
  ],
  widgets: [{ name: 'Total Count', type: 'card', operator: 'count' }],
  collect(ctx) {
    const pages = listPages<compute_v1.Schema$Route>(ctx.session, (pageToken, o) =>
      ctx.session.compute.routes.list({ project: ctx.projectId, pageToken }, o),
    );
    return shapePages(
      globalScope(pages),
      (route) =>
        gcpCloudService({
          name: route.name ?? '',
          group: GROUP,
          type: TYPE,
          resourceId: route.selfLink ?? '',
          account: ctx.projectId,
          regionCode: ctx.regions.add('global'),
          externalLink: `https://console.cloud.google.com/networking/routes/details/${route.name}?project=${ctx.projectId}`,
          data: {
            ...route,
            dest_range: route.destRange ?? '',
            creation_timestamp: route.creationTimestamp ?? '',
            display: {
              network_display: lastSegment(route.network),
              next_hop: route.nextHopGateway
                ? 'Default internet gateway'
                : route.nextHopNetwork
                  ? `Virtual network ${lastSegment(route.nextHopNetwork)}`
                  : (route.nextHopIp ?? route.nextHopInstance ?? ''),
            },
          },
          metadata: routeDefinition.metadata,
        }),
      { group: GROUP, type: TYPE, idOf: (r) => r.id },
    );
  },
});

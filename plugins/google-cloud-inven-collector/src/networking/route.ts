import type { compute_v1 } from '@googleapis/compute';
import { defineType } from '../collect/define-type';
import { COUNT_WIDGETS } from '../collect/view-options';
import { rowsByNetwork } from './applicable-instances';
import { APPLICABLE_INSTANCES_TAB } from './network-tabs';
import { globalResources, listGlobal } from './global-resources';
import { routeData } from './route-data';

const TYPE = 'Route';

/**
 * Routes of the project's networks (`routes.list`, global) in upstream's data layout, each with the
 * instances it applies to (`instances.aggregatedList`, listed once per collect for Firewall and Route).
 */
export const routeDefinition = defineType({
  group: 'Networking',
  name: TYPE,
  api: 'compute.googleapis.com',
  serviceCode: 'Networking',
  labels: ['Networking'],
  icon: 'Route.svg',
  fields: [
    { name: 'Description', key: 'data.description' },
    { name: 'Destination IP Range', key: 'data.dest_range' },
    { name: 'Priority', key: 'data.priority' },
    { name: 'Instance tags', key: 'data.display.instance_tags_on_list', type: 'list' },
    { name: 'Network', key: 'data.display.network_display' },
    { name: 'Next Hop', key: 'data.display.next_hop' },
    { name: 'Creation Time', key: 'data.creation_timestamp', type: 'datetime' },
  ],
  search: [
    { name: 'ID', key: 'data.id' },
    { name: 'Name', key: 'data.name' },
    { name: 'Priority', key: 'data.priority' },
    { name: 'Instance Tags', key: 'data.tags' },
    { name: 'Network', key: 'data.display.network_display' },
    { name: 'Creation Time', key: 'data.creation_timestamp', dataType: 'datetime' },
  ],
  widgets: COUNT_WIDGETS,
  details: [
    {
      name: 'Route Details',
      type: 'item',
      fields: [
        // upstream's first row: named Name, showing the ID
        { name: 'Name', key: 'data.id' },
        { name: 'Name', key: 'data.name' },
        { name: 'Description', key: 'data.description' },
        { name: 'Network', key: 'data.display.network_display' },
        { name: 'Destination IP Address Range', key: 'data.dest_range' },
        { name: 'Priority', key: 'data.priority' },
        { name: 'Instance Tags (Detail)', key: 'data.display.instance_tags', type: 'list' },
        { name: 'Creation Time', key: 'data.creation_timestamp', type: 'datetime' },
      ],
    },
    APPLICABLE_INSTANCES_TAB,
  ],
  collect(ctx) {
    return globalResources(ctx, {
      type: TYPE,
      consolePage: 'routes',
      items: () => listGlobal<compute_v1.Schema$Route>(ctx, (q, o) => ctx.session.compute.routes.list(q, o)),
      related: () => rowsByNetwork(ctx),
      data: (route, instances) => routeData(route, ctx.projectId, instances),
      metadata: routeDefinition.metadata,
    });
  },
});

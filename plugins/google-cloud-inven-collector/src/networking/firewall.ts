import type { compute_v1 } from '@googleapis/compute';
import { defineType } from '../collect/define-type';
import { badges, COUNT_WIDGETS } from '../collect/view-options';
import { ACTION_BADGES, APPLICABLE_INSTANCES_TAB } from './network-tabs';
import { rowsByNetwork } from './applicable-instances';
import { firewallData } from './firewall-data';
import { globalResources, listGlobal } from './global-resources';

const TYPE = 'Firewall';
const LOGS_BADGES = badges({ 'indigo.500': ['On'], 'coral.600': ['Off'] });

/**
 * Firewall rules (`firewalls.list`, global) in upstream's data layout, each with the instances that
 * have an interface on its network (`instances.aggregatedList`, listed once per collect for Firewall
 * and Route, beside the rules).
 */
export const firewallDefinition = defineType({
  group: 'Networking',
  name: TYPE,
  api: 'compute.googleapis.com',
  serviceCode: 'Networking',
  labels: ['Networking'],
  icon: 'Firewall_Rule.svg',
  fields: [
    { name: 'Logs', key: 'data.display.logs', type: 'enum', options: LOGS_BADGES },
    { name: 'Network', key: 'data.display.network_display' },
    { name: 'Direction', key: 'data.display.direction_display' },
    { name: 'Priority', key: 'data.priority' },
    { name: 'Action On Match', key: 'data.display.action', type: 'enum', options: ACTION_BADGES },
    { name: 'Creation Time', key: 'data.creation_timestamp', type: 'datetime' },
  ],
  search: [
    { name: 'ID', key: 'data.id' },
    { name: 'Name', key: 'data.name' },
    { name: 'Priority', key: 'data.priority' },
    { name: 'Direction', key: 'data.display.direction_display' },
    { name: 'Action', key: 'data.display.action' },
    { name: 'Creation Time', key: 'data.creation_timestamp', dataType: 'datetime' },
  ],
  widgets: COUNT_WIDGETS,
  details: [
    {
      name: 'Firewall Details',
      type: 'item',
      fields: [
        { name: 'ID', key: 'data.id' },
        { name: 'Name', key: 'data.name' },
        { name: 'Logs', key: 'data.display.logs', type: 'enum', options: LOGS_BADGES },
        { name: 'Priority', key: 'data.priority' },
        { name: 'Direction', key: 'data.display.direction_display' },
        { name: 'Action On Match', key: 'data.display.action', type: 'enum', options: ACTION_BADGES },
        { name: 'Source Filter', key: 'data.source_ranges', type: 'list' },
        { name: 'Protocols and ports', key: 'data.display.protocols_port', type: 'list' },
        { name: 'Creation Time', key: 'data.creation_timestamp', type: 'datetime' },
      ],
    },
    APPLICABLE_INSTANCES_TAB,
  ],
  collect(ctx) {
    return globalResources(ctx, {
      type: TYPE,
      consolePage: 'firewalls',
      items: () => listGlobal<compute_v1.Schema$Firewall>(ctx, (q, o) => ctx.session.compute.firewalls.list(q, o)),
      related: () => rowsByNetwork(ctx),
      data: (firewall, instances) => firewallData(firewall, ctx.projectId, instances),
      metadata: firewallDefinition.metadata,
    });
  },
});

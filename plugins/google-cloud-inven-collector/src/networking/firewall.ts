import type { compute_v1 } from '@googleapis/compute';
import { listPages } from '../collect/google-pages';
import { defineType } from '../collect/define-type';
import { globalScope, shapePages } from '../collect/shape-pages';
import { gcpCloudService, lastSegment } from '../gcp-resource';

const GROUP = 'Networking';
const TYPE = 'Firewall';

/** Firewall rules (`firewalls.list`, global), with upstream's display keys. */
export const firewallDefinition = defineType({
  group: GROUP,
  name: TYPE,
  api: 'compute.googleapis.com',
  serviceCode: 'Networking',
  labels: ['Networking'],
  icon: 'Firewall_Rules.svg',
  fields: [
    { name: 'Type', key: 'data.display.direction', type: 'enum' },
    { name: 'Action', key: 'data.display.action', type: 'enum' },
    { name: 'Network', key: 'data.display.network_display' },
    { name: 'Targets', key: 'data.display.target_display', type: 'list' },
    { name: 'Protocols and Ports', key: 'data.display.protocols_port', type: 'list' },
    { name: 'Priority', key: 'data.priority' },
    { name: 'Logs', key: 'data.display.logs', type: 'enum' },
    { name: 'Creation Time', key: 'data.creation_timestamp', type: 'datetime' },
  ],
  widgets: [{ name: 'Total Count', type: 'card', operator: 'count' }],
  collect(ctx) {
    const pages = listPages<compute_v1.Schema$Firewall>(ctx.session, (pageToken, o) =>
      ctx.session.compute.firewalls.list({ project: ctx.projectId, pageToken }, o),
    );
    return shapePages(
      globalScope(pages),
      (firewall) => {
        const entries = [
          ...(firewall.allowed ?? []).map((e) => ['allow', e] as const),
          ...(firewall.denied ?? []).map((e) => ['deny', e] as const),
        ];
        return gcpCloudService({
          name: firewall.name ?? '',
          group: GROUP,
          type: TYPE,
          resourceId: firewall.selfLink ?? '',
          account: ctx.projectId,
          regionCode: ctx.regions.add('global'),
          externalLink: `https://console.cloud.google.com/networking/firewalls/details/${firewall.name}?project=${ctx.projectId}`,
          data: {
            ...firewall,
            creation_timestamp: firewall.creationTimestamp ?? '',
            display: {
              direction: firewall.direction === 'EGRESS' ? 'egress' : 'ingress',
              action: firewall.denied?.length ? 'Deny' : 'Allow',
              network_display: lastSegment(firewall.network),
              target_display: firewall.targetTags?.length
                ? firewall.targetTags.map((t) => `Target tags: ${t}`)
                : ['Apply to all'],
              protocols_port: entries.map(
                ([, e]) => `${e.IPProtocol}${e.ports?.length ? `: ${e.ports.join(', ')}` : ''}`,
              ),
              logs: firewall.logConfig?.enable ? 'On' : 'Off',
            },
          },
          metadata: firewallDefinition.metadata,
        });
      },
      { group: GROUP, type: TYPE, idOf: (f) => f.id },
    );
  },
});

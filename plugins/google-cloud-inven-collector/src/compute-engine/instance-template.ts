import type { compute_v1 } from '@googleapis/compute';
import { listPages } from '../collect/google-pages';
import { defineType } from '../collect/define-type';
import { listGroupManagers } from './group-lists';
import { COUNT_WIDGETS, LIST_BADGE } from '../collect/view-options';
import { globalScope, shapePages } from '../collect/shape-pages';
import { gcpCloudService, googleCloudLogging, labelsOf, lastSegment } from '../gcp-resource';
import { instanceTemplateData } from './instance-template-data';

const GROUP = 'ComputeEngine';
const TYPE = 'InstanceTemplate';

/**
 * Instance templates of the project (`instanceTemplates.list`), with the managed groups made from
 * them (`instanceGroupManagers.aggregatedList`), in upstream's data layout (`instanceTemplateData`).
 */
export const instanceTemplateDefinition = defineType({
  group: GROUP,
  name: TYPE,
  api: 'compute.googleapis.com',
  serviceCode: 'Compute Engine',
  labels: ['Compute'],
  icon: 'Compute_Engine.svg',
  fields: [
    { name: 'Name', key: 'data.name' },
    { name: 'Machine Type', key: 'data.machine_type' },
    { name: 'Image', key: 'data.image' },
    { name: 'Disk Type', key: 'data.disk_display' },
    { name: 'In Used By', key: 'data.in_used_by', type: 'list', options: LIST_BADGE },
    { name: 'Self Link', key: 'data.self_link', options: { is_optional: true } },
    { name: 'Network Tags', key: 'data.network_tags', type: 'list', options: { is_optional: true } },
    { name: 'Fingerprint', key: 'data.fingerprint', options: { is_optional: true } },
    { name: 'Machine Type', key: 'data.machine_type', options: { is_optional: true }, noSearch: true },
    { name: 'Creation Time', key: 'data.creation_timestamp', type: 'datetime' },
  ],
  widgets: COUNT_WIDGETS,
  async *collect(ctx) {
    const managers = await listGroupManagers(ctx);
    const pages = listPages<compute_v1.Schema$InstanceTemplate>(ctx.session, (pageToken, o) =>
      ctx.session.compute.instanceTemplates.list({ project: ctx.projectId, pageToken, maxResults: 500 }, o),
    );
    yield* shapePages(
      globalScope(pages),
      (template) =>
        gcpCloudService({
          name: template.name ?? '',
          group: GROUP,
          type: TYPE,
          resourceId: template.selfLink ?? '',
          account: ctx.projectId,
          regionCode: ctx.regions.add('global'),
          instanceType: lastSegment(template.properties?.machineType),
          tags: labelsOf(template.properties?.labels),
          launchedAt: template.creationTimestamp ?? undefined,
          externalLink: `https://console.cloud.google.com/compute/instanceTemplates/details/${template.name}?project=${ctx.projectId}`,
          data: instanceTemplateData(
            template,
            ctx.projectId,
            managers,
            googleCloudLogging(
              ctx.projectId,
              'gce_instance_template',
              'resource.labels.instance_template_id',
              template.id ?? '',
            ),
          ),
          metadata: instanceTemplateDefinition.metadata,
        }),
      { group: GROUP, type: TYPE, idOf: (t) => t.id },
    );
  },
});

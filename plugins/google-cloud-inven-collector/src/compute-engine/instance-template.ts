import type { compute_v1 } from '@googleapis/compute';
import { listPages } from '../collect/google-pages';
import { defineType } from '../collect/define-type';
import { globalScope, shapePages } from '../collect/shape-pages';
import { gcpCloudService, googleCloudLogging, labelsOf, lastSegment } from '../gcp-resource';

const GROUP = 'ComputeEngine';
const TYPE = 'InstanceTemplate';

/** Instance templates of the project (`instanceTemplates.list`, global). */
export const instanceTemplateDefinition = defineType({
  group: GROUP,
  name: TYPE,
  api: 'compute.googleapis.com',
  serviceCode: 'Compute Engine',
  labels: ['Compute'],
  icon: 'Compute_Engine.svg',
  fields: [
    { name: 'Machine Type', key: 'data.machine_type' },
    { name: 'Image', key: 'data.image' },
    { name: 'Disk Type', key: 'data.disk_type' },
    { name: 'Network Tags', key: 'data.network_tags', type: 'list' },
    { name: 'Creation Time', key: 'data.creation_timestamp', type: 'datetime' },
  ],
  widgets: [{ name: 'Total Count', type: 'card', operator: 'count' }],
  collect(ctx) {
    const pages = listPages<compute_v1.Schema$InstanceTemplate>(ctx.session, (pageToken, o) =>
      ctx.session.compute.instanceTemplates.list({ project: ctx.projectId, pageToken, maxResults: 500 }, o),
    );
    return shapePages(
      globalScope(pages),
      (template) => {
        const boot = template.properties?.disks?.find((d) => d.boot) ?? template.properties?.disks?.[0];
        return gcpCloudService({
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
          data: {
            ...template,
            machine_type: lastSegment(template.properties?.machineType),
            image: lastSegment(boot?.initializeParams?.sourceImage),
            disk_type: lastSegment(boot?.initializeParams?.diskType),
            network_tags: template.properties?.tags?.items ?? [],
            creation_timestamp: template.creationTimestamp ?? '',
            labels: labelsOf(template.properties?.labels),
            google_cloud_logging: googleCloudLogging(
              ctx.projectId,
              'gce_instance_template',
              'resource.labels.instance_template_id',
              template.id ?? '',
            ),
          },
          metadata: instanceTemplateDefinition.metadata,
        });
      },
      { group: GROUP, type: TYPE, idOf: (t) => t.id },
    );
  },
});

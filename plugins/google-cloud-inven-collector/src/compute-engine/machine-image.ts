import type { compute_v1 } from '@googleapis/compute';
import { listPages } from '../collect/google-pages';
import { defineType } from '../collect/define-type';
import { globalScope, shapePages } from '../collect/shape-pages';
import { gcpCloudService, googleCloudLogging, lastSegment } from '../gcp-resource';

const GROUP = 'ComputeEngine';
const TYPE = 'MachineImage';

/** Machine images of the project (`machineImages.list`, global). */
export const machineImageDefinition = defineType({
  group: GROUP,
  name: TYPE,
  api: 'compute.googleapis.com',
  serviceCode: 'Compute Engine',
  labels: ['Compute'],
  icon: 'Compute_Engine.svg',
  fields: [
    { name: 'Status', key: 'data.status', type: 'enum' },
    { name: 'Machine Type', key: 'data.machine_type' },
    { name: 'Source Instance', key: 'data.source_instance_display' },
    { name: 'Storage Location', key: 'data.storage_locations', type: 'list' },
    { name: 'Total Storage', key: 'data.total_storage_bytes', type: 'size' },
    { name: 'Creation Time', key: 'data.creation_timestamp', type: 'datetime' },
  ],
  widgets: [{ name: 'Total Count', type: 'card', operator: 'count' }],
  collect(ctx) {
    const pages = listPages<compute_v1.Schema$MachineImage>(ctx.session, (pageToken, o) =>
      ctx.session.compute.machineImages.list({ project: ctx.projectId, pageToken, maxResults: 500 }, o),
    );
    return shapePages(
      globalScope(pages),
      (image) =>
        gcpCloudService({
          name: image.name ?? '',
          group: GROUP,
          type: TYPE,
          resourceId: image.selfLink ?? '',
          account: ctx.projectId,
          regionCode: ctx.regions.add('global'),
          instanceType: lastSegment(image.instanceProperties?.machineType),
          instanceSize: Number(image.totalStorageBytes ?? 0),
          launchedAt: image.creationTimestamp ?? undefined,
          externalLink: `https://console.cloud.google.com/compute/machineImages/details/${image.name}?project=${ctx.projectId}`,
          data: {
            ...image,
            machine_type: lastSegment(image.instanceProperties?.machineType),
            source_instance_display: lastSegment(image.sourceInstance),
            storage_locations: image.storageLocations ?? [],
            total_storage_bytes: Number(image.totalStorageBytes ?? 0),
            creation_timestamp: image.creationTimestamp ?? '',
            google_cloud_logging: googleCloudLogging(
              ctx.projectId,
              'gce_machine_image',
              'resource.labels.machine_image_id',
              image.id ?? '',
            ),
          },
          metadata: machineImageDefinition.metadata,
        }),
      { group: GROUP, type: TYPE, idOf: (i) => i.id },
    );
  },
});

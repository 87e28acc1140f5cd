import type { compute_v1 } from '@googleapis/compute';
import { listPages } from '../collect/google-pages';
import { defineType } from '../collect/define-type';
import { globalScope, shapePages } from '../collect/shape-pages';
import { COUNT_WIDGETS, LIST_BADGE } from '../collect/view-options';
import { gcpCloudService, lastSegment } from '../gcp-resource';
import { machineImageData } from './machine-image-data';

const GROUP = 'ComputeEngine';
const TYPE = 'MachineImage';

/** Machine images of the project (`machineImages.list`), in upstream's data layout (`machineImageData`). */
export const machineImageDefinition = defineType({
  group: GROUP,
  name: TYPE,
  api: 'compute.googleapis.com',
  serviceCode: 'Compute Engine',
  labels: ['Compute'],
  icon: 'Compute_Engine.svg',
  fields: [
    { name: 'Source Instance', key: 'data.machine.source_image_from' },
    { name: 'Machine Type', key: 'data.machine.machine_type' },
    { name: 'Storage location', key: 'data.storage_locations', type: 'list', options: LIST_BADGE },
    { name: 'Creation Time', key: 'data.creation_timestamp', type: 'datetime' },
    { name: 'ID', key: 'data.id', options: { is_optional: true } },
    { name: 'Description', key: 'data.description', options: { is_optional: true } },
    { name: 'Service accounts', key: 'data.service_account.email', options: { is_optional: true } },
    { name: 'Total Storage Bytes', key: 'data.total_storage_bytes', options: { is_optional: true } },
  ],
  widgets: COUNT_WIDGETS,
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
          // upstream's region: the first storage location when it is a region, else global
          regionCode: ctx.regions.add(image.storageLocations?.[0] ?? 'global'),
          instanceType: lastSegment(image.instanceProperties?.machineType),
          instanceSize: Number(image.totalStorageBytes ?? 0),
          launchedAt: image.creationTimestamp ?? undefined,
          externalLink: `https://console.cloud.google.com/compute/machineImages/details/${image.name}?project=${ctx.projectId}`,
          data: machineImageData(image, ctx.projectId),
          metadata: machineImageDefinition.metadata,
        }),
      { group: GROUP, type: TYPE, idOf: (i) => i.id },
    );
  },
});

import type { compute_v1 } from '@googleapis/compute';
import { listPages } from '../collect/google-pages';
import { defineType } from '../collect/define-type';
import { globalScope, shapePages } from '../collect/shape-pages';
import { gcpCloudService, labelsOf, lastSegment } from '../gcp-resource';

const GROUP = 'ComputeEngine';
const TYPE = 'Snapshot';

/** Disk snapshots of the project (`snapshots.list`, global). */
export const snapshotDefinition = defineType({
  group: GROUP,
  name: TYPE,
  api: 'compute.googleapis.com',
  serviceCode: 'Compute Engine',
  labels: ['Compute', 'Storage'],
  icon: 'Compute_Engine.svg',
  fields: [
    { name: 'Status', key: 'data.status', type: 'enum' },
    { name: 'Location', key: 'data.storage_locations', type: 'list' },
    { name: 'Snapshot Size', key: 'data.storage_bytes', type: 'size' },
    { name: 'Source Disk', key: 'data.source_disk_display' },
    { name: 'Disk Size (GB)', key: 'data.disk_size' },
    { name: 'Creation Time', key: 'data.creation_timestamp', type: 'datetime' },
  ],
  widgets: [{ name: 'Total Count', type: 'card', operator: 'count' }],
  collect(ctx) {
    const pages = listPages<compute_v1.Schema$Snapshot>(ctx.session, (pageToken, o) =>
      ctx.session.compute.snapshots.list({ project: ctx.projectId, pageToken, maxResults: 500 }, o),
    );
    return shapePages(
      globalScope(pages),
      (snapshot) =>
        gcpCloudService({
          name: snapshot.name ?? '',
          group: GROUP,
          type: TYPE,
          resourceId: snapshot.selfLink ?? '',
          account: ctx.projectId,
          regionCode: ctx.regions.add('global'),
          instanceSize: Number(snapshot.storageBytes ?? 0),
          launchedAt: snapshot.creationTimestamp ?? undefined,
          tags: labelsOf(snapshot.labels),
          externalLink: `https://console.cloud.google.com/compute/snapshotsDetail/projects/${ctx.projectId}/global/snapshots/${snapshot.name}?project=${ctx.projectId}`,
          data: {
            ...snapshot,
            storage_locations: snapshot.storageLocations ?? [],
            storage_bytes: Number(snapshot.storageBytes ?? 0),
            source_disk_display: lastSegment(snapshot.sourceDisk),
            disk_size: Number(snapshot.diskSizeGb ?? 0),
            creation_timestamp: snapshot.creationTimestamp ?? '',
            labels: labelsOf(snapshot.labels),
          },
          metadata: snapshotDefinition.metadata,
        }),
      { group: GROUP, type: TYPE, idOf: (s) => s.id },
    );
  },
});

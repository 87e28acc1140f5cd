import type { compute_v1 } from '@googleapis/compute';
import { listPages } from '../collect/google-pages';
import { defineType } from '../collect/define-type';
import { globalScope, shapePages } from '../collect/shape-pages';
import { COUNT_WIDGETS, LIST_BADGE, states } from '../collect/view-options';
import { ENCRYPTION_BADGES } from './compute-badges';
import { LABELS_TAB } from './detail-tabs';
import { gcpCloudService, labelsOf } from '../gcp-resource';
import { snapshotData } from './snapshot-data';

const GROUP = 'ComputeEngine';
const TYPE = 'Snapshot';

/** Disk snapshots of the project (`snapshots.list`), in upstream's data layout (`snapshotData`). */
export const snapshotDefinition = defineType({
  group: GROUP,
  name: TYPE,
  api: 'compute.googleapis.com',
  serviceCode: 'Compute Engine',
  labels: ['Compute', 'Storage'],
  icon: 'Compute_Engine.svg',
  fields: [
    {
      name: 'Status',
      key: 'data.status',
      type: 'enum',
      options: states({ safe: ['READY'], warning: ['CREATING', 'UPLOADING', 'DELETING'], alert: ['FAILED'] }),
    },
    { name: 'Location', key: 'data.storage_locations', type: 'list' },
    { name: 'SnapShot Size', key: 'data.disk.storage_bytes', type: 'size' },
    { name: 'Creation Type', key: 'data.creation_type' },
    { name: 'Source Disk', key: 'data.disk.source_disk_display' },
    { name: 'Disk Size', key: 'data.disk.disk_size', type: 'size' },
    { name: 'Creation Time', key: 'data.creation_timestamp', type: 'datetime' },
  ],
  widgets: COUNT_WIDGETS,
  details: [
    {
      name: 'Snapshot Details',
      type: 'item',
      fields: [
        { name: 'Source Disk', key: 'data.disk.source_disk_display' },
        { name: 'Disk Size', key: 'data.disk.disk_size', type: 'size' },
        { name: 'SnapShot Size', key: 'data.disk.storage_bytes', type: 'size' },
        { name: 'Locations', key: 'data.storage_locations', type: 'list', options: LIST_BADGE },
        { name: 'Creation Time', key: 'data.creation_timestamp', type: 'datetime' },
        { name: 'Encryption Type', key: 'data.encryption', type: 'enum', options: ENCRYPTION_BADGES },
      ],
    },
    LABELS_TAB,
  ],
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
          // upstream's region: the first storage location when it is a region, else global
          regionCode: ctx.regions.add(snapshot.storageLocations?.[0] ?? 'global'),
          instanceSize: Number(snapshot.storageBytes ?? 0),
          launchedAt: snapshot.creationTimestamp ?? undefined,
          tags: labelsOf(snapshot.labels),
          externalLink: `https://console.cloud.google.com/compute/snapshotsDetail/projects/${ctx.projectId}/global/snapshots/${snapshot.name}?project=${ctx.projectId}`,
          data: snapshotData(snapshot, ctx.projectId),
          metadata: snapshotDefinition.metadata,
        }),
      { group: GROUP, type: TYPE, idOf: (s) => s.id },
    );
  },
});

import type { compute_v1 } from '@googleapis/compute';
import { aggregatedPages } from '../collect/google-pages';
import { defineType } from '../collect/define-type';
import { shapePages } from '../collect/shape-pages';
import {
  gcpCloudService,
  googleCloudLogging,
  googleCloudMonitoring,
  labelsOf,
  lastSegment,
  regionOfZone,
} from '../gcp-resource';

const GROUP = 'ComputeEngine';
const TYPE = 'Disk';

/** Persistent disks of every zone (`disks.aggregatedList`), with upstream's display keys. */
export const diskDefinition = defineType({
  group: GROUP,
  name: TYPE,
  api: 'compute.googleapis.com',
  serviceCode: 'Compute Engine',
  labels: ['Compute', 'Storage'],
  icon: 'Compute_Engine.svg',
  isPrimary: true,
  fields: [
    { name: 'Status', key: 'data.status', type: 'enum' },
    { name: 'Type', key: 'data.disk_type' },
    { name: 'Size (GB)', key: 'data.size' },
    { name: 'Zone', key: 'data.zone' },
    { name: 'In Used By', key: 'data.in_used_by' },
    { name: 'Source Image', key: 'data.source_image_display' },
    { name: 'Encryption', key: 'data.encryption' },
    { name: 'Project', key: 'account' },
    { name: 'Creation Time', key: 'data.creation_timestamp', type: 'datetime' },
  ],
  widgets: [
    { name: 'Total Count', type: 'card', operator: 'count' },
    { name: 'Total Size (GB)', type: 'card', operator: 'sum', key: 'data.size' },
    { name: 'Count by Region', type: 'chart', operator: 'count', groupBy: 'region_code' },
  ],
  collect(ctx) {
    const unreachable: { scope: string; message: string }[] = [];
    const pages = aggregatedPages<compute_v1.Schema$Disk>(
      ctx.session,
      'disks',
      (pageToken, o) =>
        ctx.session.compute.disks.aggregatedList(
          { project: ctx.projectId, pageToken, maxResults: 500, returnPartialSuccess: true },
          o,
        ),
      (scope, message) => unreachable.push({ scope, message }),
    );
    return shapePages(
      pages,
      (disk) => {
        const zone = lastSegment(disk.zone);
        const id = disk.id ?? '';
        return gcpCloudService({
          name: disk.name ?? '',
          group: GROUP,
          type: TYPE,
          resourceId: disk.selfLink ?? '',
          account: ctx.projectId,
          regionCode: ctx.regions.add(regionOfZone(zone)),
          instanceType: lastSegment(disk.type),
          instanceSize: Number(disk.sizeGb ?? 0),
          launchedAt: disk.creationTimestamp ?? undefined,
          tags: labelsOf(disk.labels),
          externalLink: `https://console.cloud.google.com/compute/disksDetail/zones/${zone}/disks/${disk.name}?project=${ctx.projectId}`,
          data: {
            ...disk,
            zone,
            region: regionOfZone(zone),
            disk_type: lastSegment(disk.type),
            size: Number(disk.sizeGb ?? 0),
            source_image_display: lastSegment(disk.sourceImage),
            in_used_by: (disk.users ?? []).map(lastSegment),
            encryption: disk.diskEncryptionKey ? 'Customer supplied' : 'Google managed',
            creation_timestamp: disk.creationTimestamp ?? '',
            labels: labelsOf(disk.labels),
            google_cloud_monitoring: googleCloudMonitoring(ctx.projectId, 'compute.googleapis.com/instance/disk', id, [
              { key: 'metric.labels.device_name', value: disk.name ?? '' },
            ]),
            google_cloud_logging: googleCloudLogging(ctx.projectId, 'gce_disk', 'resource.labels.disk_id', id),
          },
          metadata: diskDefinition.metadata,
        });
      },
      { group: GROUP, type: TYPE, idOf: (d) => d.id },
      unreachable,
    );
  },
});

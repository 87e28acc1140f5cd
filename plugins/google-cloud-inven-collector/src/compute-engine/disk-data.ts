import type { compute_v1 } from '@googleapis/compute';
import {
  encryptionType,
  estimatedPerformance,
  gbToBytes,
  googleCloudLogging,
  googleCloudMonitoring,
  labelsOf,
  lastSegment,
  optional,
  orNull,
  regionOfZone,
  segmentAfter,
} from '../gcp-resource';
import { snapshotSchedule } from './disk-snapshot-schedule';

/**
 * `data` of a Disk in upstream's layout (its Disk model: snake_case keys, `null` for what the API
 * left out, the source image and attach times only when set). `size` is in bytes, as upstream's;
 * `snapshot_schedule` holds its resource policies among `regionPolicies` (those of its region).
 */
export function diskData(
  disk: compute_v1.Schema$Disk,
  projectId: string,
  regionPolicies: compute_v1.Schema$ResourcePolicy[],
): Record<string, unknown> {
  const zone = lastSegment(disk.zone);
  const diskType = segmentAfter(disk.type, 'diskTypes');
  const name = disk.name ?? null;
  const id = disk.id ?? null;
  return {
    id,
    name,
    project: projectId,
    region: regionOfZone(zone),
    self_link: orNull(disk.selfLink),
    google_cloud_monitoring: googleCloudMonitoring(projectId, 'compute.googleapis.com/instance/disk', name ?? '', [
      { key: 'resource.labels.device_name', value: name ?? '' },
    ]),
    google_cloud_logging: googleCloudLogging(projectId, 'gce_disk', 'resource.labels.disk_id', id ?? ''),
    zone,
    disk_type: diskType,
    ...estimatedPerformance(diskType, Number(disk.sizeGb ?? 0)),
    in_used_by: (disk.users ?? []).map((u) => segmentAfter(u, 'instances')),
    in_used_by_count_display: 0,
    source_image_display: segmentAfter(disk.sourceImage, 'images'),
    ...optional('source_image_id', disk.sourceImageId),
    ...optional('source_image', disk.sourceImage),
    status: orNull(disk.status),
    encryption: encryptionType(disk.diskEncryptionKey),
    size: gbToBytes(disk.sizeGb),
    fingerprint: orNull(disk.labelFingerprint),
    snapshot_schedule_display: (disk.resourcePolicies ?? []).map((p) => segmentAfter(p, 'resourcePolicies')),
    snapshot_schedule: snapshotSchedule(disk, regionPolicies),
    labels: labelsOf(disk.labels),
    creation_timestamp: orNull(disk.creationTimestamp),
    ...optional('last_attach_timestamp', disk.lastAttachTimestamp),
    ...optional('last_detach_timestamp', disk.lastDetachTimestamp),
  };
}

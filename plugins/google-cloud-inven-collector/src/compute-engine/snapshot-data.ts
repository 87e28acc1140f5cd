import type { compute_v1 } from '@googleapis/compute';
import { encryptionType, gbToBytes, labelsOf, optional, orNull, segmentAfter } from '../gcp-resource';

const encryptionKey = (key: compute_v1.Schema$CustomerEncryptionKey | undefined) =>
  key && {
    sha256: orNull(key.sha256),
    kmsKey_service_account: orNull(key.kmsKeyServiceAccount),
    raw_key: orNull(key.rawKey),
    kms_key_name: orNull(key.kmsKeyName),
  };

/**
 * `data` of a Snapshot in upstream's layout (its Compute Engine Snapshot model): the source disk
 * under `disk` (`disk_size` in bytes), `creation_type` Scheduled or Manual, the encryption keys
 * only when set.
 */
export function snapshotData(snapshot: compute_v1.Schema$Snapshot, projectId: string): Record<string, unknown> {
  return {
    id: orNull(snapshot.id),
    name: orNull(snapshot.name),
    project: projectId,
    self_link: orNull(snapshot.selfLink),
    status: orNull(snapshot.status),
    disk: {
      source_disk: snapshot.sourceDisk ?? '',
      source_disk_display: segmentAfter(snapshot.sourceDisk, 'disks'),
      source_disk_id: snapshot.sourceDiskId ?? '',
      disk_size: gbToBytes(snapshot.diskSizeGb),
      storage_bytes: Number(snapshot.storageBytes ?? 0),
    },
    fingerprint: orNull(snapshot.labelFingerprint),
    ...optional('snapshot_encryption_key', encryptionKey(snapshot.snapshotEncryptionKey)),
    ...optional('source_disk_encryption_key', encryptionKey(snapshot.sourceDiskEncryptionKey)),
    storage_locations: snapshot.storageLocations ?? [],
    creation_timestamp: orNull(snapshot.creationTimestamp),
    creation_type: snapshot.autoCreated ? 'Scheduled' : 'Manual',
    encryption: encryptionType(snapshot.snapshotEncryptionKey),
    labels: labelsOf(snapshot.labels),
  };
}

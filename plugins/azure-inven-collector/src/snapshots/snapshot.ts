import type { Snapshot } from '@azure/arm-compute';
import { defineType, PLACE_SEARCH } from '../collect/define-type';
import { armCloudService } from '../collect/arm-resource';
import { shapePages } from '../collect/shape-pages';
import { armIdSegment, upstreamShape } from '../azure-resource';
import { DISK_STATE_ENUM, ISO8601, networkAccessPolicyDisplay, SIZE_IN_BYTES } from '../disks/disk';

const GROUP = 'Snapshots';
const TYPE = 'Instance';

/** Upstream's storage type names for a snapshot's `sku.name` (`''` for another value). */
const SNAPSHOT_SKU_NAMES: Record<string, string> = {
  Premium_LRS: 'Premium SSD',
  Standard_ZRS: 'Standard zone',
  Standard_LRS: 'Standard HDD',
};

/** Upstream's words for `encryption.type` (`''` for another value). */
const ENCRYPTION_TYPES: Record<string, string> = {
  EncryptionAtRestWithPlatformKey: 'Platform-managed key',
  EncryptionAtRestWithPlatformAndCustomerKeys: 'Platform and customer managed key',
  EncryptionAtRestWithCustomerKey: 'Customer-managed key',
};

/** Disk snapshots of the subscription (`snapshots.list`), in upstream's layout. */
export const snapshotDefinition = defineType({
  group: GROUP,
  name: TYPE,
  serviceCode: '/Microsoft.Compute/snapshots',
  labels: ['Compute', 'Storage'],
  icon: 'azure-disk-snapshot.svg',
  isPrimary: true,
  isMajor: true,
  fields: [
    { name: 'Source disk', key: 'data.source_disk_name' },
    { name: 'Snapshot type', key: 'data.incremental_display' },
    { name: 'Source disk size', key: 'data.disk_size_bytes', type: 'size', options: SIZE_IN_BYTES },
    { name: 'Resource Group', key: 'data.resource_group' },
    { name: 'Location', key: 'data.location' },
    { name: 'Subscription', key: 'data.subscription_name' },
    { name: 'Launched', key: 'data.time_created', type: 'datetime', options: ISO8601 },
    { name: 'Subscription ID', key: 'account' },
    { name: 'Encryption Type', key: 'data.encryption.type_display' },
    { name: 'Network Access Policy', key: 'data.network_access_policy_display' },
  ],
  search: [
    ...PLACE_SEARCH,
    { name: 'Storage Account Type', key: 'instance_type' },
    { name: 'Snapshot Type', key: 'data.incremental_display' },
    { name: 'Disk Size (Bytes)', key: 'data.disk_size_bytes' },
    { name: 'Disk Size (GB)', key: 'instance_size' },
    { name: 'Encryption', key: 'data.encryption.type_display' },
    { name: 'Network Access Policy', key: 'data.network_access_policy' },
    { name: 'Provisioning State', key: 'data.provisioning_state' },
    { name: 'Launched', key: 'data.time_created' },
  ],
  details: [
    {
      name: 'Snapshots',
      type: 'item',
      fields: [
        { name: 'Name', key: 'name' },
        { name: 'Storage Type', key: 'instance_type' },
        { name: 'Size', key: 'data.size', type: 'size', options: SIZE_IN_BYTES },
        { name: 'Source Disk', key: 'data.source_disk_name' },
        { name: 'Location', key: 'data.location' },
        { name: 'Resource ID', key: 'data.id' },
        { name: 'Resource Group', key: 'data.resource_group' },
        { name: 'Snapshot state', key: 'data.disk_state', type: 'enum', options: DISK_STATE_ENUM },
        { name: 'Snapshot Type', key: 'data.incremental_display' },
        { name: 'Subscription ID', key: 'account' },
        { name: 'Subscription Name', key: 'data.subscription_name' },
        { name: 'Encryption Type', key: 'data.encryption.type_display' },
        { name: 'Network Access Policy', key: 'data.network_access_policy_display' },
        { name: 'Created Time', key: 'launched_at', type: 'datetime', options: ISO8601 },
      ],
    },
  ],
  collect: (ctx) =>
    shapePages(
      ctx.session.pages((o) => ctx.session.compute.snapshots.list(o)),
      (snapshot: Snapshot) => {
        const skuName = SNAPSHOT_SKU_NAMES[snapshot.sku?.name ?? ''] ?? '';
        const encryption = snapshot.encryption;
        return armCloudService(ctx, snapshot, {
          group: GROUP,
          type: TYPE,
          instanceType: skuName,
          instanceSize: snapshot.diskSizeBytes,
          extra: {
            sku: { ...(upstreamShape(snapshot.sku ?? {}) as object), name: skuName },
            ...(encryption?.type
              ? {
                  encryption: {
                    ...(upstreamShape(encryption) as object),
                    type_display: ENCRYPTION_TYPES[encryption.type] ?? '',
                  },
                }
              : {}),
            size: snapshot.diskSizeBytes ?? null,
            incremental_display: snapshot.incremental === false ? 'Full' : 'Incremental',
            ...(snapshot.networkAccessPolicy
              ? { network_access_policy_display: networkAccessPolicyDisplay(snapshot.networkAccessPolicy) }
              : {}),
            ...(snapshot.creationData
              ? { source_disk_name: armIdSegment(snapshot.creationData.sourceResourceId, 8) }
              : {}),
            ...(snapshot.managedBy !== undefined ? { managed_by: armIdSegment(snapshot.managedBy, 8) } : {}),
          },
        });
      },
      { group: GROUP, type: TYPE },
    ),
});

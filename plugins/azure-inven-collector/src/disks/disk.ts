import type { Disk } from '@azure/arm-compute';
import { defineType, stateEnum } from '../collect/define-type';
import { armCloudService } from '../collect/arm-resource';
import { shapePages } from '../collect/shape-pages';
import { armIdSegment, managedDiskTypeName, upstreamShape } from '../azure-resource';

const GROUP = 'Disks';
const TYPE = 'Disk';

/** Upstream's words for a disk's or snapshot's `network_access_policy` (`''` for another value). */
export function networkAccessPolicyDisplay(policy: string): string {
  return (
    {
      AllowAll: 'Public endpoint (all network)',
      AllowPrivate: 'Private endpoint (through disk access)',
      DenyAll: 'Deny all',
    }[policy] ?? ''
  );
}

/** The console's colours of a disk's (or snapshot's) `disk_state`, as upstream's layouts give them. */
export const DISK_STATE_ENUM = stateEnum({
  ActiveSAS: 'green.500',
  ActiveUpload: 'green.500',
  Attached: 'green.500',
  Reserved: 'green.500',
  ReadyToUpload: 'yellow.500',
  Unattached: 'blue.400',
});
export const SIZE_IN_BYTES = { display_unit: 'GB', source_unit: 'BYTES' };
export const ISO8601 = { source_type: 'iso8601' };

/** Python's `str()` of an integer the SDK may leave unset. */
const pyInt = (n: number | undefined) => (n === undefined || n === null ? 'None' : String(n));

/** Managed disks of the subscription (`disks.list`, paged by nextLink), in upstream's layout. */
export const diskDefinition = defineType({
  group: GROUP,
  name: TYPE,
  serviceCode: '/Microsoft.Compute/disks',
  labels: ['Compute', 'Storage'],
  icon: 'azure-disk.svg',
  isPrimary: true,
  isMajor: true,
  fields: [
    { name: 'Storage Account Type', key: 'data.sku.name' },
    { name: 'Size', key: 'data.size', type: 'size', options: SIZE_IN_BYTES },
    { name: 'Disk State', key: 'data.disk_state', type: 'enum', options: DISK_STATE_ENUM },
    { name: 'Owner', key: 'data.managed_by' },
    { name: 'Resource Group', key: 'data.resource_group' },
    { name: 'Location', key: 'data.location' },
    { name: 'Subscription Name', key: 'data.subscription_name' },
    { name: 'Subscription ID', key: 'data.subscription_id', options: { is_optional: true } },
    { name: 'Zone', key: 'data.zones', type: 'list', options: { delimiter: ', ', is_optional: true } },
    { name: 'Encryption Type', key: 'data.encryption.type', options: { is_optional: true } },
    { name: 'Networking', key: 'data.network_access_policy_display', options: { is_optional: true } },
    { name: 'Max Shares', key: 'data.max_shares', options: { is_optional: true } },
    { name: 'Time Created', key: 'data.time_created', options: { is_optional: true } },
  ],
  search: [
    { name: 'Tier', key: 'data.tier' },
    { name: 'Subscription Name', key: 'data.subscription_name' },
    { name: 'Subscription ID', key: 'data.subscription_id' },
    { name: 'Resource Group', key: 'data.resource_group' },
    { name: 'Location', key: 'data.location' },
    { name: 'Zone', key: 'data.zones' },
    { name: 'Last updated at', key: 'data.last_updated' },
    { name: 'Storage Account Type', key: 'data.sku.name' },
    { name: 'Disk Size (Bytes)', key: 'data.disk_size_bytes', dataType: 'integer' },
    { name: 'Disk Size (GB)', key: 'data.disk_size_gb', dataType: 'integer' },
    { name: 'Disk IOPS', key: 'data.disk_iops_read_write', dataType: 'integer' },
    { name: 'OS Type', key: 'data.os_type' },
    { name: 'Provisioning State', key: 'data.provisioning_state' },
    { name: 'Time Created', key: 'data.time_created', dataType: 'datetime' },
  ],
  details: [
    {
      name: 'Disks',
      type: 'item',
      fields: [
        { name: 'Name', key: 'name' },
        { name: 'Storage Account Type', key: 'instance_type' },
        { name: 'Size', key: 'data.size', type: 'size', options: SIZE_IN_BYTES },
        { name: 'Disk State', key: 'data.disk_state', type: 'enum', options: DISK_STATE_ENUM },
        { name: 'Attached VM', key: 'data.managed_by' },
        { name: 'Location', key: 'data.location' },
        { name: 'Resource Group', key: 'data.resource_group' },
        { name: 'Resource ID', key: 'data.id' },
        { name: 'Zones', key: 'data.zones' },
        { name: 'Subscription ID', key: 'data.subscription_id' },
        { name: 'Subscription Name', key: 'data.subscription_name' },
        { name: 'Encryption Type', key: 'data.encryption.type' },
        { name: 'Networking', key: 'data.network_access_policy_display' },
        { name: 'Os Type', key: 'data.os_type' },
        { name: 'Max Shares', key: 'data.max_shares' },
        { name: 'VM Generation', key: 'data.hyper_v_generation' },
        { name: 'VM architecture', key: 'data.supported_capabilities.architecture' },
        { name: 'Time Created', key: 'data.time_created', type: 'datetime', options: ISO8601 },
      ],
    },
    {
      name: 'Configuration',
      type: 'list',
      layouts: [
        {
          name: 'Shared Disk',
          type: 'item',
          fields: [
            { name: 'Enable shared disk', key: 'data.enable_shared_disk_display' },
            { name: 'Max shares', key: 'data.max_shares' },
          ],
        },
        {
          name: 'On-demand bursting',
          type: 'item',
          fields: [
            { name: 'Enable bursting', key: 'data.bursting_enabled' },
            { name: 'Enable bursting time', key: 'data.bursting_enabled_time', type: 'datetime', options: ISO8601 },
          ],
        },
      ],
    },
    {
      name: 'Networking',
      type: 'item',
      fields: [{ name: 'Network access', key: 'data.network_access_policy_display' }],
    },
  ],
  collect: (ctx) =>
    shapePages(
      ctx.session.pages((o) => ctx.session.compute.disks.list(o)),
      (disk: Disk) => {
        const skuName = disk.sku ? managedDiskTypeName(disk.sku.name) : '';
        return armCloudService(ctx, disk, {
          group: GROUP,
          type: TYPE,
          instanceType: skuName,
          instanceSize: disk.diskSizeBytes,
          extra: {
            ...(disk.sku ? { sku: { ...(upstreamShape(disk.sku) as object), name: skuName } } : {}),
            size: disk.diskSizeBytes ?? null,
            tier_display: `${pyInt(disk.diskIopsReadWrite)} IOPS, ${pyInt(disk.diskMBpsReadWrite)} Mbps`,
            ...(disk.networkAccessPolicy
              ? { network_access_policy_display: networkAccessPolicyDisplay(disk.networkAccessPolicy) }
              : {}),
            // The attached VM's name (`…/virtualMachines/<vm>`).
            ...(disk.managedBy !== undefined ? { managed_by: armIdSegment(disk.managedBy, 8) } : {}),
            enable_shared_disk_display: (disk.maxShares ?? 0) > 0,
            bursting_enabled: disk.burstingEnabled ?? false,
          },
        });
      },
      { group: GROUP, type: TYPE },
    ),
});

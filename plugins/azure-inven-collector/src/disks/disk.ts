import type { Disk } from '@azure/arm-compute';
import { defineType } from '../collect/define-type';
import { armCloudService } from '../collect/arm-resource';
import { shapePages } from '../collect/shape-pages';
import { nameOf } from '../azure-resource';

const GROUP = 'Disks';
const TYPE = 'Disk';

/** Managed disks of the subscription (`disks.list`, paged by nextLink). */
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
    { name: 'Size (GiB)', key: 'data.disk_size_gb' },
    { name: 'Disk State', key: 'data.disk_state', type: 'enum' },
    { name: 'Owner', key: 'data.managed_by' },
    { name: 'Resource Group', key: 'data.resource_group' },
    { name: 'Location', key: 'region_code' },
    { name: 'Subscription', key: 'data.subscription_name' },
    { name: 'Created', key: 'data.time_created', type: 'datetime' },
  ],
  widgets: [
    { name: 'Total Count', type: 'card', operator: 'count' },
    { name: 'Total Size (GiB)', type: 'card', operator: 'sum', key: 'data.disk_size_gb' },
    { name: 'Count by Region', type: 'chart', operator: 'count', groupBy: 'region_code' },
  ],
  collect: (ctx) =>
    shapePages(
      ctx.session.pages((o) => ctx.session.compute.disks.list(o)),
      (disk: Disk) =>
        armCloudService(ctx, disk, {
          group: GROUP,
          type: TYPE,
          instanceType: disk.sku?.name ?? '',
          instanceSize: disk.diskSizeGB ?? 0,
          extra: {
            managed_by: nameOf(disk.managedBy),
            size: disk.diskSizeBytes ?? 0,
            disk_type: disk.osType ? 'OS Disk' : 'Data Disk',
            tier_display: disk.tier ?? '',
          },
        }),
      { group: GROUP, type: TYPE },
    ),
});

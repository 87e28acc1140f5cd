import type { Snapshot } from '@azure/arm-compute';
import { defineType } from '../collect/define-type';
import { armCloudService } from '../collect/arm-resource';
import { shapePages } from '../collect/shape-pages';
import { nameOf } from '../azure-resource';

const GROUP = 'Snapshots';
const TYPE = 'Instance';

/** Disk snapshots of the subscription (`snapshots.list`). */
export const snapshotDefinition = defineType({
  group: GROUP,
  name: TYPE,
  serviceCode: '/Microsoft.Compute/snapshots',
  labels: ['Compute', 'Storage'],
  icon: 'azure-disk-snapshot.svg',
  isPrimary: true,
  fields: [
    { name: 'Source Disk', key: 'data.source_disk_name' },
    { name: 'Snapshot Type', key: 'data.incremental_display', type: 'enum' },
    { name: 'Size (GiB)', key: 'data.disk_size_gb' },
    { name: 'Resource Group', key: 'data.resource_group' },
    { name: 'Location', key: 'region_code' },
    { name: 'Subscription', key: 'data.subscription_name' },
    { name: 'Created', key: 'data.time_created', type: 'datetime' },
  ],
  widgets: [
    { name: 'Total Count', type: 'card', operator: 'count' },
    { name: 'Count by Region', type: 'chart', operator: 'count', groupBy: 'region_code' },
  ],
  collect: (ctx) =>
    shapePages(
      ctx.session.pages((o) => ctx.session.compute.snapshots.list(o)),
      (snapshot: Snapshot) =>
        armCloudService(ctx, snapshot, {
          group: GROUP,
          type: TYPE,
          instanceType: snapshot.sku?.name ?? '',
          instanceSize: snapshot.diskSizeGB ?? 0,
          extra: {
            source_disk_name: nameOf(snapshot.creationData?.sourceResourceId),
            incremental_display: snapshot.incremental ? 'Incremental' : 'Full',
            size: snapshot.diskSizeBytes ?? 0,
          },
        }),
      { group: GROUP, type: TYPE },
    ),
});

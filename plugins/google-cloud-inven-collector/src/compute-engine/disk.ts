import type { compute_v1 } from '@googleapis/compute';
import { aggregatedPages, collectList } from '../collect/google-pages';
import { defineType } from '../collect/define-type';
import { shapePages } from '../collect/shape-pages';
import { COUNT_WIDGETS, LIST_BADGE } from '../collect/view-options';
import { DISK_TYPE_BADGES, ENCRYPTION_BADGES } from './compute-badges';
import { diskRateFields, LABELS_TAB } from './detail-tabs';
import type { CollectContext } from '../collect/collect-context';
import { gcpCloudService, labelsOf, lastSegment, regionOfZone, segmentAfter } from '../gcp-resource';
import { diskData } from './disk-data';

const GROUP = 'ComputeEngine';
const TYPE = 'Disk';

/**
 * Persistent disks of every zone (`disks.aggregatedList`), with the resource policies of every
 * region (`resourcePolicies.aggregatedList`) for their snapshot schedules, in upstream's data
 * layout (`diskData`).
 */
export const diskDefinition = defineType({
  group: GROUP,
  name: TYPE,
  api: 'compute.googleapis.com',
  serviceCode: 'Compute Engine',
  labels: ['Compute', 'Storage'],
  icon: 'Compute_Engine.svg',
  isPrimary: true,
  fields: [
    { name: 'ID', key: 'data.id' },
    { name: 'Zone', key: 'data.zone' },
    { name: 'Source Image', key: 'data.source_image_display' },
    { name: 'Disk Type', key: 'data.disk_type', type: 'enum', options: DISK_TYPE_BADGES },
    { name: 'Size', key: 'data.size', type: 'size' },
    { name: 'In Used By', key: 'data.in_used_by', type: 'list', options: LIST_BADGE },
    { name: 'Snapshot Schedule', key: 'data.snapshot_schedule_display', type: 'list', options: LIST_BADGE },
    { name: 'Read IOPS', key: 'data.read_iops', options: { is_optional: true } },
    { name: 'Write IOPS', key: 'data.write_iops', options: { is_optional: true } },
    { name: 'Read Throughput(MB/s)', key: 'data.read_throughput', options: { is_optional: true } },
    { name: 'Write Throughput(MB/s)', key: 'data.write_throughput', options: { is_optional: true } },
    { name: 'Creation Time', key: 'data.creation_timestamp', type: 'datetime' },
  ],
  widgets: COUNT_WIDGETS,
  // upstream's tabs
  details: [
    {
      name: 'Disks',
      type: 'list',
      layouts: [
        {
          name: 'Properties',
          type: 'item',
          fields: [
            { name: 'ID', key: 'data.id' },
            { name: 'Name', key: 'data.name' },
            { name: 'Disk Type', key: 'data.disk_type', type: 'enum', options: DISK_TYPE_BADGES },
            { name: 'Size', key: 'data.size', type: 'size' },
            { name: 'Zone', key: 'data.zone' },
            { name: 'In Used By', key: 'data.in_used_by', type: 'list', options: LIST_BADGE },
            { name: 'Snapshot Schedule', key: 'data.snapshot_schedule_display', type: 'list', options: LIST_BADGE },
            { name: 'Encryption Type', key: 'data.encryption', type: 'enum', options: ENCRYPTION_BADGES },
            { name: 'Source Image', key: 'data.source_image_display' },
            { name: 'Last Attach Time', key: 'data.last_attach_timestamp', type: 'datetime' },
            { name: 'Last Detach Time', key: 'data.last_detach_timestamp', type: 'datetime' },
            { name: 'Creation Time', key: 'data.creation_timestamp', type: 'datetime' },
          ],
        },
        { name: 'Estimated Performance', type: 'item', fields: diskRateFields('data') },
      ],
    },
    LABELS_TAB,
    {
      name: 'Snapshot Schedule',
      type: 'table',
      rootPath: 'data.snapshot_schedule',
      fields: [
        { name: 'ID', key: 'id' },
        { name: 'Name', key: 'name' },
        { name: 'Region', key: 'region' },
        {
          name: 'Schedule Frequency (UTC)',
          key: 'snapshot_schedule_policy.schedule_display',
          type: 'list',
          options: LIST_BADGE,
        },
        {
          name: 'Auto-delete Snapshots After',
          key: 'snapshot_schedule_policy.retention_policy.max_retention_days_display',
        },
        { name: 'Storage Locations', key: 'storage_locations', type: 'list', options: LIST_BADGE },
        { name: 'Creation Time', key: 'creation_timestamp', type: 'datetime' },
      ],
    },
  ],
  async *collect(ctx) {
    const policies = await regionPolicies(ctx);
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
    yield* shapePages(
      pages,
      (disk) => {
        const zone = lastSegment(disk.zone);
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
          data: diskData(disk, ctx.projectId, policies.get(regionOfZone(zone)) ?? []),
          metadata: diskDefinition.metadata,
        });
      },
      { group: GROUP, type: TYPE, idOf: (d) => d.id },
      unreachable,
    );
  },
});

/** The project's resource policies by region name. */
async function regionPolicies(ctx: CollectContext): Promise<Map<string, compute_v1.Schema$ResourcePolicy[]>> {
  const scoped = await collectList(
    aggregatedPages<compute_v1.Schema$ResourcePolicy>(ctx.session, 'resourcePolicies', (pageToken, o) =>
      ctx.session.compute.resourcePolicies.aggregatedList(
        { project: ctx.projectId, pageToken, returnPartialSuccess: true },
        o,
      ),
    ),
  );
  const byRegion = new Map<string, compute_v1.Schema$ResourcePolicy[]>();
  for (const { item } of scoped) {
    const region = segmentAfter(item.region, 'regions');
    byRegion.set(region, [...(byRegion.get(region) ?? []), item]);
  }
  return byRegion;
}

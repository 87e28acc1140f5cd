import type { compute_v1 } from '@googleapis/compute';
import { listPages } from '../collect/google-pages';
import { defineType } from '../collect/define-type';
import { globalScope, shapePages } from '../collect/shape-pages';
import { badges, COUNT_WIDGETS, LIST_BADGE } from '../collect/view-options';
import { DEVICE_MODE_BADGES, DISK_TYPE_BADGES, ENCRYPTION_BADGES, TRUE_FALSE_BADGES } from './compute-badges';
import { AVAILABLE_POLICIES_TAB, DISK_RATE_FIELDS } from './detail-tabs';
import { gcpCloudService, lastSegment } from '../gcp-resource';
import { machineImageData } from './machine-image-data';

const GROUP = 'ComputeEngine';
const TYPE = 'MachineImage';

/** Machine images of the project (`machineImages.list`), in upstream's data layout (`machineImageData`). */
export const machineImageDefinition = defineType({
  group: GROUP,
  name: TYPE,
  api: 'compute.googleapis.com',
  serviceCode: 'Compute Engine',
  labels: ['Compute'],
  icon: 'Compute_Engine.svg',
  fields: [
    { name: 'Source Instance', key: 'data.machine.source_image_from' },
    { name: 'Machine Type', key: 'data.machine.machine_type' },
    { name: 'Storage location', key: 'data.storage_locations', type: 'list', options: LIST_BADGE },
    { name: 'Creation Time', key: 'data.creation_timestamp', type: 'datetime' },
    { name: 'ID', key: 'data.id', options: { is_optional: true } },
    { name: 'Description', key: 'data.description', options: { is_optional: true } },
    { name: 'Service accounts', key: 'data.service_account.email', options: { is_optional: true } },
    { name: 'Total Storage Bytes', key: 'data.total_storage_bytes', options: { is_optional: true } },
  ],
  widgets: COUNT_WIDGETS,
  // upstream's tabs; its network rows have no `configs` and its disk rows no `tags.disk_type` (README)
  details: [
    {
      name: 'Machine Images',
      type: 'list',
      layouts: [
        {
          name: 'Instance',
          type: 'item',
          fields: [
            { name: 'ID', key: 'data.id' },
            { name: 'Name', key: 'data.name' },
            { name: 'Description', key: 'data.description' },
            { name: 'Location', key: 'data.storage_locations', type: 'list', options: LIST_BADGE },
            { name: 'Machine Type', key: 'data.machine.machine_type' },
            { name: 'Network Tags', key: 'data.network_tags', type: 'list', options: LIST_BADGE },
            {
              name: 'Status',
              key: 'data.status',
              type: 'enum',
              options: badges({
                primary: ['READY'],
                'indigo.500': ['UPLOADING', 'CREATING'],
                'coral.600': ['DELETING', 'INVALID'],
              }),
            },
            { name: 'Delete Protection', key: 'data.deletion_protection', type: 'enum', options: TRUE_FALSE_BADGES },
            { name: 'Service accounts', key: 'data.service_account.email' },
            { name: 'Total Storage Bytes', key: 'data.total_storage_bytes' },
            { name: 'Fingerprint', key: 'data.fingerprint' },
            { name: 'Self Link', key: 'data.self_link' },
            { name: 'Creation Time', key: 'data.creation_timestamp', type: 'datetime' },
          ],
        },
        AVAILABLE_POLICIES_TAB,
      ],
    },
    {
      name: 'Disks',
      type: 'table',
      rootPath: 'data.disks',
      fields: [
        { name: 'Index', key: 'device_index' },
        { name: 'Name', key: 'device' },
        { name: 'Size', key: 'size', type: 'size' },
        { name: 'Disk Type', key: 'tags.disk_type', type: 'enum', options: DISK_TYPE_BADGES },
        { name: 'Mode', key: 'device_mode', type: 'enum', options: DEVICE_MODE_BADGES },
        { name: 'Boot Image', key: 'boot_image' },
        { name: 'Encryption', key: 'encryption', type: 'enum', options: ENCRYPTION_BADGES },
        { name: 'Boot Image', key: 'is_boot_image', type: 'enum', options: TRUE_FALSE_BADGES },
        ...DISK_RATE_FIELDS,
        { name: 'Auto Delete', key: 'tags.auto_delete', type: 'enum', options: TRUE_FALSE_BADGES },
      ],
    },
    {
      name: 'Network Interface',
      type: 'table',
      rootPath: 'data.network_interfaces',
      fields: [
        { name: 'Name', key: 'name' },
        { name: 'Network', key: 'network_display' },
        { name: 'Subnetwork', key: 'subnetwork_display' },
        { name: 'Primary internal IP', key: 'primary_ip_address' },
        { name: 'Alias IP range', key: 'alias_ip_ranges', type: 'list', options: LIST_BADGE },
        { name: 'Public IP', key: 'public_ip_address' },
        { name: 'Access Configs', key: 'configs', type: 'list' },
        { name: 'Network Tier', key: 'network_tier_display', type: 'list' },
        { name: 'IP forwarding', key: 'ip_forward', type: 'list' },
      ],
    },
  ],
  collect(ctx) {
    const pages = listPages<compute_v1.Schema$MachineImage>(ctx.session, (pageToken, o) =>
      ctx.session.compute.machineImages.list({ project: ctx.projectId, pageToken, maxResults: 500 }, o),
    );
    return shapePages(
      globalScope(pages),
      (image) =>
        gcpCloudService({
          name: image.name ?? '',
          group: GROUP,
          type: TYPE,
          resourceId: image.selfLink ?? '',
          account: ctx.projectId,
          // upstream's region: the first storage location when it is a region, else global
          regionCode: ctx.regions.add(image.storageLocations?.[0] ?? 'global'),
          instanceType: lastSegment(image.instanceProperties?.machineType),
          instanceSize: Number(image.totalStorageBytes ?? 0),
          launchedAt: image.creationTimestamp ?? undefined,
          externalLink: `https://console.cloud.google.com/compute/machineImages/details/${image.name}?project=${ctx.projectId}`,
          data: machineImageData(image, ctx.projectId),
          metadata: machineImageDefinition.metadata,
        }),
      { group: GROUP, type: TYPE, idOf: (i) => i.id },
    );
  },
});

import type { compute_v1 } from '@googleapis/compute';
import { pyFloatRepr } from '@cloudforet/plugin-core';
import {
  deviceKeys,
  estimatedPerformance,
  optional,
  orNull,
  schedulingData,
  segmentAfter,
  serviceAccountData,
} from '../gcp-resource';

type Properties = compute_v1.Schema$InstanceProperties;

const SIZE_UNITS = ['B', 'KB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB'];

/** Upstream's `total_storage_display`: bytes in the largest 1024 unit, Python's float spelling (`10.0 GB`). */
export function sizeDisplay(bytes: number): string {
  if (bytes === 0) return '0 B';
  const unit = Math.floor(Math.log(bytes) / Math.log(1024));
  return `${pyFloatRepr(Math.round((bytes / 1024 ** unit) * 100) / 100)} ${SIZE_UNITS[unit]}`;
}

/** A disk of the image: upstream reads `diskType` of the attached disk (which has none) and words its encryption by the image's properties. */
function diskRow(disk: compute_v1.Schema$AttachedDisk, properties: Properties, bootDevice: string) {
  const sizeGb = Number(disk.diskSizeGb ?? 0);
  const diskType = (disk as { diskType?: string }).diskType;
  const keys = properties as Record<string, unknown>;
  return {
    ...deviceKeys(disk, sizeGb),
    ...(disk.boot ? { boot_image: bootDevice } : {}),
    is_boot_image: Boolean(disk.boot),
    encryption:
      'machineImageEncryptionKey' in keys
        ? 'Google managed'
        : 'kmsKeyServiceAccount' in keys
          ? 'Customer managed'
          : 'Customer supplied',
    tags: {
      ...optional('disk_type', diskType),
      auto_delete: orNull(disk.autoDelete),
      ...estimatedPerformance(diskType, sizeGb),
    },
  };
}

function networkInterfaceRow(nic: compute_v1.Schema$NetworkInterface, index: number, properties: Properties) {
  const configs = nic.accessConfigs ?? [];
  return {
    name: nic.name ?? '',
    network_display: segmentAfter(nic.network, 'networks'),
    network_tier_display: configs.length ? orNull(configs[0].networkTier) : 'STANDARD',
    subnetwork_display: segmentAfter(nic.subnetwork, 'subnetworks'),
    // upstream fills `ip_ranges` and reads `AliasIPRanges`, which its model and the API never hold
    ip_range: [],
    ...(index === 0 ? { ip_forward: properties.canIpForward ? 'On' : 'Off' } : {}),
    network: nic.network ?? '',
    subnetwork: nic.subnetwork ?? '',
    primary_ip_address: nic.networkIP ?? '',
    public_ip_address: configs.length ? orNull(configs[0].natIP) : '',
    alias_ip_ranges: [],
    access_configs: configs.map((c) => ({
      type: orNull(c.type),
      name: orNull(c.name),
      nat_ip: orNull(c.natIP),
      ...optional('set_public_ptr', c.setPublicPtr),
      ...optional('public_ptr_domain_name', c.publicPtrDomainName),
      network_tier: orNull(c.networkTier),
      kind: orNull(c.kind),
    })),
    kind: nic.kind ?? '',
  };
}

/**
 * `data` of a MachineImage in upstream's layout (its MachineImage model): the machine type and
 * source disk under `machine`, the instance properties' disks, network interfaces, scheduling and
 * service account in upstream's rows.
 */
export function machineImageData(image: compute_v1.Schema$MachineImage, projectId: string): Record<string, unknown> {
  const properties = image.instanceProperties ?? {};
  const disks = properties.disks ?? [];
  const bootDevice = disks.find((d) => d.boot)?.deviceName ?? '';
  const totalBytes = Number(image.totalStorageBytes ?? 0);
  return {
    id: orNull(image.id),
    name: orNull(image.name),
    project: projectId,
    self_link: orNull(image.selfLink),
    description: orNull(image.description),
    status: orNull(image.status),
    fingerprint: properties.metadata?.fingerprint ?? '',
    machine: {
      machine_type: properties.machineType ?? '',
      source_image_from: segmentAfter(disks[0]?.source, 'disks'),
    },
    network_tags: properties.tags?.items ?? [],
    deletion_protection: Boolean((properties as { deletionProtection?: boolean }).deletionProtection),
    total_storage_bytes: totalBytes,
    total_storage_display: sizeDisplay(totalBytes),
    storage_locations: image.storageLocations ?? [],
    scheduling: schedulingData(properties.scheduling),
    network_interfaces: (properties.networkInterfaces ?? []).map((n, i) => networkInterfaceRow(n, i, properties)),
    disks: disks.map((d) => diskRow(d, properties, bootDevice)),
    ...serviceAccountData(properties.serviceAccounts),
    ...optional('kind', image.kind),
    location: (properties as { storageLocations?: string[] }).storageLocations ?? [],
    creation_timestamp: orNull(image.creationTimestamp),
  };
}

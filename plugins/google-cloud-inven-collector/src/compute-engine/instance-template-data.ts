import type { compute_v1 } from '@googleapis/compute';
import {
  deviceKeys,
  estimatedPerformance,
  labelsOf,
  optional,
  orNull,
  schedulingData,
  segmentAfter,
  serviceAccountData,
} from '../gcp-resource';

type Template = compute_v1.Schema$InstanceTemplate;
type Manager = compute_v1.Schema$InstanceGroupManager;

function diskRow(disk: compute_v1.Schema$AttachedDisk) {
  const init = disk.initializeParams ?? {};
  const sizeGb = Number(init.diskSizeGb ?? 0);
  return {
    ...deviceKeys(disk, sizeGb),
    tags: {
      ...optional('disk_type', init.diskType),
      source_image: init.sourceImage ?? '',
      source_image_display: segmentAfter(init.sourceImage, 'images'),
      auto_delete: orNull(disk.autoDelete),
      ...estimatedPerformance(init.diskType, sizeGb),
    },
  };
}

function networkInterfaceRow(nic: compute_v1.Schema$NetworkInterface) {
  const configs = nic.accessConfigs ?? [];
  return {
    // upstream fills `idx_name`, which its model does not hold
    name: null,
    network: nic.network ?? '',
    network_display: segmentAfter(nic.network, 'networks'),
    configs: configs.map((c) => ` ${c.name ?? ''} : ${c.type ?? ''}`),
    network_tier: configs.map((c) => c.networkTier ?? ''),
    access_configs: configs.map((c) => ({
      type: orNull(c.type),
      name: orNull(c.name),
      network_tier: orNull(c.networkTier),
      kind: orNull(c.kind),
    })),
    kind: orNull(nic.kind),
  };
}

/**
 * `data` of an InstanceTemplate in upstream's layout (its InstanceTemplate model): the managed
 * groups made from it (`in_used_by`, `instance_groups`), the properties' disks and network
 * interfaces in upstream's rows, `disk_display` and `image` from the first disk.
 */
export function instanceTemplateData(
  template: Template,
  projectId: string,
  managers: Manager[],
  logging: Record<string, unknown>,
): Record<string, unknown> {
  const properties = template.properties ?? {};
  const users = template.selfLink ? managers.filter((m) => m.instanceTemplate === template.selfLink) : [];
  const disks = (properties.disks ?? []).map(diskRow);
  return {
    id: orNull(template.id),
    name: orNull(template.name),
    project: projectId,
    ...optional('region', template.region),
    self_link: orNull(template.selfLink),
    google_cloud_logging: logging,
    description: orNull(template.description),
    fingerprint: properties.metadata ? orNull(properties.metadata.fingerprint) : '',
    disk_display: disks.length ? orNull(properties.disks?.[0].initializeParams?.diskType) : '',
    image: disks.length ? disks[0].tags.source_image_display : '',
    machine_type: properties.machineType ?? '',
    in_used_by: users.map((m) => m.name ?? ''),
    ip_forward: properties.canIpForward ?? false,
    scheduling: schedulingData(properties.scheduling),
    network_tags: properties.tags?.items ?? [],
    instance_groups: users.map((m) => ({
      id: orNull(m.id),
      name: orNull(m.name),
      description: orNull(m.description),
      self_link: orNull(m.selfLink),
      creation_timestamp: orNull(m.creationTimestamp),
    })),
    disks,
    network_interfaces: (properties.networkInterfaces ?? []).map(networkInterfaceRow),
    ...serviceAccountData(properties.serviceAccounts),
    labels: labelsOf(properties.labels),
    kind: orNull(template.kind),
    creation_timestamp: orNull(template.creationTimestamp),
  };
}

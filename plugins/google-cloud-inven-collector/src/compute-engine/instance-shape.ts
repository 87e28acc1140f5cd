import type { compute_v1 } from '@googleapis/compute';
import type { ResourceInfo } from '@cloudforet/api/gen/spaceone/api/inventory/plugin/collector';
import {
  estimatedPerformance,
  gcpCloudService,
  googleCloudLogging,
  googleCloudMonitoring,
  labelsOf,
  lastSegment,
  regionOfZone,
} from '../gcp-resource';
import type { InstanceRelated } from './instance-related';
import { loadBalancersOf } from './instance-load-balancers';
import { autoscalerOf } from './managed-instances';
import { serviceAccountsOf, sshKeysOf } from './instance-access';

export const GROUP = 'ComputeEngine';
export const TYPE = 'Instance';

type Instance = compute_v1.Schema$Instance;
type Firewall = compute_v1.Schema$Firewall;

/**
 * One VM instance in upstream's layout (`data.os`, `google_cloud`, `hardware`, `compute`, `nics`,
 * `disks`, `load_balancers`, `security_group`, `autoscaler`, `vpc`, `subnet`, `stats`, `google_cloud_monitoring`,
 * `google_cloud_logging`), matched on its selfLink without `account`; tags are its labels as `[{key, value}]`.
 */
export function instanceResource(
  instance: Instance,
  { projectId, regionCode }: { projectId: string; regionCode: string },
  related: InstanceRelated,
  metadata: Record<string, unknown>,
): ResourceInfo {
  const zone = lastSegment(instance.zone);
  const machineType = lastSegment(instance.machineType);
  const type = related.machineTypes.get(`${zone}/${machineType}`);
  const nic0 = instance.networkInterfaces?.[0];
  const network = related.networks.get(nic0?.network ?? '');
  const subnetwork = related.subnetworks.get(nic0?.subnetwork ?? '');
  const firewalls = related.firewalls.filter((f) => appliesTo(f, instance));
  const disks = (instance.disks ?? []).map((d, i) => diskOf(d, i, zone, related));
  const bootFacts = related.disks.get(instance.disks?.find((d) => d.boot)?.source ?? '');
  const labels = labelsOf(instance.labels);
  const id = instance.id ?? '';
  const publicIp = nic0?.accessConfigs?.find((a) => a.natIP)?.natIP ?? '';
  const vpc = network && {
    vpc_id: network.id ?? '',
    vpc_name: network.name ?? '',
    description: network.description ?? '',
    self_link: network.selfLink ?? '',
  };
  const core = type?.guestCpus ?? 0;
  const data: Record<string, unknown> = {
    os: osOf(instance.disks?.[0]?.licenses ?? []),
    google_cloud: {
      self_link: instance.selfLink ?? '',
      fingerprint: instance.fingerprint ?? '',
      reservation_affinity: instance.reservationAffinity?.consumeReservationType ?? '',
      deletion_protection: instance.deletionProtection ?? false,
      scheduling: {
        on_host_maintenance: instance.scheduling?.onHostMaintenance ?? 'MIGRATE',
        automatic_restart: instance.scheduling?.automaticRestart ?? true,
        preemptible: instance.scheduling?.preemptible ?? false,
      },
      tags: (instance.tags?.items ?? []).map((key) => ({ key })),
      labels,
      ssh_keys: sshKeysOf(instance.metadata),
      service_accounts: serviceAccountsOf(instance.serviceAccounts),
      is_managed_instance: related.managed.managerOf.has(instance.selfLink ?? ''),
    },
    primary_ip_address: nic0?.networkIP ?? '',
    hardware: {
      core,
      memory: Math.round(((type?.memoryMb ?? 0) / 1024) * 100) / 100,
      is_vm: true,
      cpu_model: instance.cpuPlatform ?? '',
    },
    compute: {
      keypair: '',
      public_ip_address: publicIp,
      az: zone,
      instance_id: id,
      instance_name: instance.name ?? '',
      instance_state: instance.status ?? '',
      instance_type: machineType,
      account: projectId,
      image: lastSegment(bootFacts?.sourceImage),
      launched_at: instance.creationTimestamp ?? '',
      security_groups: firewalls.map((f) => f.name ?? '').filter(Boolean),
      tags: {},
    },
    nics: (instance.networkInterfaces ?? []).map((nic, i) => ({
      device_index: i,
      device: '',
      nic_type: 'Virtual',
      ip_addresses: [nic.networkIP, ...(nic.accessConfigs ?? []).map((a) => a.natIP)].filter(Boolean),
      cidr: related.subnetworks.get(nic.subnetwork ?? '')?.ipCidrRange ?? '',
      mac_address: '',
      public_ip_address: nic.accessConfigs?.find((a) => a.natIP)?.natIP ?? '',
      tags: {},
    })),
    disks,
    load_balancers: loadBalancersOf(instance.selfLink ?? '', related.loadBalancers, related.managed),
    security_group: firewalls.flatMap(rulesOf),
    autoscaler: autoscalerOf(instance.selfLink ?? '', related.managed) ?? {},
    vpc: vpc ?? {},
    subnet: subnetwork
      ? {
          subnet_id: subnetwork.id ?? '',
          cidr: subnetwork.ipCidrRange ?? '',
          subnet_name: subnetwork.name ?? '',
          gateway_address: subnetwork.gatewayAddress ?? '',
          vpc: vpc ?? {},
          self_link: subnetwork.selfLink ?? '',
        }
      : {},
    google_cloud_monitoring: googleCloudMonitoring(projectId, 'compute.googleapis.com/instance', id, [
      { key: 'resource.labels.instance_id', value: id },
    ]),
    stats: { disk_size: disks.reduce((sum, d) => sum + d.size, 0) },
    google_cloud_logging: googleCloudLogging(projectId, 'gce_instance', 'resource.labels.instance_id', id),
  };
  const gpus = (instance.guestAccelerators ?? []).map((g) => ({
    gpu_count: g.acceleratorCount ?? 0,
    gpu_machine_type: lastSegment(g.acceleratorType),
  }));
  if (gpus.length)
    Object.assign(data, {
      gpus,
      total_gpu_count: gpus.reduce((sum, g) => sum + g.gpu_count, 0),
      has_gpu: true,
      display: {
        gpus: gpus.map((g) => `${g.gpu_count}x${g.gpu_machine_type.replace(/-/g, ' ').toUpperCase()}`),
        has_gpu: true,
      },
    });
  return gcpCloudService({
    name: instance.name ?? '',
    group: GROUP,
    type: TYPE,
    resourceId: instance.selfLink ?? '',
    account: projectId,
    regionCode,
    instanceType: machineType,
    instanceSize: core,
    launchedAt: instance.creationTimestamp ?? undefined,
    ipAddresses: (instance.networkInterfaces ?? []).flatMap((nic) =>
      [nic.networkIP, ...(nic.accessConfigs ?? []).map((a) => a.natIP)].filter((ip): ip is string => !!ip),
    ),
    tags: labels,
    externalLink: `https://console.cloud.google.com/compute/instancesDetail/zones/${zone}/instances/${instance.name}?project=${projectId}`,
    data,
    metadata,
  });
}

/** The region an instance is in (from its zone), before upstream's unknown-region → global. */
export function instanceRegion(instance: Instance): string {
  return regionOfZone(lastSegment(instance.zone));
}

function osOf(licenses: string[]) {
  const identity = lastSegment(licenses[0]).toLowerCase();
  const windows = identity.includes('windows');
  const distro = windows ? 'windows-server' : (identity.split('-')[0] ?? '');
  return { os_type: windows ? 'WINDOWS' : 'LINUX', details: identity, os_distro: distro, os_arch: '' };
}

function diskOf(disk: compute_v1.Schema$AttachedDisk, index: number, zone: string, related: InstanceRelated) {
  const facts = related.disks.get(disk.source ?? '');
  return {
    device_index: disk.index ?? index,
    device: disk.deviceName ?? '',
    disk_type: 'disk',
    size: Number(disk.diskSizeGb ?? 0),
    tags: {
      disk_id: facts?.id ?? '',
      disk_name: lastSegment(disk.source),
      zone,
      disk_type: facts?.type ?? '',
      encrypted: true,
      ...roundedRates(facts?.type, Number(disk.diskSizeGb ?? 0)),
      labels: labelsOf(facts?.labels),
    },
  };
}

/** A disk row's estimated rates, rounded to one decimal as upstream's. */
function roundedRates(diskType: string | undefined, sizeGb: number) {
  return Object.fromEntries(
    Object.entries(estimatedPerformance(diskType, sizeGb)).map(([k, v]) => [k, Math.round(v * 10) / 10]),
  );
}

/** A firewall applies to the instance's network, to every instance or to its network tags. */
function appliesTo(firewall: Firewall, instance: Instance): boolean {
  const networks = (instance.networkInterfaces ?? []).map((n) => n.network);
  if (!networks.includes(firewall.network)) return false;
  const tags = instance.tags?.items ?? [];
  return !firewall.targetTags?.length || firewall.targetTags.some((t) => tags.includes(t));
}

/** Upstream's `security_group` rows: one per allowed (or denied) protocol entry of the firewall. */
function rulesOf(firewall: Firewall) {
  const inbound = firewall.direction !== 'EGRESS';
  const remote = (inbound ? firewall.sourceRanges : firewall.destinationRanges)?.join(', ') ?? '';
  const entries = [
    ...(firewall.allowed ?? []).map((e) => ({ e, action: 'allow' })),
    ...(firewall.denied ?? []).map((e) => ({ e, action: 'deny' })),
  ];
  return entries.map(({ e, action }) => {
    const ports = e.ports ?? [];
    const [min, max] = (ports[0] ?? '0-65535').split('-').map(Number);
    return {
      priority: firewall.priority ?? 1000,
      protocol: e.IPProtocol ?? '',
      remote,
      remote_cidr: remote,
      security_group_name: firewall.name ?? '',
      port_range_min: min,
      port_range_max: max ?? min,
      port: ports.length ? ports.join(', ') : 'ALL',
      security_group_id: firewall.id ?? '',
      description: firewall.description ?? '',
      direction: inbound ? 'inbound' : 'outbound',
      action,
    };
  });
}

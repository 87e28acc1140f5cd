import type { ResourceInfo } from '@cloudforet/api/gen/spaceone/api/inventory/plugin/collector';
import {
  azureCloudService,
  monitoringRefs,
  nameOf,
  portalLink,
  resourceGroupOf,
  type SubscriptionInfo,
} from '../azure-resource';
import type { DiskFacts, VmFacts } from './vm-facts';
import { key, type VmRelated } from './vm-related';

export const GROUP = 'VirtualMachines';
export const TYPE = 'Instance';

type Tags = { key: string; value: string }[];
const tagList = (tags: Record<string, string> | undefined): Tags =>
  Object.entries(tags ?? {}).map(([k, value]) => ({ key: k, value }));

/**
 * One VM in upstream's layout (`data.os`, `hardware`, `azure`, `compute`, `disks`, `nics`,
 * `load_balancer`, `security_group`, `vnet`, `subnet`, the subscription's fields, `resource_group`,
 * `primary_ip_address`, `azure_monitor`, `activity_log`), matched on its ARM id with `account`.
 */
export function vmResource(vm: VmFacts, subscription: SubscriptionInfo, related: VmRelated): ResourceInfo {
  const id = vm.id ?? '';
  const name = vm.name ?? '';
  const location = vm.location ?? '';
  const rg = resourceGroupOf(id);
  const armPath = `/subscriptions/${subscription.subscription_id}/resourceGroups/${rg}/providers/Microsoft.Compute/virtualMachines/${name}`;
  const nics = (vm.networkProfile?.networkInterfaces ?? []).map((ref, index) => nicInfo(ref.id, index, related));
  const primaryNic = related.nics.get(key(vm.networkProfile?.networkInterfaces?.[0]?.id));
  const primarySubnet = related.subnets.get(key(primaryNic?.ipConfigurations?.[0]?.subnetId));
  const statuses = vm.instanceView?.statuses ?? [];
  const image = vm.storageProfile?.imageReference;
  const osType = vm.storageProfile?.osDisk?.osType?.toUpperCase();
  const nsgs = (vm.networkProfile?.networkInterfaces ?? []).flatMap((ref) => {
    const nsg = related.securityGroupOfNic.get(key(ref.id));
    return nsg ? [nsg] : [];
  });
  const lbs = [
    ...new Set(
      (vm.networkProfile?.networkInterfaces ?? []).flatMap((ref) => related.loadBalancersOfNic.get(key(ref.id)) ?? []),
    ),
  ];
  const privateIps = nics.flatMap((n) => n.ip_addresses);
  const publicIps = nics.map((n) => n.public_ip_address).filter(Boolean);
  const compute = {
    keypair: '',
    instance_state: instanceState(statuses),
    instance_type: vm.hardwareProfile?.vmSize ?? '',
    launched_at: statuses.find((s) => s.displayStatus === 'Provisioning succeeded')?.time?.toISOString() ?? null,
    instance_id: id,
    instance_name: name,
    security_groups: nsgs.length
      ? nsgs.map((n) => ({ display: n.name ?? '', id: n.id ?? '', name: n.name ?? '' }))
      : null,
    image:
      image?.publisher && image.offer && image.sku && image.exactVersion
        ? `/Subscriptions/${subscription.subscription_id}/Providers/Microsoft.Compute/Locations/${location}/Publishers/${image.publisher}/ArtifactTypes/VMImage/Offers/${image.offer}/Skus/${image.sku}/Versions/${image.exactVersion}`
        : null,
    tags: { vm_id: vm.vmId ?? '' },
    az: vm.zones?.length ? `${location}-${vm.zones[0]}` : location,
    account: subscription.subscription_name,
  };
  const data = {
    os:
      osType && image?.offer
        ? {
            os_distro: osDistro(osType, image.offer),
            details: image.publisher && image.sku ? `${image.publisher}, ${image.offer}, ${image.sku}` : null,
            os_type: osType,
          }
        : null,
    hardware: related.skus.get(`${location.toLowerCase()}/${compute.instance_type}`) ?? [],
    azure: {
      ultra_ssd_enabled: vm.additionalCapabilities?.ultraSSDEnabled ?? false,
      write_accelerator_enabled: vm.storageProfile?.osDisk?.writeAcceleratorEnabled ?? false,
      priority: vm.priority || 'Regular',
      tags: tagList(vm.tags),
      ...(vm.diagnosticsProfile?.bootDiagnostics
        ? { boot_diagnostics: vm.diagnosticsProfile.bootDiagnostics.enabled ?? true }
        : {}),
    },
    compute,
    disks: disks(vm),
    nics,
    primary_ip_address: privateIps[0] ?? '',
    ...subscription,
    resource_group: rg,
    load_balancer: lbs.map((lb) => {
      // upstream's scheme and endpoint: from the first frontend, a public one giving its address
      const frontends = lb.frontendIPConfigurations ?? [];
      const internetFacing = Boolean(frontends[0]?.publicIPAddress);
      return {
        type: 'network',
        scheme: internetFacing ? 'internet-facing' : 'internal',
        endpoint: internetFacing
          ? (frontends.map((f) => related.publicIps.get(key(f.publicIPAddress?.id))).find(Boolean) ?? '')
          : (frontends[0]?.privateIPAddress ?? ''),
        port: (lb.loadBalancingRules ?? []).map((r) => r.frontendPort ?? 0),
        name: lb.name ?? '',
        protocol: (lb.loadBalancingRules ?? []).map((r) => (r.protocol ?? '').toUpperCase()),
        tags: { lb_id: lb.id ?? '' },
      };
    }),
    security_group: nsgs.flatMap((nsg) =>
      [...(nsg.securityRules ?? []), ...(nsg.defaultSecurityRules ?? [])].map((r) => {
        const [min, max] = portRange(r.destinationPortRange);
        return {
          protocol: r.protocol === '*' ? 'ALL' : (r.protocol ?? '').toUpperCase(),
          remote: r.sourceAddressPrefix ?? '',
          remote_cidr: r.sourceAddressPrefix ?? '',
          remote_id: r.id ?? '',
          security_group_name: nsg.name ?? '',
          security_group_id: nsg.id ?? '',
          port_range_min: min,
          port_range_max: max,
          port: r.destinationPortRange ?? '',
          priority: r.priority ?? 0,
          direction: (r.direction ?? '').toLowerCase() === 'inbound' ? 'inbound' : 'outbound',
          action: (r.access ?? '').toLowerCase(),
          description: r.description ?? '',
        };
      }),
    ),
    vnet: primarySubnet
      ? {
          vnet_id: primarySubnet.vnet.id ?? '',
          vnet_name: primarySubnet.vnet.name ?? '',
          cidr: primarySubnet.vnet.addressSpace?.addressPrefixes?.[0] ?? '',
        }
      : null,
    subnet: primarySubnet
      ? {
          subnet_id: primarySubnet.subnet.id ?? '',
          subnet_name: primarySubnet.subnet.name ?? '',
          cidr: primarySubnet.subnet.addressPrefix ?? '',
        }
      : null,
    // Upstream's Azure Monitor / Activity Log id: rebuilt from the resource group and the name.
    ...monitoringRefs(armPath),
  };
  return azureCloudService({
    name,
    group: GROUP,
    type: TYPE,
    resourceId: id,
    account: subscription.subscription_id,
    regionCode: location,
    instanceType: compute.instance_type,
    ipAddresses: [...new Set([...privateIps, ...publicIps])],
    tags: vm.tags ?? {},
    externalLink: portalLink(armPath),
    data,
  });
}

function nicInfo(id: string | undefined, index: number, related: VmRelated) {
  const nic = related.nics.get(key(id));
  const configs = nic?.ipConfigurations ?? [];
  const publicIp = configs.map((c) => related.publicIps.get(key(c.publicIpId))).find(Boolean);
  return {
    device_index: index,
    device: '',
    nic_id: id ?? '',
    mac_address: nic?.macAddress ?? '',
    ip_addresses: configs.map((c) => c.privateIPAddress).filter(Boolean),
    public_ip_address: publicIp ?? '',
    subnet: nameOf(configs[0]?.subnetId),
    cidr: related.subnets.get(key(configs[0]?.subnetId))?.subnet.addressPrefix ?? null,
    tags: {
      name: nic?.name || nameOf(id),
      etag: nic?.etag ?? null,
      enable_accelerated_networking: nic?.enableAcceleratedNetworking ?? false,
      enable_ip_forwarding: nic?.enableIPForwarding ?? false,
    },
  };
}

function disks(vm: VmFacts) {
  const os = vm.storageProfile?.osDisk;
  const out = [];
  if (os)
    out.push({
      device_index: 0,
      disk_type: 'os_disk',
      size: bytesOf(os),
      tags: { disk_name: os.name ?? '', caching: os.caching ?? '', ...managedDiskTags(os) },
    });
  for (const [i, d] of (vm.storageProfile?.dataDisks ?? []).entries())
    out.push({
      device_index: i + 1,
      disk_type: 'data_disk',
      size: bytesOf(d),
      tags: { disk_name: d.name ?? '', caching: d.caching ?? '', ...managedDiskTags(d) },
    });
  return out;
}

/** Upstream's disk size: bytes (0 when the profile gives none). */
const bytesOf = (disk: DiskFacts) => (disk.diskSizeGB ?? 0) * 1024 ** 3;

/** A managed disk's tags as upstream sets them: the encryption set as CMK (one given) or PMK. */
function managedDiskTags({ managedDisk }: DiskFacts) {
  if (!managedDisk) return {};
  return {
    disk_encryption_set: managedDisk.diskEncryptionSetId ? 'CMK' : 'PMK',
    ...(managedDisk.id !== undefined ? { disk_id: managedDisk.id } : {}),
    ...(managedDisk.storageAccountType !== undefined ? { storage_account_type: managedDisk.storageAccountType } : {}),
  };
}

/** Upstream's state: the last status' code, after the slash, upper-cased (`PowerState/running` → `RUNNING`). */
function instanceState(statuses: { code?: string }[]): string | null {
  const code = statuses.at(-1)?.code;
  return code ? (code.split('/').pop() ?? '').toUpperCase() : null;
}

const LINUX_DISTROS: [string, string][] = [
  ['suse', 'suse'],
  ['rhel', 'redhat'],
  ['centos', 'centos'],
  ['cent', 'centos'],
  ['fedora', 'fedora'],
  ['ubuntu', 'ubuntu'],
  ['oracle', 'oraclelinux'],
  ['debian', 'debian'],
];

/** Upstream's distro names from the image offer (matched lower-case; Windows by server year). */
function osDistro(osType: string, offer: string): string {
  const lower = offer.toLowerCase();
  if (osType === 'LINUX') return LINUX_DISTROS.find(([k]) => lower.includes(k))?.[1] ?? 'linux';
  const parts = offer.split('-');
  const year = ['2016', '2019', '2012'].find((y) => parts.includes(y));
  if (!year) return 'windows';
  return parts.includes('R2_RTM') ? `win${year}r2` : `win${year}`;
}

function portRange(range: string | undefined): [number | null, number | null] {
  if (!range || range === '*') return [0, 65535];
  const [a, b] = range.split('-').map(Number);
  return Number.isFinite(a) ? [a, Number.isFinite(b) ? b : a] : [null, null];
}

import type { compute_v1 } from '@googleapis/compute';
import type { storage_v1 } from '@googleapis/storage';
import { seeded } from '../cloud/seeded';
import { GCP_HTTP_LB, GcpLoadBalancing } from './gcp-load-balancing';

/** Machine types the sandbox uses, with Compute Engine's vCPU and memory figures. */
export const GCP_MACHINE_TYPES: Record<string, { guestCpus: number; memoryMb: number }> = {
  'e2-micro': { guestCpus: 2, memoryMb: 1024 },
  'e2-medium': { guestCpus: 2, memoryMb: 4096 },
  'n2-standard-2': { guestCpus: 2, memoryMb: 8192 },
  'n2-standard-4': { guestCpus: 4, memoryMb: 16384 },
  'c2-standard-8': { guestCpus: 8, memoryMb: 32768 },
  'n2-highmem-2': { guestCpus: 2, memoryMb: 16384 },
};
const MACHINE_TYPES = Object.keys(GCP_MACHINE_TYPES);

/** Real zone names, so that zone → region (first two dash parts) works as on Google Cloud. */
export const GCP_ZONES = [
  'us-central1-a',
  'us-central1-b',
  'us-east1-b',
  'us-east1-c',
  'us-west1-a',
  'us-west1-b',
  'europe-west1-b',
  'europe-west1-c',
  'europe-west3-a',
  'europe-west4-a',
  'asia-northeast1-a',
  'asia-northeast1-b',
  'asia-northeast3-a',
  'asia-northeast3-b',
  'asia-southeast1-a',
  'asia-south1-a',
  'australia-southeast1-a',
  'southamerica-east1-a',
  'northamerica-northeast1-a',
  'me-west1-a',
];
export const DEFAULT_GCP_ZONES = ['us-central1-a', 'us-central1-b', 'europe-west1-b', 'asia-northeast3-a'];

const IMAGES = [
  { project: 'debian-cloud', image: 'debian-12-bookworm-v20240110', license: 'debian-12-bookworm' },
  { project: 'ubuntu-os-cloud', image: 'ubuntu-2204-jammy-v20240112', license: 'ubuntu-2204-lts' },
  { project: 'rhel-cloud', image: 'rhel-9-v20240110', license: 'rhel-9-server' },
  { project: 'windows-cloud', image: 'windows-server-2022-dc-v20240111', license: 'windows-server-2022-dc' },
] as const;
const STATUSES = [
  ['RUNNING', 0.8],
  ['TERMINATED', 0.15],
  ['STAGING', 0.05],
] as const;
const BASE_TIME = Date.UTC(2025, 0, 1);
const DAY = 86_400_000;
const NETWORKS = ['default', 'production'] as const;

export const zoneToRegion = (zone: string) => zone.split('-').slice(0, 2).join('-');
const lastPart = (url: string | null | undefined) => (url ?? '').split('/').pop() ?? '';

/**
 * One project's Compute Engine and Cloud Storage resources, each made from the seed and its index
 * alone (nothing stored): instance N of a zone is made without instances 0..N-1, so a page of an
 * aggregated list costs the items asked for, whatever the project's size.
 */
export class GcpProject {
  readonly projectNumber: string;
  readonly regions: string[];
  /** The load balancers' pieces (forwarding rules, proxies, URL maps, backend services, health checks, target pools). */
  readonly loadBalancing: GcpLoadBalancing;
  constructor(
    readonly seed: number,
    readonly projectId: string,
    readonly zones: readonly string[],
    readonly instancesPerZone: number,
    readonly bucketCount: number,
    readonly snapshotCount: number,
    readonly machineImageCount = 2,
    readonly instanceTemplateCount = 2,
    /** Adds a regional managed group per region (`rmig-<region>`); off by default. */
    readonly regionalGroups = false,
  ) {
    this.projectNumber = String(100_000_000_000 + seeded(seed, projectId, 'number').int(0, 899_999_999_999));
    this.regions = [...new Set(zones.map(zoneToRegion))];
    this.loadBalancing = new GcpLoadBalancing(this);
  }

  /** A Compute Engine URL of the project (`…/projects/<p>/<path>`). */
  base = (path: string) => `https://www.googleapis.com/compute/v1/projects/${this.projectId}/${path}`;

  /** A stable numeric id (as Compute Engine's, a string) for the key. */
  numericId(...key: (string | number)[]): string {
    const r = seeded(this.seed, this.projectId, ...key);
    return `${r.int(1_000_000, 9_999_999)}${r.int(100_000_000, 999_999_999)}${r.int(100, 999)}`;
  }

  /** A stable creation time for the key, within 2025. */
  time(...key: (string | number)[]): string {
    return new Date(BASE_TIME + seeded(this.seed, this.projectId, 'time', ...key).int(0, 300) * DAY).toISOString();
  }

  // --- network ----------------------------------------------------------------------------------

  networks(): compute_v1.Schema$Network[] {
    return NETWORKS.map((name) => ({
      kind: 'compute#network',
      id: this.numericId('network', name),
      name,
      creationTimestamp: this.time('network', name),
      description: name === 'default' ? 'Default network for the project' : 'Production VPC',
      selfLink: this.base(`global/networks/${name}`),
      autoCreateSubnetworks: name === 'default',
      routingConfig: { routingMode: 'REGIONAL' },
      subnetworks: this.regions.map((r) => this.base(`regions/${r}/subnetworks/${name}-${r}`)),
      mtu: 1460,
      ...(name === 'production' ? { peerings: [this.peering()] } : {}),
    }));
  }

  /** The production network's peering with a network of another project (which exports its custom routes). */
  private peering(): compute_v1.Schema$NetworkPeering {
    return {
      name: 'production-to-shared',
      network: 'https://www.googleapis.com/compute/v1/projects/shared-vpc-host/global/networks/shared',
      state: 'ACTIVE',
      stateDetails: '[2024-01-01T00:00:00.000-00:00]: Connected.',
      autoCreateRoutes: true,
      exchangeSubnetRoutes: true,
      exportCustomRoutes: true,
      importCustomRoutes: false,
      exportSubnetRoutesWithPublicIp: true,
      importSubnetRoutesWithPublicIp: false,
      stackType: 'IPV4_ONLY',
      peerMtu: 1460,
    };
  }

  /** One subnet per network and region: `10.<network>.<region>.0/24`. */
  subnetworks(region: string): compute_v1.Schema$Subnetwork[] {
    const r = this.regions.indexOf(region);
    return NETWORKS.map((network, n) => ({
      kind: 'compute#subnetwork',
      id: this.numericId('subnet', network, region),
      name: `${network}-${region}`,
      creationTimestamp: this.time('subnet', network, region),
      network: this.base(`global/networks/${network}`),
      ipCidrRange: `10.${n}.${r}.0/24`,
      gatewayAddress: `10.${n}.${r}.1`,
      region: this.base(`regions/${region}`),
      selfLink: this.base(`regions/${region}/subnetworks/${network}-${region}`),
      privateIpGoogleAccess: n === 1,
      stackType: 'IPV4_ONLY',
    }));
  }

  firewalls(): compute_v1.Schema$Firewall[] {
    const rule = (
      name: string,
      network: string,
      allowed: compute_v1.Schema$Firewall['allowed'],
      extra: Partial<compute_v1.Schema$Firewall> = {},
    ): compute_v1.Schema$Firewall => ({
      kind: 'compute#firewall',
      id: this.numericId('firewall', name),
      name,
      creationTimestamp: this.time('firewall', name),
      network: this.base(`global/networks/${network}`),
      priority: 1000,
      direction: 'INGRESS',
      sourceRanges: ['0.0.0.0/0'],
      allowed,
      disabled: false,
      logConfig: { enable: false },
      selfLink: this.base(`global/firewalls/${name}`),
      ...extra,
    });
    return [
      rule('default-allow-ssh', 'default', [{ IPProtocol: 'tcp', ports: ['22'] }], { priority: 65534 }),
      rule('default-allow-icmp', 'default', [{ IPProtocol: 'icmp' }], { priority: 65534 }),
      rule('default-allow-internal', 'default', [{ IPProtocol: 'tcp', ports: ['0-65535'] }], {
        priority: 65534,
        sourceRanges: ['10.128.0.0/9'],
      }),
      rule('production-allow-https', 'production', [{ IPProtocol: 'tcp', ports: ['443'] }], { targetTags: ['web'] }),
    ];
  }

  /** A default internet route per network and one local route per subnet. */
  routes(): compute_v1.Schema$Route[] {
    return NETWORKS.flatMap((network, n) => [
      {
        kind: 'compute#route',
        id: this.numericId('route', network),
        name: `default-route-${seeded(this.seed, network).hex(16)}`,
        creationTimestamp: this.time('route', network),
        description: 'Default route to the Internet.',
        network: this.base(`global/networks/${network}`),
        destRange: '0.0.0.0/0',
        priority: 1000,
        nextHopGateway: this.base('global/gateways/default-internet-gateway'),
        selfLink: this.base(`global/routes/default-route-${seeded(this.seed, network).hex(16)}`),
      },
      ...this.regions.map((region, r) => {
        const name = `default-route-${seeded(this.seed, network, region).hex(16)}`;
        return {
          kind: 'compute#route',
          id: this.numericId('route', network, region),
          name,
          creationTimestamp: this.time('route', network, region),
          description: `Default local route to the subnetwork 10.${n}.${r}.0/24.`,
          network: this.base(`global/networks/${network}`),
          destRange: `10.${n}.${r}.0/24`,
          priority: 0,
          nextHopNetwork: this.base(`global/networks/${network}`),
          selfLink: this.base(`global/routes/${name}`),
        };
      }),
    ]);
  }

  /**
   * One reserved external address per region (in use by the region's first instance) and one global
   * (the HTTP load balancer's); each region also reserves an internal address of its production subnet.
   */
  addresses(region?: string): compute_v1.Schema$Address[] {
    if (!region)
      return [
        {
          kind: 'compute#address',
          id: this.numericId('address', 'global'),
          name: 'lb-global-ip',
          address: GCP_HTTP_LB.address,
          addressType: 'EXTERNAL',
          ipVersion: 'IPV4',
          status: 'IN_USE',
          users: [this.base(`global/forwardingRules/${GCP_HTTP_LB.forwardingRule}`)],
          networkTier: 'PREMIUM',
          creationTimestamp: this.time('address', 'global'),
          selfLink: this.base('global/addresses/lb-global-ip'),
        },
      ];
    const r = this.regions.indexOf(region);
    const user = this.zones.find((z) => zoneToRegion(z) === region);
    const inUse = user !== undefined && this.instancesPerZone > 0;
    return [
      {
        kind: 'compute#address',
        id: this.numericId('address', region),
        name: `static-ip-${region}`,
        address: this.natIp(region, r),
        addressType: 'EXTERNAL',
        status: inUse ? 'IN_USE' : 'RESERVED',
        networkTier: 'PREMIUM',
        region: this.base(`regions/${region}`),
        users: inUse ? [this.base(`zones/${user}/instances/${this.instanceName(user, 0)}`)] : [],
        creationTimestamp: this.time('address', region),
        selfLink: this.base(`regions/${region}/addresses/static-ip-${region}`),
      },
      {
        kind: 'compute#address',
        id: this.numericId('address', 'internal', region),
        name: `internal-ip-${region}`,
        address: `10.1.${r}.5`,
        addressType: 'INTERNAL',
        purpose: 'GCE_ENDPOINT',
        status: 'RESERVED',
        region: this.base(`regions/${region}`),
        subnetwork: this.base(`regions/${region}/subnetworks/production-${region}`),
        networkTier: 'PREMIUM',
        creationTimestamp: this.time('address', 'internal', region),
        selfLink: this.base(`regions/${region}/addresses/internal-ip-${region}`),
      },
    ];
  }

  private natIp(region: string, r: number): string {
    return `35.${200 + (r % 50)}.${seeded(this.seed, region, 'nat').int(0, 255)}.10`;
  }

  // --- compute ----------------------------------------------------------------------------------

  machineTypes(zone: string): compute_v1.Schema$MachineType[] {
    return MACHINE_TYPES.map((name) => ({
      kind: 'compute#machineType',
      id: this.numericId('machineType', name),
      name,
      description: `${GCP_MACHINE_TYPES[name].guestCpus} vCPUs, ${GCP_MACHINE_TYPES[name].memoryMb / 1024} GB RAM`,
      guestCpus: GCP_MACHINE_TYPES[name].guestCpus,
      memoryMb: GCP_MACHINE_TYPES[name].memoryMb,
      zone,
      selfLink: this.base(`zones/${zone}/machineTypes/${name}`),
    }));
  }

  /**
   * The zone whose resources carry the fields the others leave out: its instance 0 has two GPUs
   * and an `ssh-keys` metadata item, that VM's data disk was detached and attached again, and its
   * managed group auto-heals and is also autoscaled on load-balancing utilization (its autoscaler
   * in error, the group being in no backend service).
   */
  featuredZone(): string {
    return this.zones[this.zones.length - 1];
  }

  instanceName(zone: string, index: number): string {
    return `vm-${zone}-${String(index).padStart(5, '0')}`;
  }

  /** Instance `index` of `zone`: its boot disk has its name; every fourth also has a data disk. */
  instance(zone: string, index: number): compute_v1.Schema$Instance {
    const r = seeded(this.seed, this.projectId, zone, 'instance', index);
    const name = this.instanceName(zone, index);
    const region = zoneToRegion(zone);
    const regionIndex = this.regions.indexOf(region);
    const machineType = r.pick(MACHINE_TYPES);
    const image = r.pick(IMAGES);
    const draw = r.next();
    let acc = 0;
    const status = STATUSES.find(([, p]) => (acc += p) > draw)?.[0] ?? 'RUNNING';
    const network = index % 3 === 2 ? 'production' : 'default';
    const n = NETWORKS.indexOf(network);
    const withPublicIp = r.chance(0.6) || index === 0;
    const labels: Record<string, string> = { env: r.pick(['dev', 'staging', 'prod']), team: r.pick(['core', 'data']) };
    const disks: compute_v1.Schema$AttachedDisk[] = [
      {
        kind: 'compute#attachedDisk',
        type: 'PERSISTENT',
        mode: 'READ_WRITE',
        source: this.base(`zones/${zone}/disks/${name}`),
        deviceName: 'persistent-disk-0',
        index: 0,
        boot: true,
        autoDelete: true,
        interface: 'SCSI',
        diskSizeGb: String(this.diskSize(zone, index, 0)),
        licenses: [`https://www.googleapis.com/compute/v1/projects/${image.project}/global/licenses/${image.license}`],
      },
    ];
    if (index % 4 === 0)
      disks.push({
        kind: 'compute#attachedDisk',
        type: 'PERSISTENT',
        mode: 'READ_WRITE',
        source: this.base(`zones/${zone}/disks/${name}-data`),
        deviceName: 'persistent-disk-1',
        index: 1,
        boot: false,
        autoDelete: false,
        interface: 'SCSI',
        diskSizeGb: String(this.diskSize(zone, index, 1)),
      });
    const vm: compute_v1.Schema$Instance = {
      kind: 'compute#instance',
      id: this.numericId('instance', zone, index),
      creationTimestamp: this.time('instance', zone, index),
      name,
      description: '',
      tags: { items: network === 'production' ? ['web'] : [], fingerprint: r.hex(11) },
      machineType: this.base(`zones/${zone}/machineTypes/${machineType}`),
      status,
      zone: this.base(`zones/${zone}`),
      canIpForward: false,
      networkInterfaces: [
        {
          kind: 'compute#networkInterface',
          network: this.base(`global/networks/${network}`),
          subnetwork: this.base(`regions/${region}/subnetworks/${network}-${region}`),
          networkIP: `10.${n}.${regionIndex}.${(index % 250) + 2}`,
          name: 'nic0',
          fingerprint: r.hex(11),
          stackType: 'IPV4_ONLY',
          accessConfigs: withPublicIp
            ? [
                {
                  kind: 'compute#accessConfig',
                  type: 'ONE_TO_ONE_NAT',
                  name: 'External NAT',
                  natIP:
                    index === 0
                      ? this.natIp(region, regionIndex)
                      : `34.${64 + (index % 60)}.${r.int(0, 255)}.${r.int(1, 254)}`,
                  networkTier: 'PREMIUM',
                },
              ]
            : [],
        },
      ],
      disks,
      metadata: { kind: 'compute#metadata', fingerprint: r.hex(11) },
      serviceAccounts: this.computeServiceAccounts(),
      selfLink: this.base(`zones/${zone}/instances/${name}`),
      scheduling: {
        onHostMaintenance: 'MIGRATE',
        automaticRestart: true,
        preemptible: false,
        provisioningModel: 'STANDARD',
      },
      cpuPlatform: r.pick(['Intel Cascade Lake', 'Intel Ice Lake', 'AMD Rome']),
      labels,
      labelFingerprint: r.hex(11),
      startRestricted: false,
      deletionProtection: r.chance(0.2),
      reservationAffinity: { consumeReservationType: 'ANY_RESERVATION' },
      fingerprint: r.hex(11),
      lastStartTimestamp: this.time('start', zone, index),
    };
    return zone === this.featuredZone() && index === 0 ? this.withGpusAndSshKey(vm) : vm;
  }

  /** `vm` with two T4 GPUs (so it cannot live-migrate) and one user's SSH key in its metadata. */
  private withGpusAndSshKey(vm: compute_v1.Schema$Instance): compute_v1.Schema$Instance {
    const zone = lastPart(vm.zone);
    const key = seeded(this.seed, this.projectId, zone, 'ssh-key').hex(32);
    return {
      ...vm,
      guestAccelerators: [
        { acceleratorType: this.base(`zones/${zone}/acceleratorTypes/nvidia-tesla-t4`), acceleratorCount: 2 },
      ],
      metadata: {
        ...vm.metadata,
        items: [{ key: 'ssh-keys', value: `alice:ssh-ed25519 AAAAC3Nza${key} alice@workstation` }],
      },
      scheduling: { ...vm.scheduling, onHostMaintenance: 'TERMINATE' },
    };
  }

  /** The project's default Compute Engine service account, as instances and templates name it. */
  private computeServiceAccounts(): compute_v1.Schema$ServiceAccount[] {
    return [
      {
        email: `${this.projectNumber}-compute@developer.gserviceaccount.com`,
        scopes: ['https://www.googleapis.com/auth/cloud-platform'],
      },
    ];
  }

  private diskSize(zone: string, index: number, disk: number): number {
    return disk === 0
      ? 10 * seeded(this.seed, zone, 'boot', index).int(1, 5)
      : 100 * seeded(this.seed, zone, 'data', index).int(1, 5);
  }

  /** Disks of a zone (positions 0..count-1), in order: each instance's boot disk, then its data disk when it has one. */
  diskCount(): number {
    return this.instancesPerZone + Math.ceil(this.instancesPerZone / 4);
  }

  disk(zone: string, position: number): compute_v1.Schema$Disk {
    // Position → (instance, disk): groups of 4 instances hold 5 disks (instance 4k has two).
    const group = Math.floor(position / 5);
    const offset = position % 5;
    const index = offset === 0 || offset === 1 ? group * 4 : group * 4 + offset - 1;
    const data = offset === 1;
    const instance = this.instance(zone, index);
    const name = data ? `${instance.name}-data` : instance.name!;
    const image = instance.disks![0].licenses?.[0]?.split('/licenses/')[1];
    const source = IMAGES.find((i) => i.license === image) ?? IMAGES[0];
    return {
      kind: 'compute#disk',
      id: this.numericId('disk', zone, index, data ? 1 : 0),
      creationTimestamp: instance.creationTimestamp,
      name,
      sizeGb: String(this.diskSize(zone, index, data ? 1 : 0)),
      zone: this.base(`zones/${zone}`),
      status: 'READY',
      selfLink: this.base(`zones/${zone}/disks/${name}`),
      type: this.base(`zones/${zone}/diskTypes/${data ? 'pd-ssd' : 'pd-balanced'}`),
      ...(data
        ? {}
        : {
            sourceImage: `https://www.googleapis.com/compute/v1/projects/${source.project}/global/images/${source.image}`,
            licenses: instance.disks![0].licenses,
          }),
      users: [instance.selfLink!],
      labels: instance.labels,
      // the first disk of a zone is backed up by its region's snapshot schedule
      ...(position === 0 ? { resourcePolicies: [this.resourcePolicy(zoneToRegion(zone)).selfLink!] } : {}),
      physicalBlockSizeBytes: '4096',
      lastAttachTimestamp: instance.creationTimestamp,
      // the featured zone's first data disk was detached a day after its creation and attached again an hour later
      ...(data && index === 0 && zone === this.featuredZone()
        ? {
            lastDetachTimestamp: new Date(Date.parse(instance.creationTimestamp!) + DAY).toISOString(),
            lastAttachTimestamp: new Date(Date.parse(instance.creationTimestamp!) + DAY + DAY / 24).toISOString(),
          }
        : {}),
    };
  }

  /** The snapshot schedule of a region (`daily-<region>`: daily at 04:00, kept 14 days). */
  resourcePolicy(region: string): compute_v1.Schema$ResourcePolicy {
    const name = `daily-${region}`;
    return {
      kind: 'compute#resourcePolicy',
      id: this.numericId('resourcePolicy', region),
      creationTimestamp: this.time('resourcePolicy', region),
      name,
      region: this.base(`regions/${region}`),
      selfLink: this.base(`regions/${region}/resourcePolicies/${name}`),
      status: 'READY',
      snapshotSchedulePolicy: {
        schedule: { dailySchedule: { daysInCycle: 1, startTime: '04:00', duration: 'PT14400S' } },
        retentionPolicy: { maxRetentionDays: 14, onSourceDiskDelete: 'KEEP_AUTO_SNAPSHOTS' },
        snapshotProperties: { labels: { schedule: 'daily' }, storageLocations: [region] },
      },
    };
  }

  snapshot(index: number): compute_v1.Schema$Snapshot {
    const zone = this.zones[index % this.zones.length];
    const source = this.instance(zone, 0);
    const name = `snapshot-${String(index).padStart(4, '0')}`;
    return {
      kind: 'compute#snapshot',
      id: this.numericId('snapshot', index),
      creationTimestamp: this.time('snapshot', index),
      name,
      status: 'READY',
      sourceDisk: source.disks![0].source,
      sourceDiskId: this.numericId('disk', zone, 0, 0),
      diskSizeGb: source.disks![0].diskSizeGb,
      storageBytes: String(1_073_741_824 * (1 + (index % 7))),
      storageLocations: [zoneToRegion(zone).split('-')[0]],
      selfLink: this.base(`global/snapshots/${name}`),
      labels: { backup: 'daily' },
      autoCreated: index % 2 === 0,
    };
  }

  /** A machine image of instance `index` of the first zone. */
  machineImage(index: number): compute_v1.Schema$MachineImage {
    const zone = this.zones[0];
    const source = this.instance(zone, index);
    const name = `image-of-${source.name}`;
    return {
      kind: 'compute#machineImage',
      id: this.numericId('machineImage', index),
      creationTimestamp: this.time('machineImage', index),
      name,
      description: `Machine image of ${source.name}`,
      selfLink: this.base(`global/machineImages/${name}`),
      sourceInstance: source.selfLink,
      status: 'READY',
      storageLocations: [zoneToRegion(zone).split('-')[0]],
      totalStorageBytes: String(1_073_741_824 * 10 * (1 + index)),
      instanceProperties: {
        machineType: lastPart(source.machineType),
        disks: source.disks?.map((d) => ({ ...d, source: undefined })),
        networkInterfaces: source.networkInterfaces,
        labels: source.labels,
        scheduling: source.scheduling,
        serviceAccounts: source.serviceAccounts,
        tags: source.tags,
      },
    };
  }

  instanceTemplate(index: number): compute_v1.Schema$InstanceTemplate {
    const name = `template-${index}`;
    const machineType = MACHINE_TYPES[index % MACHINE_TYPES.length];
    const network = NETWORKS[index % NETWORKS.length];
    return {
      kind: 'compute#instanceTemplate',
      id: this.numericId('instanceTemplate', index),
      creationTimestamp: this.time('instanceTemplate', index),
      name,
      description: `Template ${index}`,
      selfLink: this.base(`global/instanceTemplates/${name}`),
      properties: {
        machineType,
        canIpForward: false,
        tags: { items: network === 'production' ? ['web'] : [] },
        disks: [
          {
            type: 'PERSISTENT',
            mode: 'READ_WRITE',
            boot: true,
            autoDelete: true,
            deviceName: 'persistent-disk-0',
            initializeParams: {
              sourceImage: `projects/${IMAGES[index % IMAGES.length].project}/global/images/${IMAGES[index % IMAGES.length].image}`,
              diskSizeGb: '20',
              diskType: 'pd-balanced',
            },
          },
        ],
        networkInterfaces: [{ network: this.base(`global/networks/${network}`), accessConfigs: [] }],
        scheduling: { onHostMaintenance: 'MIGRATE', automaticRestart: true, preemptible: false },
        serviceAccounts: this.computeServiceAccounts(),
        labels: { template: String(index) },
      },
    };
  }

  /** One managed instance group per zone (`mig-<zone>`, from template-0, members: migMembers), autoscaled between 1 and 4. */
  instanceGroupManager(zone: string): compute_v1.Schema$InstanceGroupManager {
    const name = `mig-${zone}`;
    return {
      kind: 'compute#instanceGroupManager',
      id: this.numericId('igm', zone),
      creationTimestamp: this.time('igm', zone),
      name,
      zone: this.base(`zones/${zone}`),
      instanceTemplate: this.base('global/instanceTemplates/template-0'),
      instanceGroup: this.base(`zones/${zone}/instanceGroups/${name}`),
      baseInstanceName: name,
      targetSize: 2,
      currentActions: { none: 2, creating: 0, deleting: 0, recreating: 0, refreshing: 0, restarting: 0 },
      status: { isStable: true, autoscaler: this.base(`zones/${zone}/autoscalers/${name}-autoscaler`) },
      selfLink: this.base(`zones/${zone}/instanceGroupManagers/${name}`),
      ...(zone === this.featuredZone()
        ? {
            autoHealingPolicies: [
              { healthCheck: this.base(`global/healthChecks/${GCP_HTTP_LB.healthCheck}`), initialDelaySec: 300 },
            ],
          }
        : {}),
    };
  }

  /** The instances (indexes) of `mig-<zone>`: the zone's instances 1 and 2, where it has them. */
  migMembers(zone: string): number[] {
    return [1, 2].filter((i) => i < this.instancesPerZone && this.zones.includes(zone));
  }

  instanceGroup(zone: string): compute_v1.Schema$InstanceGroup {
    const name = `mig-${zone}`;
    const region = zoneToRegion(zone);
    return {
      kind: 'compute#instanceGroup',
      id: this.numericId('ig', zone),
      creationTimestamp: this.time('igm', zone),
      name,
      zone: this.base(`zones/${zone}`),
      network: this.base('global/networks/default'),
      subnetwork: this.base(`regions/${region}/subnetworks/default-${region}`),
      size: 2,
      fingerprint: seeded(this.seed, zone, 'ig').hex(11),
      selfLink: this.base(`zones/${zone}/instanceGroups/${name}`),
    };
  }

  /** With `regionalGroups`, the regions that hold a regional managed group: all, when zones have a 4th instance. */
  regionalGroupRegions(): string[] {
    return this.regionalGroups && this.instancesPerZone > 3 ? this.regions : [];
  }

  /** The members of `rmig-<region>`: instance 3 of each of the region's zones. */
  regionalMigMembers(region: string): { zone: string; index: number }[] {
    if (!this.regionalGroupRegions().includes(region)) return [];
    return this.zones.filter((z) => zoneToRegion(z) === region).map((zone) => ({ zone, index: 3 }));
  }

  /** The regional managed group of a region (`rmig-<region>`, from template-1, spread over its zones), autoscaled. */
  regionalInstanceGroupManager(region: string): compute_v1.Schema$InstanceGroupManager {
    const name = `rmig-${region}`;
    const members = this.regionalMigMembers(region);
    return {
      kind: 'compute#instanceGroupManager',
      id: this.numericId('rigm', region),
      creationTimestamp: this.time('rigm', region),
      name,
      region: this.base(`regions/${region}`),
      distributionPolicy: {
        zones: members.map((m) => ({ zone: this.base(`zones/${m.zone}`) })),
        targetShape: 'EVEN',
      },
      instanceTemplate: this.base('global/instanceTemplates/template-1'),
      instanceGroup: this.base(`regions/${region}/instanceGroups/${name}`),
      baseInstanceName: name,
      targetSize: members.length,
      currentActions: { none: members.length, creating: 0, deleting: 0, recreating: 0, refreshing: 0, restarting: 0 },
      status: { isStable: true, autoscaler: this.base(`regions/${region}/autoscalers/${name}-autoscaler`) },
      selfLink: this.base(`regions/${region}/instanceGroupManagers/${name}`),
    };
  }

  regionalInstanceGroup(region: string): compute_v1.Schema$InstanceGroup {
    const name = `rmig-${region}`;
    return {
      kind: 'compute#instanceGroup',
      id: this.numericId('rig', region),
      creationTimestamp: this.time('rigm', region),
      name,
      region: this.base(`regions/${region}`),
      network: this.base('global/networks/default'),
      subnetwork: this.base(`regions/${region}/subnetworks/default-${region}`),
      size: this.regionalMigMembers(region).length,
      fingerprint: seeded(this.seed, region, 'rig').hex(11),
      selfLink: this.base(`regions/${region}/instanceGroups/${name}`),
    };
  }

  regionalAutoscaler(region: string): compute_v1.Schema$Autoscaler {
    const name = `rmig-${region}-autoscaler`;
    return {
      kind: 'compute#autoscaler',
      id: this.numericId('rautoscaler', region),
      creationTimestamp: this.time('rigm', region),
      name,
      region: this.base(`regions/${region}`),
      target: this.base(`regions/${region}/instanceGroupManagers/rmig-${region}`),
      autoscalingPolicy: {
        minNumReplicas: 2,
        maxNumReplicas: 6,
        coolDownPeriodSec: 90,
        cpuUtilization: { utilizationTarget: 0.7 },
        mode: 'ONLY_SCALE_OUT',
      },
      status: 'ACTIVE',
      recommendedSize: this.regionalMigMembers(region).length,
      selfLink: this.base(`regions/${region}/autoscalers/${name}`),
    };
  }

  /** The featured zone's autoscaler: also on load-balancing utilization, in error as its group backs no service. */
  private withLoadBalancingSignal(a: compute_v1.Schema$Autoscaler): compute_v1.Schema$Autoscaler {
    return {
      ...a,
      autoscalingPolicy: { ...a.autoscalingPolicy, loadBalancingUtilization: { utilizationTarget: 0.8 } },
      status: 'ERROR',
      statusDetails: [
        {
          message:
            'The instance group is not attached to any backend service, so the load balancing signal is unavailable.',
          type: 'BACKEND_SERVICE_DOES_NOT_EXIST',
        },
      ],
    };
  }

  autoscaler(zone: string): compute_v1.Schema$Autoscaler {
    const name = `mig-${zone}-autoscaler`;
    const autoscaler: compute_v1.Schema$Autoscaler = {
      kind: 'compute#autoscaler',
      id: this.numericId('autoscaler', zone),
      creationTimestamp: this.time('igm', zone),
      name,
      zone: this.base(`zones/${zone}`),
      target: this.base(`zones/${zone}/instanceGroupManagers/mig-${zone}`),
      autoscalingPolicy: {
        minNumReplicas: 1,
        maxNumReplicas: 4,
        coolDownPeriodSec: 60,
        cpuUtilization: { utilizationTarget: 0.6 },
        mode: 'ON',
      },
      status: 'ACTIVE',
      recommendedSize: 2,
      selfLink: this.base(`zones/${zone}/autoscalers/${name}`),
    };
    return zone === this.featuredZone() ? this.withLoadBalancingSignal(autoscaler) : autoscaler;
  }

  /**
   * Bucket N: in a region of the project (every third in the `US` multi-region), Standard or
   * Nearline, uniform bucket-level access on the even ones. Bucket 1 has lifecycle rules, bucket 2
   * a retention policy and a public IAM policy. `full` adds the ACLs `projection=full` returns (a
   * bucket with uniform access has none).
   */
  bucket(index: number, projection: 'full' | 'noAcl' = 'noAcl'): storage_v1.Schema$Bucket {
    const region = this.regions[index % this.regions.length];
    const name = `${this.projectId}-bucket-${index}`;
    const uniform = index % 2 === 0;
    const owners = { entity: `project-owners-${this.projectNumber}`, role: 'OWNER', etag: 'CAE=' };
    const team = { projectTeam: { projectNumber: this.projectNumber, team: 'owners' } };
    return {
      kind: 'storage#bucket',
      id: name,
      name,
      selfLink: `https://www.googleapis.com/storage/v1/b/${name}`,
      projectNumber: this.projectNumber,
      metageneration: '1',
      location: index % 3 === 2 ? 'US' : region.toUpperCase(),
      locationType: index % 3 === 2 ? 'multi-region' : 'region',
      storageClass: index % 2 ? 'NEARLINE' : 'STANDARD',
      etag: 'CAE=',
      timeCreated: this.time('bucket', index),
      updated: this.time('bucket', index),
      labels: { owner: 'data' },
      iamConfiguration: {
        bucketPolicyOnly: { enabled: uniform },
        uniformBucketLevelAccess: { enabled: uniform },
        publicAccessPrevention: this.publicBucket(index) ? 'inherited' : 'enforced',
      },
      versioning: { enabled: index % 2 === 1 },
      rpo: 'DEFAULT',
      ...(index === 1
        ? {
            lifecycle: {
              rule: [
                { action: { type: 'Delete' }, condition: { age: 365 } },
                {
                  action: { type: 'SetStorageClass', storageClass: 'COLDLINE' },
                  condition: { age: 90, matchesStorageClass: ['NEARLINE'] },
                },
              ],
            },
          }
        : {}),
      ...(index === 2
        ? { retentionPolicy: { retentionPeriod: '604800', effectiveTime: this.time('bucket', index), isLocked: false } }
        : {}),
      ...(projection === 'full' && !uniform
        ? {
            acl: [
              {
                kind: 'storage#bucketAccessControl',
                id: `${name}/${owners.entity}`,
                selfLink: `https://www.googleapis.com/storage/v1/b/${name}/acl/${owners.entity}`,
                bucket: name,
                ...owners,
                ...team,
              },
            ],
            defaultObjectAcl: [{ kind: 'storage#objectAccessControl', ...owners, ...team }],
          }
        : {}),
    };
  }

  /** Bucket 2 is readable by everyone (`allUsers` objectViewer). */
  publicBucket(index: number): boolean {
    return index === 2;
  }

  /** `buckets.getIamPolicy` of bucket N: the project's legacy bucket roles (and `allUsers` for the public one). */
  bucketIamPolicy(index: number): storage_v1.Schema$Policy {
    const n = this.projectNumber;
    return {
      kind: 'storage#policy',
      resourceId: `projects/_/buckets/${this.projectId}-bucket-${index}`,
      version: 1,
      etag: 'CAE=',
      bindings: [
        { role: 'roles/storage.legacyBucketOwner', members: [`projectEditor:${n}`, `projectOwner:${n}`] },
        { role: 'roles/storage.legacyBucketReader', members: [`projectViewer:${n}`] },
        ...(this.publicBucket(index) ? [{ role: 'roles/storage.objectViewer', members: ['allUsers'] }] : []),
      ],
    };
  }
}

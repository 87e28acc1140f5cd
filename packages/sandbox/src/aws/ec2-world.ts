import type {
  Address,
  Image,
  Instance,
  InstanceTypeInfo,
  LaunchTemplate,
  SecurityGroup,
  Snapshot,
  Subnet,
  Volume,
  Vpc,
} from '@aws-sdk/client-ec2';
import type { AutoScalingGroup, LaunchConfiguration } from '@aws-sdk/client-auto-scaling';
import type {
  Listener,
  LoadBalancer,
  TargetGroup,
  TargetHealthDescription,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import type { InstanceInformation } from '@aws-sdk/client-ssm';
import { seeded } from '../cloud/seeded';

/** Instance types the sandbox uses, with AWS's vCPU and memory figures. */
export const INSTANCE_TYPES: Record<string, { vcpus: number; memoryMiB: number }> = {
  't3.micro': { vcpus: 2, memoryMiB: 1024 },
  't3.medium': { vcpus: 2, memoryMiB: 4096 },
  'm5.large': { vcpus: 2, memoryMiB: 8192 },
  'm5.xlarge': { vcpus: 4, memoryMiB: 16384 },
  'c5.2xlarge': { vcpus: 8, memoryMiB: 16384 },
  'r5.large': { vcpus: 2, memoryMiB: 16384 },
};
const TYPES = Object.keys(INSTANCE_TYPES);
const PUBLIC_IMAGES = [
  { name: 'amzn2-ami-hvm-2.0.20240109.0-x86_64-gp2', platform: undefined, ssm: ['Amazon Linux', '2'] },
  {
    name: 'ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-20240101',
    platform: undefined,
    ssm: ['Ubuntu', '22.04'],
  },
  {
    name: 'RHEL-9.2.0_HVM-20230503-x86_64-41-Hourly2-GP2',
    platform: undefined,
    ssm: ['Red Hat Enterprise Linux', '9.2'],
  },
  { name: 'suse-sles-15-sp5-v20231201-hvm-ssd-x86_64', platform: undefined, ssm: ['SLES', '15.5'] },
  {
    name: 'Windows_Server-2019-English-Full-Base-2024.01.10',
    platform: 'windows',
    ssm: ['Microsoft Windows Server 2019 Datacenter', '10.0.17763'],
  },
  {
    name: 'Windows_Server-2016-English-Full-Base-2024.01.10',
    platform: 'windows',
    ssm: ['Microsoft Windows Server 2016 Datacenter', '10.0.14393'],
  },
] as const;
const AMAZON_OWNER = '137112412989';
const BASE_TIME = Date.UTC(2025, 0, 1);
const DAY = 86_400_000;
/** State names of the sandbox's instances, with their EC2 codes; `terminated` ones are listed unless filtered. */
const STATES = [
  ['running', 16, 0.75],
  ['stopped', 80, 0.15],
  ['terminated', 48, 0.05],
  ['stopping', 64, 0.05],
] as const;

/**
 * The resources of one region, each made from the seed and its index alone (nothing is stored):
 * ids carry their index (`i-0<region tag><index, 8 hex><check>`), so a page, a filter by id or an
 * enrichment lookup costs the items asked for, not the region's size.
 */
export class Ec2Region {
  readonly tag: string;
  private readonly memo = new Map<string, unknown>();
  private readonly idPattern = new Map<string, RegExp>();
  constructor(
    readonly seed: number,
    readonly region: string,
    readonly instanceCount: number,
    readonly accountId: string,
  ) {
    this.tag = seeded(seed, region, 'tag').hex(3);
  }

  /** The region's small lists (VPCs, subnets, groups, …) are made once: pages of instances reuse them. */
  private once<T>(key: string, make: () => T): T {
    if (!this.memo.has(key)) this.memo.set(key, make());
    return this.memo.get(key) as T;
  }

  private id(prefix: string, kind: string, index: number): string {
    const check = seeded(this.seed, this.region, kind, index).hex(5);
    return `${prefix}-0${this.tag}${index.toString(16).padStart(8, '0')}${check}`;
  }

  /** The index inside an id this region made, or undefined. */
  indexOf(prefix: string, kind: string, id: string): number | undefined {
    let pattern = this.idPattern.get(prefix);
    if (!pattern)
      this.idPattern.set(prefix, (pattern = new RegExp(`^${prefix}-0${this.tag}([0-9a-f]{8})([0-9a-f]{5})$`)));
    const m = pattern.exec(id);
    if (!m) return undefined;
    const index = parseInt(m[1], 16);
    return this.id(prefix, kind, index) === id ? index : undefined;
  }

  // --- network --------------------------------------------------------------------------------

  vpcs(): Vpc[] {
    return this.once('vpcs', () => {
      return [0, 1].map((v) => ({
        VpcId: this.id('vpc', 'vpc', v),
        OwnerId: this.accountId,
        CidrBlock: `10.${v}.0.0/16`,
        State: 'available',
        IsDefault: v === 0,
        Tags: [{ Key: 'Name', Value: v === 0 ? 'default' : 'production' }],
      }));
    });
  }

  subnets(): Subnet[] {
    return this.once('subnets', () => {
      return [0, 1, 2, 3].map((s) => ({
        SubnetId: this.id('subnet', 'subnet', s),
        SubnetArn: `arn:aws:ec2:${this.region}:${this.accountId}:subnet/${this.id('subnet', 'subnet', s)}`,
        VpcId: this.vpcs()[s >> 1].VpcId,
        CidrBlock: `10.${s >> 1}.${(s & 1) * 128}.0/17`,
        AvailabilityZone: `${this.region}${'ab'[s & 1]}`,
        State: 'available',
        OwnerId: this.accountId,
        Tags: [{ Key: 'Name', Value: `subnet-${s >> 1}-${'ab'[s & 1]}` }],
      }));
    });
  }

  securityGroups(): SecurityGroup[] {
    return this.once('securityGroups', () => {
      const vpcs = this.vpcs();
      const sg = (k: number) => this.id('sg', 'sg', k);
      const everywhere = [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] }];
      return [
        ...vpcs.map((vpc, v) => ({
          GroupId: sg(v),
          GroupName: 'default',
          Description: 'default VPC security group',
          VpcId: vpc.VpcId,
          OwnerId: this.accountId,
          IpPermissions: [{ IpProtocol: '-1', UserIdGroupPairs: [{ GroupId: sg(v), UserId: this.accountId }] }],
          IpPermissionsEgress: everywhere,
        })),
        ...vpcs.flatMap((vpc, v) => [
          {
            GroupId: sg(2 + v * 2),
            GroupName: `web-${v}`,
            Description: 'web servers',
            VpcId: vpc.VpcId,
            OwnerId: this.accountId,
            IpPermissions: [
              { IpProtocol: 'tcp', FromPort: 80, ToPort: 80, IpRanges: [{ CidrIp: '0.0.0.0/0', Description: 'http' }] },
              {
                IpProtocol: 'tcp',
                FromPort: 443,
                ToPort: 443,
                Ipv6Ranges: [{ CidrIpv6: '::/0' }],
                IpRanges: [{ CidrIp: '0.0.0.0/0' }],
              },
              { IpProtocol: 'tcp', FromPort: 20, ToPort: 25, IpRanges: [{ CidrIp: '10.0.0.0/8', Description: 'ops' }] },
            ],
            IpPermissionsEgress: everywhere,
            Tags: [{ Key: 'Name', Value: `web-${v}` }],
          },
          {
            GroupId: sg(3 + v * 2),
            GroupName: `db-${v}`,
            Description: 'databases',
            VpcId: vpc.VpcId,
            OwnerId: this.accountId,
            IpPermissions: [
              {
                IpProtocol: 'tcp',
                FromPort: 3306,
                ToPort: 3306,
                UserIdGroupPairs: [{ GroupId: sg(2 + v * 2), Description: 'from web' }],
              },
              { IpProtocol: '-1', IpRanges: [{ CidrIp: '203.0.113.0/24', Description: 'admin network' }] },
              { IpProtocol: 'udp', FromPort: 161, ToPort: 161, PrefixListIds: [{ PrefixListId: 'pl-0a1b2c3d' }] },
            ],
            IpPermissionsEgress: everywhere,
          },
        ]),
      ];
    });
  }

  // --- images -----------------------------------------------------------------------------------

  /** The public images instances run (owned by Amazon) and the account's own AMIs. */
  ownImageCount(): number {
    return Math.max(1, Math.floor(this.instanceCount / 50));
  }

  publicImage(k: number): Image {
    return this.once(`publicImage:${k}`, () => this.makePublicImage(k));
  }

  private makePublicImage(k: number): Image {
    const spec = PUBLIC_IMAGES[k];
    return {
      ImageId: this.id('ami', 'ami-public', k),
      Name: spec.name,
      Architecture: 'x86_64',
      OwnerId: AMAZON_OWNER,
      Public: true,
      State: 'available',
      ImageType: 'machine',
      // EC2 answers lower-case `windows` (the SDK's enum says `Windows`).
      Platform: spec.platform as Image['Platform'],
      PlatformDetails: spec.platform ? 'Windows' : 'Linux/UNIX',
      RootDeviceType: 'ebs',
      RootDeviceName: '/dev/xvda',
      VirtualizationType: 'hvm',
      Hypervisor: 'xen',
      CreationDate: new Date(BASE_TIME - 400 * DAY).toISOString(),
    };
  }

  ownImage(k: number): Image {
    return {
      ...this.publicImage(k % PUBLIC_IMAGES.length),
      ImageId: this.id('ami', 'ami-own', k),
      Name: `golden-image-${k}`,
      OwnerId: this.accountId,
      Public: false,
      Description: `golden image #${k}`,
      Tags: [{ Key: 'Name', Value: `golden-${k}` }],
      BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { SnapshotId: this.snapshotId(k), VolumeSize: 8 } }],
    };
  }

  imageById(id: string): Image | undefined {
    const pub = this.indexOf('ami', 'ami-public', id);
    if (pub !== undefined && pub < PUBLIC_IMAGES.length) return this.publicImage(pub);
    const own = this.indexOf('ami', 'ami-own', id);
    return own !== undefined && own < this.ownImageCount() ? this.ownImage(own) : undefined;
  }

  // --- instances --------------------------------------------------------------------------------

  /** The id of instance `i`, without making the instance. */
  instanceId(i: number): string {
    return this.id('i', 'instance', i);
  }

  instance(i: number): Instance {
    const r = seeded(this.seed, this.region, 'instance', i);
    const draw = r.next();
    let acc = 0;
    const [stateName, stateCode] = STATES.find(([, , p]) => (acc += p) > draw) ?? STATES[0];
    const imageIndex = r.int(0, PUBLIC_IMAGES.length - 1);
    const image = PUBLIC_IMAGES[imageIndex];
    const subnet = this.subnets()[r.int(0, 3)];
    const v = subnet.VpcId === this.vpcs()[0].VpcId ? 0 : 1;
    const groups = this.securityGroups().filter((g) => g.VpcId === subnet.VpcId);
    const sgs = r.chance(0.5) ? [groups[0], groups[1]] : [groups[1 + (i % 2)]];
    const type = r.pick(TYPES);
    const id = this.id('i', 'instance', i);
    const ip = this.privateIp(i, subnet);
    const running = stateName === 'running';
    const publicIp = running && r.chance(0.5) ? `54.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` : undefined;
    const launch = new Date(BASE_TIME - r.int(1, 700) * DAY);
    const name = r.chance(0.9) ? `server-${this.region}-${i}` : undefined;
    const nics = r.chance(0.1) ? 2 : 1;
    return {
      InstanceId: id,
      ImageId: this.publicImage(imageIndex).ImageId,
      InstanceType: type as Instance['InstanceType'],
      AmiLaunchIndex: 0,
      KernelId: image.platform ? undefined : undefined,
      KeyName: `key-${i % 3}`,
      LaunchTime: launch,
      Monitoring: { State: r.chance(0.2) ? 'enabled' : 'disabled' },
      Placement: { AvailabilityZone: subnet.AvailabilityZone, GroupName: '', Tenancy: 'default' },
      Platform: image.platform as Instance['Platform'],
      PlatformDetails: image.platform ? 'Windows' : 'Linux/UNIX',
      UsageOperation: image.platform ? 'RunInstances:0002' : 'RunInstances',
      UsageOperationUpdateTime: launch,
      PrivateDnsName: `ip-${ip.replace(/\./g, '-')}.ec2.internal`,
      PrivateIpAddress: ip,
      PublicIpAddress: publicIp,
      State: { Code: stateCode, Name: stateName },
      StateTransitionReason: stateName === 'stopped' ? 'User initiated (2025-01-01 00:00:00 GMT)' : '',
      SubnetId: subnet.SubnetId,
      VpcId: subnet.VpcId,
      Architecture: 'x86_64',
      RootDeviceName: '/dev/xvda',
      RootDeviceType: 'ebs',
      BlockDeviceMappings:
        stateName === 'terminated'
          ? []
          : this.volumeSlots(i).map((slot) => ({
              DeviceName: slot === 0 ? '/dev/xvda' : '/dev/sdf',
              Ebs: {
                VolumeId: this.volumeId(i * 2 + slot),
                Status: 'attached',
                DeleteOnTermination: slot === 0,
                AttachTime: launch,
              },
            })),
      EbsOptimized: type.startsWith('m5') || type.startsWith('c5'),
      EnaSupport: true,
      Hypervisor: 'xen',
      IamInstanceProfile: r.chance(0.3)
        ? {
            Arn: `arn:aws:iam::${this.accountId}:instance-profile/app-profile`,
            Id: `AIPA${this.tag.toUpperCase()}PROFILE0001`,
          }
        : undefined,
      InstanceLifecycle: r.chance(0.1) ? 'spot' : undefined,
      SecurityGroups: sgs.map((g) => ({ GroupId: g.GroupId, GroupName: g.GroupName })),
      SourceDestCheck: true,
      SriovNetSupport: 'simple',
      VirtualizationType: 'hvm',
      BootMode: 'uefi-preferred',
      CurrentInstanceBootMode: 'legacy-bios',
      TpmSupport: undefined,
      MaintenanceOptions: { AutoRecovery: 'default' },
      EnclaveOptions: { Enabled: false },
      HibernationOptions: { Configured: false },
      CapacityReservationSpecification: { CapacityReservationPreference: 'open' },
      MetadataOptions: { HttpTokens: 'required', HttpEndpoint: 'enabled', State: 'applied' },
      Tags: [...(name ? [{ Key: 'Name', Value: name }] : []), { Key: 'env', Value: i % 2 ? 'prod' : 'dev' }],
      NetworkInterfaces:
        stateName === 'terminated'
          ? []
          : Array.from({ length: nics }, (_, n) => ({
              NetworkInterfaceId: this.id('eni', 'eni', i * 2 + n),
              MacAddress: `0a:${this.tag.slice(0, 2)}:${((i >> 16) & 255).toString(16).padStart(2, '0')}:${((i >> 8) & 255).toString(16).padStart(2, '0')}:${(i & 255).toString(16).padStart(2, '0')}:${n.toString(16).padStart(2, '0')}`,
              PrivateIpAddress: n === 0 ? ip : this.privateIp(i + this.instanceCount, subnet),
              PrivateIpAddresses: [
                { PrivateIpAddress: n === 0 ? ip : this.privateIp(i + this.instanceCount, subnet), Primary: true },
              ],
              SubnetId: subnet.SubnetId,
              VpcId: subnet.VpcId,
              OwnerId: this.accountId,
              Status: 'in-use',
              InterfaceType: 'interface',
              SourceDestCheck: true,
              Attachment: {
                AttachmentId: this.id('eni-attach', 'eni-attach', i * 2 + n),
                DeviceIndex: n,
                Status: 'attached',
                AttachTime: launch,
              },
              Groups: sgs.map((g) => ({ GroupId: g.GroupId, GroupName: g.GroupName })),
              Association:
                n === 0 && publicIp
                  ? {
                      PublicIp: publicIp,
                      PublicDnsName: `ec2-${publicIp.replace(/\./g, '-')}.compute-1.amazonaws.com`,
                      IpOwnerId: 'amazon',
                    }
                  : undefined,
            })),
      ...(v === 0 ? {} : {}),
    };
  }

  instanceById(id: string): Instance | undefined {
    const i = this.indexOf('i', 'instance', id);
    return i !== undefined && i < this.instanceCount ? this.instance(i) : undefined;
  }

  terminationProtection(i: number): boolean {
    return i % 5 === 0;
  }

  private privateIp(i: number, subnet: Subnet): string {
    const [a, b, c] = subnet.CidrBlock!.split('.').map(Number);
    const host = i + 4;
    return `${a}.${b}.${c + ((host >> 8) & 127)}.${host & 255}`;
  }

  instanceTypes(names: string[]): InstanceTypeInfo[] {
    return names
      .filter((n) => n in INSTANCE_TYPES)
      .map((n) => ({
        InstanceType: n as InstanceTypeInfo['InstanceType'],
        VCpuInfo: { DefaultVCpus: INSTANCE_TYPES[n].vcpus, DefaultCores: INSTANCE_TYPES[n].vcpus / 2 },
        MemoryInfo: { SizeInMiB: INSTANCE_TYPES[n].memoryMiB },
        CurrentGeneration: true,
      }));
  }

  // --- volumes and snapshots -------------------------------------------------------------------

  /** The volume slots an instance has: a root volume, and a data volume for every fourth. */
  volumeSlots(i: number): number[] {
    return i % 4 === 0 ? [0, 1] : [0];
  }

  unattachedVolumeCount(): number {
    return Math.floor(this.instanceCount / 20);
  }

  /** Volume index space: 2i + slot for attached volumes, then the unattached ones. */
  volumeIndexEnd(): number {
    return this.instanceCount * 2 + this.unattachedVolumeCount();
  }

  volumeId(v: number): string {
    return this.id('vol', 'volume', v);
  }

  /** The volume at index `v`, or undefined where the index space has a gap. */
  volume(v: number): Volume | undefined {
    const r = seeded(this.seed, this.region, 'volume', v);
    const attachedTo = v < this.instanceCount * 2 ? v >> 1 : undefined;
    let instance: Instance | undefined;
    if (attachedTo !== undefined) {
      if (!this.volumeSlots(attachedTo).includes(v & 1)) return undefined;
      instance = this.instance(attachedTo);
      if (instance.State?.Name === 'terminated') return undefined;
    }
    const type = r.pick(['gp3', 'gp2', 'io1', 'st1'] as const);
    const id = this.volumeId(v);
    return {
      VolumeId: id,
      Size: attachedTo !== undefined && (v & 1) === 0 ? 8 : r.int(20, 500),
      VolumeType: type,
      Iops: type === 'st1' ? undefined : type === 'io1' ? 3000 : 3000,
      Encrypted: r.chance(0.5),
      KmsKeyId: undefined,
      State: instance ? 'in-use' : 'available',
      AvailabilityZone: instance?.Placement?.AvailabilityZone ?? `${this.region}a`,
      CreateTime: new Date(BASE_TIME - r.int(1, 700) * DAY),
      MultiAttachEnabled: false,
      Attachments: instance
        ? [
            {
              VolumeId: id,
              InstanceId: instance.InstanceId,
              Device: (v & 1) === 0 ? '/dev/xvda' : '/dev/sdf',
              State: 'attached',
              AttachTime: instance.LaunchTime,
              DeleteOnTermination: (v & 1) === 0,
            },
          ]
        : [],
      Tags: [{ Key: 'Name', Value: `volume-${v}` }],
    };
  }

  snapshotCount(): number {
    return Math.max(1, Math.floor(this.instanceCount / 10));
  }

  snapshotId(k: number): string {
    return this.id('snap', 'snapshot', k);
  }

  snapshot(k: number): Snapshot {
    const r = seeded(this.seed, this.region, 'snapshot', k);
    return {
      SnapshotId: this.snapshotId(k),
      VolumeId: this.volumeId(k * 2),
      VolumeSize: 8,
      State: 'completed',
      Progress: '100%',
      OwnerId: this.accountId,
      Encrypted: r.chance(0.5),
      StartTime: new Date(BASE_TIME - r.int(1, 300) * DAY),
      Description: `daily backup #${k}`,
      StorageTier: 'standard',
      Tags: [{ Key: 'Name', Value: `backup-${k}` }],
    };
  }

  // --- addresses --------------------------------------------------------------------------------

  addresses(): Address[] {
    return this.once('addresses', () => this.makeAddresses());
  }

  private makeAddresses(): Address[] {
    const out: Address[] = [];
    for (let i = 0; i < this.instanceCount; i += 10) {
      const instance = this.instance(i);
      if (instance.State?.Name !== 'running') continue;
      out.push(this.address(i, instance));
    }
    out.push(this.address(-1), this.address(-2));
    return out;
  }

  address(i: number, instance?: Instance): Address {
    const n = i < 0 ? this.instanceCount + 10 - i : i;
    return {
      AllocationId: this.id('eipalloc', 'eip', n),
      PublicIp: `3.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
      Domain: 'vpc',
      InstanceId: instance?.InstanceId,
      AssociationId: instance ? this.id('eipassoc', 'eip', n) : undefined,
      NetworkInterfaceId: instance?.NetworkInterfaces?.[0]?.NetworkInterfaceId,
      PrivateIpAddress: instance?.PrivateIpAddress,
      NetworkBorderGroup: this.region,
      PublicIpv4Pool: 'amazon',
      Tags: [{ Key: 'Name', Value: instance ? `eip-${i}` : `spare-${-i}` }],
    };
  }

  // --- auto scaling, launch templates ---------------------------------------------------------

  /** Instance i belongs to group `i % 20` when that is 0, 1 or 2 (and it is not terminated). */
  autoScalingGroupOf(i: number): number | undefined {
    return i % 20 < 3 ? i % 20 : undefined;
  }

  launchTemplates(): LaunchTemplate[] {
    return this.once('launchTemplates', () => {
      return [1, 2].map((k) => ({
        LaunchTemplateId: this.id('lt', 'lt', k),
        LaunchTemplateName: `template-${k}`,
        CreateTime: new Date(BASE_TIME - 100 * DAY),
        CreatedBy: `arn:aws:iam::${this.accountId}:user/ops`,
        DefaultVersionNumber: 1,
        LatestVersionNumber: k,
      }));
    });
  }

  launchConfigurations(): LaunchConfiguration[] {
    return this.once('launchConfigurations', () => {
      return [
        {
          LaunchConfigurationName: 'lc-web',
          LaunchConfigurationARN: `arn:aws:autoscaling:${this.region}:${this.accountId}:launchConfiguration:${this.tag}-0001:launchConfigurationName/lc-web`,
          ImageId: this.publicImage(0).ImageId,
          InstanceType: 't3.medium',
          KeyName: 'key-0',
          SecurityGroups: [this.securityGroups()[2].GroupId!],
          CreatedTime: new Date(BASE_TIME - 200 * DAY),
        },
      ];
    });
  }

  autoScalingGroups(): AutoScalingGroup[] {
    return this.once('autoScalingGroups', () => this.makeAutoScalingGroups());
  }

  private makeAutoScalingGroups(): AutoScalingGroup[] {
    const names = ['asg-web', 'asg-api', 'asg-batch'];
    return names.map((name, g) => {
      const members: number[] = [];
      for (let i = g; i < this.instanceCount; i += 20)
        if (this.instance(i).State?.Name !== 'terminated') members.push(i);
      const lt = this.launchTemplates()[g === 1 ? 0 : 1];
      return {
        AutoScalingGroupName: name,
        AutoScalingGroupARN: `arn:aws:autoscaling:${this.region}:${this.accountId}:autoScalingGroup:${this.tag}-000${g}:autoScalingGroupName/${name}`,
        ...(g === 0
          ? { LaunchConfigurationName: 'lc-web' }
          : {
              LaunchTemplate: {
                LaunchTemplateId: lt.LaunchTemplateId,
                LaunchTemplateName: lt.LaunchTemplateName,
                Version: '$Default',
              },
            }),
        MinSize: 0,
        MaxSize: members.length + 2,
        DesiredCapacity: members.length,
        DefaultCooldown: 300,
        AvailabilityZones: [`${this.region}a`, `${this.region}b`],
        HealthCheckType: 'EC2',
        HealthCheckGracePeriod: 300,
        CreatedTime: new Date(BASE_TIME - 150 * DAY),
        VPCZoneIdentifier: this.subnets()
          .map((s) => s.SubnetId)
          .join(','),
        Instances: members.map((i) => {
          const instance = this.instance(i);
          return {
            InstanceId: instance.InstanceId,
            InstanceType: instance.InstanceType,
            AvailabilityZone: instance.Placement!.AvailabilityZone,
            LifecycleState: 'InService',
            HealthStatus: 'Healthy',
            ProtectedFromScaleIn: false,
            ...(g === 0 ? { LaunchConfigurationName: 'lc-web' } : {}),
          };
        }),
        Tags: [
          { Key: 'team', Value: name, PropagateAtLaunch: true, ResourceId: name, ResourceType: 'auto-scaling-group' },
        ],
        TargetGroupARNs: g === 0 ? [this.targetGroups()[0].TargetGroupArn!] : [],
      };
    });
  }

  // --- load balancers -----------------------------------------------------------------------------

  loadBalancers(): LoadBalancer[] {
    return this.once('loadBalancers', () => {
      const vpc = this.vpcs()[1].VpcId;
      return [
        ['web-alb', 'application', 'internet-facing'],
        ['api-nlb', 'network', 'internal'],
      ].map(([name, type, scheme], k) => ({
        LoadBalancerArn: `arn:aws:elasticloadbalancing:${this.region}:${this.accountId}:loadbalancer/${type === 'application' ? 'app' : 'net'}/${name}/${this.tag}000000000${k}`,
        LoadBalancerName: name,
        DNSName: `${name}-${this.tag}.${this.region}.elb.amazonaws.com`,
        Type: type as LoadBalancer['Type'],
        Scheme: scheme as LoadBalancer['Scheme'],
        VpcId: vpc,
        State: { Code: 'active' },
        CreatedTime: new Date(BASE_TIME - 90 * DAY),
        IpAddressType: 'ipv4',
        AvailabilityZones: this.subnets()
          .slice(2)
          .map((s) => ({ ZoneName: s.AvailabilityZone, SubnetId: s.SubnetId })),
      }));
    });
  }

  listeners(loadBalancerArn: string): Listener[] {
    const k = this.loadBalancers().findIndex((lb) => lb.LoadBalancerArn === loadBalancerArn);
    if (k < 0) return [];
    const ports: [string, number][] =
      k === 0
        ? [
            ['HTTP', 80],
            ['HTTPS', 443],
          ]
        : [['TCP', 50051]];
    return ports.map(([protocol, port], n) => ({
      ListenerArn: `${loadBalancerArn.replace(':loadbalancer/', ':listener/')}/${n}`,
      LoadBalancerArn: loadBalancerArn,
      Port: port,
      Protocol: protocol as Listener['Protocol'],
      DefaultActions: [{ Type: 'forward', TargetGroupArn: this.targetGroups()[k].TargetGroupArn }],
    }));
  }

  targetGroups(): TargetGroup[] {
    return this.once('targetGroups', () => {
      const lbs = this.loadBalancers();
      return [
        ['web-tg', 'instance', 'HTTP', 80],
        ['api-tg', 'ip', 'TCP', 50051],
      ].map(([name, targetType, protocol, port], k) => ({
        TargetGroupArn: `arn:aws:elasticloadbalancing:${this.region}:${this.accountId}:targetgroup/${name}/${this.tag}00000000${k}`,
        TargetGroupName: name as string,
        Protocol: protocol as TargetGroup['Protocol'],
        Port: port as number,
        VpcId: this.vpcs()[1].VpcId,
        TargetType: targetType as TargetGroup['TargetType'],
        HealthCheckProtocol: protocol as TargetGroup['Protocol'],
        LoadBalancerArns: [lbs[k].LoadBalancerArn!],
      }));
    });
  }

  /** web-tg targets instances with `i % 50 === 3` by id, api-tg those with `i % 50 === 7` by private IP. */
  targetHealth(targetGroupArn: string): TargetHealthDescription[] {
    return this.once(`targetHealth:${targetGroupArn}`, () => this.makeTargetHealth(targetGroupArn));
  }

  private makeTargetHealth(targetGroupArn: string): TargetHealthDescription[] {
    const k = this.targetGroups().findIndex((tg) => tg.TargetGroupArn === targetGroupArn);
    if (k < 0) return [];
    const out: TargetHealthDescription[] = [];
    for (let i = k === 0 ? 3 : 7; i < this.instanceCount; i += 50) {
      const instance = this.instance(i);
      if (instance.State?.Name === 'terminated') continue;
      out.push({
        Target: { Id: k === 0 ? instance.InstanceId : instance.PrivateIpAddress, Port: k === 0 ? 80 : 50051 },
        TargetHealth: { State: instance.State?.Name === 'running' ? 'healthy' : 'unused' },
      });
    }
    return out;
  }

  // --- SSM ------------------------------------------------------------------------------------------

  /** Every third running instance has the SSM agent. */
  instanceInformation(i: number): InstanceInformation | undefined {
    if (i % 3 !== 0) return undefined;
    const instance = this.instance(i);
    if (instance.State?.Name !== 'running') return undefined;
    const image = PUBLIC_IMAGES.find((p) => p.name === this.imageById(instance.ImageId!)?.Name) ?? PUBLIC_IMAGES[0];
    return {
      InstanceId: instance.InstanceId,
      PingStatus: 'Online',
      LastPingDateTime: new Date(BASE_TIME),
      AgentVersion: '3.3.40.0',
      IsLatestVersion: true,
      PlatformType: image.platform ? 'Windows' : 'Linux',
      PlatformName: image.ssm[0],
      PlatformVersion: image.ssm[1],
      ResourceType: 'EC2Instance',
      IPAddress: instance.PrivateIpAddress,
      ComputerName: instance.PrivateDnsName,
    };
  }
}

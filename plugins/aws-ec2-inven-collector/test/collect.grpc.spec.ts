// The collector through the core-like client, with exactly the keys inventory sends, against an
// AWS sandbox of 4 regions: init, verify, Job.get_tasks, collect of every task and of everything.
import { assertNoSecrets, UPSTREAM_INIT_METADATA, UPSTREAM_RESOURCE_TYPES } from '@cloudforet/plugin-testing';
import { INSTANCE_TYPES, startAwsSandbox, type AwsSandbox } from '@cloudforet/sandbox';
import { sandboxSecret } from './harness';
import { callFailure, startPlugin, type PluginUnderTest, type Message } from './plugin-under-test';
import { countsOf, expectedCounts } from './sandbox-expectations';

type Dict = Message;

const DISTROS: Record<string, string> = {
  'amzn2-ami-hvm-2.0.20240109.0-x86_64-gp2': 'amazonlinux',
  'ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-20240101': 'ubuntu',
  'RHEL-9.2.0_HVM-20230503-x86_64-41-Hourly2-GP2': 'linux',
  'suse-sles-15-sp5-v20231201-hvm-ssd-x86_64': 'suse',
  'Windows_Server-2019-English-Full-Base-2024.01.10': 'win2019',
  'Windows_Server-2016-English-Full-Base-2024.01.10': 'win2016',
};

describe('aws-ec2-inven-collector over gRPC', () => {
  let aws: AwsSandbox;
  let plugin: PluginUnderTest;
  let secret: Record<string, string>;
  const byTask = new Map<string, Dict[]>();

  beforeAll(async () => {
    aws = await startAwsSandbox({ instancesPerRegion: 60 });
    plugin = await startPlugin(aws);
    secret = sandboxSecret(aws);
  });
  afterAll(async () => {
    await plugin.close();
    await aws.close();
  });

  it('init answers upstream`s metadata keys and an options form with region_filter, service_filter, vulnerable_ports', async () => {
    const { metadata } = (await plugin.client.call('Collector.init', { options: {} })) as { metadata: Dict };
    expect(metadata).toMatchObject({
      supported_resource_type: expect.arrayContaining(UPSTREAM_RESOURCE_TYPES),
      ...UPSTREAM_INIT_METADATA,
      options_schema: { type: 'object' },
    });
    expect(Object.keys(metadata.options_schema.properties)).toEqual(
      expect.arrayContaining(['region_filter', 'service_filter', 'vulnerable_ports']),
    );
    expect(metadata.options_schema.properties.vulnerable_ports.default).toBe('22,3306');
  });

  describe('verify', () => {
    const verify = (secret_data: Dict) => plugin.client.call('Collector.verify', { options: {}, secret_data });

    it('accepts the keys after sts:GetCallerIdentity', async () => {
      aws.reset();
      await expect(verify(secret)).resolves.toEqual({});
      expect(aws.calls.calls.map((c) => `${c.service}:${c.action}`)).toEqual(['sts:GetCallerIdentity']);
    });

    it('refuses a wrong secret key with ERROR_AUTHENTICATE_FAILURE that does not contain it', async () => {
      const wrong = { ...secret, aws_secret_access_key: 'wrong/Secret+Key/00000000000000000000000' };
      const error = await callFailure(verify(wrong));
      expect([error.codeName, error.errorCode]).toEqual(['UNAUTHENTICATED', 'ERROR_AUTHENTICATE_FAILURE']);
      expect(error.details).toContain('SignatureDoesNotMatch');
      expect(error.details).not.toContain(wrong.aws_secret_access_key);
      expect(error.details).not.toContain(secret.aws_secret_access_key);
    });

    it('assumes role_arn (without an external id, and with the right one); a wrong or missing external id fails', async () => {
      const [plain, withId] = aws.roles;
      aws.reset();
      await expect(verify({ ...secret, role_arn: plain.arn })).resolves.toEqual({});
      expect(aws.calls.calls.map((c) => `${c.service}:${c.action}`)).toEqual([
        'sts:AssumeRole',
        'sts:GetCallerIdentity',
      ]);
      await expect(verify({ ...secret, role_arn: withId.arn, external_id: withId.externalId })).resolves.toEqual({});
      for (const external_id of [undefined, 'another-external-id']) {
        const error = await callFailure(
          verify({ ...secret, role_arn: withId.arn, ...(external_id ? { external_id } : {}) }),
        );
        expect(error.errorCode).toBe('ERROR_AUTHENTICATE_FAILURE');
        // Every string of secret_data is redacted, the role ARN too.
        expect(error.details).toMatch(
          /sts:AssumeRole of \[REDACTED\] failed: AccessDenied: User: arn:aws:iam::\d{12}:user\/\S+ is not authorized/,
        );
      }
    });
  });

  it('Job.get_tasks answers upstream v2`s tasks: types, regions, metrics, then one per service and region', async () => {
    const { tasks } = (await plugin.client.call('Job.get_tasks', { options: {}, secret_data: secret })) as {
      tasks: Dict[];
    };
    expect(tasks.map((t) => t.task_options)).toEqual([
      { resource_type: 'inventory.CloudServiceType', services: ['EC2'] },
      { resource_type: 'inventory.Region', regions: aws.regions },
      { resource_type: 'inventory.Metric', services: ['EC2'] },
      ...aws.regions.map((region) => ({ resource_type: 'inventory.CloudService', service: 'EC2', region })),
    ]);
    for (const { task_options } of tasks)
      byTask.set(
        JSON.stringify(task_options),
        await plugin.collect({ options: {}, secret_data: secret, task_options }),
      );
  });

  it('each task collects its part: every type of every region, with the counts the sandbox holds', async () => {
    const all = [...byTask.values()].flat();
    expect(all.filter((m) => m.state !== 'SUCCESS')).toEqual([]);
    expect(countsOf(all)).toEqual(expectedCounts(aws));
    const types = all.filter((m) => m.resource_type === 'inventory.CloudServiceType').map((m) => m.resource.name);
    expect(types).toEqual(['Instance', 'Volume', 'Snapshot', 'SecurityGroup', 'AMI', 'AutoScalingGroup', 'EIP']);
    const regions = all.filter((m) => m.resource_type === 'inventory.Region');
    expect(regions.map((m) => [m.resource.region_code, m.match_rules])).toEqual(
      aws.regions.map((r) => [r, { '1': ['provider', 'region_code'] }]),
    );
    expect(regions[0].resource).toEqual({
      name: 'US East (N. Virginia)',
      region_code: 'us-east-1',
      provider: 'aws',
      tags: { latitude: '39.028760', longitude: '-77.458263', continent: 'north_america' },
    });
    const namespaces = all.filter((m) => m.resource_type === 'inventory.Namespace');
    const metrics = all.filter((m) => m.resource_type === 'inventory.Metric');
    expect(namespaces.map((n) => n.resource.namespace_id)).toContain('ns-aws-ec2-instance');
    expect(metrics.find((m) => m.resource.metric_id === 'metric-aws-ec2-instance-count')?.resource).toMatchObject({
      namespace_id: 'ns-aws-ec2-instance',
      resource_type: 'inventory.CloudService:aws.EC2.Instance',
      query_options: { fields: { value: { operator: 'count' } } },
      version: '1.0',
    });
    for (const m of [...namespaces, ...metrics]) expect(m.match_rules).toEqual({});
    // Only the region tasks reach AWS: one task's resources all belong to its region.
    for (const region of aws.regions) {
      const task = byTask.get(JSON.stringify({ resource_type: 'inventory.CloudService', service: 'EC2', region }))!;
      expect(new Set(task.map((m) => m.resource.region_code))).toEqual(new Set([region]));
    }
  });

  it('one instance carries every key of the EC2 data layout, with the sandbox`s own values', () => {
    const world = aws.region('us-west-2');
    const index = [3, 53].find((i) => world.instance(i).State?.Name !== 'terminated')!;
    const raw = world.instance(index);
    const id = raw.InstanceId!;
    const got = [...byTask.values()].flat().find((m) => m.resource?.reference?.resource_id === id)!;
    expect(got).toBeDefined();
    expect(got.match_rules).toEqual({
      '1': ['reference.resource_id', 'provider', 'cloud_service_type', 'cloud_service_group', 'account'],
    });
    const r = got.resource;
    const data = JSON.parse(r.json_data);
    expect(JSON.parse(r.json_metadata)).toEqual({
      view: {
        sub_data: {
          reference: {
            resource_type: 'inventory.CloudServiceType',
            options: { provider: 'aws', cloud_service_group: 'EC2', cloud_service_type: 'Instance' },
          },
        },
      },
    });
    const name = raw.Tags!.find((t) => t.Key === 'Name')?.Value ?? '';
    expect(r).toMatchObject({
      name,
      provider: 'aws',
      cloud_service_group: 'EC2',
      cloud_service_type: 'Instance',
      account: aws.accountId,
      region_code: 'us-west-2',
      instance_type: raw.InstanceType,
      instance_size: 0,
      ip_addresses: raw.NetworkInterfaces!.flatMap((n) => n.PrivateIpAddresses!.map((p) => p.PrivateIpAddress)),
      tags: Object.fromEntries(raw.Tags!.map((t) => [t.Key, t.Value])),
      reference: {
        resource_id: id,
        external_link: `https://us-west-2.console.aws.amazon.com/ec2/v2/home?region=us-west-2#Instances:instanceId=${id}`,
      },
    });
    expect(Object.keys(data).sort()).toEqual(
      [
        'os',
        'aws',
        'hardware',
        'compute',
        'primary_ip_address',
        'nics',
        'disks',
        'load_balancer',
        'security_group',
        'vpc',
        'subnet',
        'cloudwatch',
        'cloudtrail',
      ].sort(),
    );
    const image = world.imageById(raw.ImageId!)!;
    const ssm = world.instanceInformation(index);
    const windows = String(raw.Platform) === 'windows';
    expect(data.os).toEqual({
      // upstream's table, quirks included: `RHEL-…` is plain linux (its match is case-sensitive)
      os_distro: DISTROS[image.Name!],
      os_arch: 'x86_64',
      os_type: windows ? 'WINDOWS' : 'LINUX',
      details: ssm ? `${ssm.PlatformName} ${ssm.PlatformVersion}` : raw.PlatformDetails,
    });
    expect(data.aws).toMatchObject({
      ami_id: raw.ImageId,
      ami_launch_index: 0,
      monitoring_state: raw.Monitoring!.State,
      ebs_optimized: raw.EbsOptimized,
      ena_support: true,
      hypervisor: 'xen',
      placement: raw.Placement,
      termination_protection: world.terminationProtection(index),
      lifecycle: raw.InstanceLifecycle ?? 'scheduled',
      auto_recovery: 'default',
      boot_mode: 'uefi-preferred',
      platform_details: raw.PlatformDetails,
      usage_operation: raw.UsageOperation,
      usage_operation_update_time: raw.LaunchTime!.toISOString(),
      enclave_options: false,
      hibernation_options: false,
      source_desk_check: true,
      sriov_net_support: 'simple',
      capacity_reservation_specification: { CapacityReservationPreference: 'open' },
      root_volume_type: world.volume(index * 2)!.VolumeType,
    });
    const type = INSTANCE_TYPES[raw.InstanceType!];
    expect(data.hardware).toEqual({ core: type.vcpus, memory: Math.round((type.memoryMiB / 1024) * 100) / 100 });
    expect(data.compute).toEqual({
      keypair: raw.KeyName,
      az: raw.Placement!.AvailabilityZone,
      instance_state: raw.State!.Name!.toUpperCase(),
      instance_type: raw.InstanceType,
      launched_at: raw.LaunchTime!.toISOString(),
      instance_id: id,
      instance_name: name,
      security_groups: raw.SecurityGroups!.map((g) => ({
        name: g.GroupName,
        id: g.GroupId,
        display: `${g.GroupName} (${g.GroupId})`,
      })),
      image: image.Name,
      account: aws.accountId,
      tags: { arn: `arn:aws:ec2:us-west-2:${aws.accountId}:instance/${id}` },
    });
    expect(data.primary_ip_address).toBe(raw.PrivateIpAddress);
    const subnet = world.subnets().find((s) => s.SubnetId === raw.SubnetId)!;
    expect(data.nics[0]).toEqual({
      device_index: 0,
      device: '',
      nic_type: 'interface',
      ip_addresses: [raw.PrivateIpAddress],
      cidr: subnet.CidrBlock,
      mac_address: raw.NetworkInterfaces![0].MacAddress,
      public_ip_address: raw.PublicIpAddress ?? '',
      tags: {
        public_dns: raw.NetworkInterfaces![0].Association?.PublicDnsName ?? '',
        eni_id: raw.NetworkInterfaces![0].NetworkInterfaceId,
      },
    });
    expect(data.disks).toEqual(
      world.volumeSlots(index).map((slot, n) => {
        const v = world.volume(index * 2 + slot)!;
        return {
          device_index: n,
          device: v.Attachments![0].Device,
          disk_type: 'EBS',
          size: v.Size,
          tags: {
            volume_id: v.VolumeId,
            volume_type: v.VolumeType,
            encrypted: v.Encrypted,
            ...(v.Iops ? { iops: v.Iops } : {}),
          },
        };
      }),
    );
    expect(data.load_balancer).toEqual([
      {
        endpoint: `web-alb-${world.tag}.us-west-2.elb.amazonaws.com`,
        type: 'application',
        scheme: 'internet-facing',
        name: 'web-alb',
        protocol: ['HTTP', 'HTTPS'],
        port: ['80', '443'],
        tags: { arn: world.loadBalancers()[0].LoadBalancerArn },
      },
    ]);
    expect(data.security_group.length).toBeGreaterThan(0);
    for (const row of data.security_group) {
      expect(raw.SecurityGroups!.map((g) => g.GroupId)).toContain(row.security_group_id);
      expect(row).toEqual(
        expect.objectContaining({
          direction: expect.stringMatching(/^(inbound|outbound)$/),
          protocol: expect.any(String),
          remote: expect.any(String),
          vulnerable_ports: expect.any(Array),
        }),
      );
    }
    const sshRange = data.security_group.find((row: Dict) => row.port === '20 - 25');
    if (sshRange) expect(sshRange.vulnerable_ports).toEqual([22]);
    const all = data.security_group.find(
      (row: Dict) => row.direction === 'inbound' && row.protocol === 'ALL' && row.remote_cidr,
    );
    if (all) expect(all.vulnerable_ports).toEqual([22, 3306]);
    const vpc = world.vpcs().find((v) => v.VpcId === raw.VpcId)!;
    expect(data.vpc).toEqual({
      vpc_arn: `arn:aws:ec2:us-west-2:${aws.accountId}:vpc/${vpc.VpcId}`,
      vpc_id: vpc.VpcId,
      cidr: vpc.CidrBlock,
      vpc_name: 'production' === vpc.Tags![0].Value ? 'production' : 'default',
    });
    expect(data.subnet).toEqual({
      subnet_name: subnet.Tags![0].Value,
      subnet_arn: subnet.SubnetArn,
      subnet_id: subnet.SubnetId,
      cidr: subnet.CidrBlock,
    });
    expect(data.cloudwatch).toEqual({
      region_name: 'us-west-2',
      metrics_info: [
        { Namespace: 'AWS/EC2', Dimensions: [{ Name: 'InstanceId', Value: id }] },
        { Namespace: 'CWAgent', Dimensions: [{ Name: 'InstanceId', Value: id }] },
      ],
    });
    expect(data.cloudtrail).toEqual({
      region_name: 'us-west-2',
      resource_type: 'AWS::EC2::Instance',
      LookupAttributes: [{ AttributeKey: 'ResourceName', AttributeValue: id }],
    });
  });

  it('an instance of an auto scaling group says which, with its launch configuration or template', () => {
    const world = aws.region('eu-west-1');
    const services = [...byTask.values()]
      .flat()
      .filter(
        (m) =>
          m.resource_type === 'inventory.CloudService' &&
          m.resource.cloud_service_type === 'Instance' &&
          m.resource.region_code === 'eu-west-1',
      );
    const [web, api] = world.autoScalingGroups();
    const inGroup = (group: typeof web) =>
      services.find((m) => group.Instances!.some((i) => i.InstanceId === m.resource.reference.resource_id))!;
    expect(JSON.parse(inGroup(web).resource.json_data).auto_scaling_group).toEqual({
      name: 'asg-web',
      arn: web.AutoScalingGroupARN,
      launch_configuration: { name: 'lc-web', arn: world.launchConfigurations()[0].LaunchConfigurationARN },
    });
    expect(JSON.parse(inGroup(api).resource.json_data).auto_scaling_group).toEqual({
      name: 'asg-api',
      arn: api.AutoScalingGroupARN,
      launch_template: api.LaunchTemplate,
    });
  });

  it('collect without task_options collects everything (upstream v2 yields nothing), streamed, with a log line per type', async () => {
    plugin.logs.lines.length = 0;
    const all = await plugin.collect({ options: {}, secret_data: secret });
    expect(all.filter((m) => m.state !== 'SUCCESS')).toEqual([]);
    expect(countsOf(all)).toEqual(expectedCounts(aws));
    const kinds = all.map((m) => m.resource_type);
    expect(kinds.indexOf('inventory.CloudServiceType')).toBe(0);
    expect(kinds.lastIndexOf('inventory.CloudServiceType')).toBeLessThan(kinds.indexOf('inventory.CloudService'));
    expect(kinds.indexOf('inventory.Region')).toBeGreaterThan(kinds.lastIndexOf('inventory.CloudService'));
    const lines = plugin.logs.records().filter((l) => typeof l.cloud_service_type === 'string' && 'count' in l);
    const want = expectedCounts(aws);
    expect(Object.fromEntries(lines.map((l) => [l.cloud_service_type, l.count]))).toEqual(want);
    for (const l of lines)
      expect(l).toEqual(
        expect.objectContaining({
          errors: 0,
          duration_ms: expect.any(Number),
          msg: expect.stringMatching(/^collected EC2\/\w+: \d+ resources, 0 errors in \d+ ms$/),
        }),
      );
  });

  it('region_filter and service_filter narrow the collection', async () => {
    const one = await plugin.collect({
      options: { region_filter: ['ap-northeast-2'], service_filter: ['EC2'] },
      secret_data: secret,
    });
    expect(countsOf(one)).toEqual(expectedCounts(aws, ['ap-northeast-2']));
    expect(one.filter((m) => m.resource_type === 'inventory.Region').map((m) => m.resource.region_code)).toEqual([
      'ap-northeast-2',
    ]);
  });

  it('no secret access key or session token appears in any log line of the run', () => {
    const secrets = [secret.aws_secret_access_key, ...aws.sessions.flatMap((s) => [s.secretAccessKey, s.sessionToken])];
    expect(aws.sessions.length).toBeGreaterThan(0);
    assertNoSecrets(plugin.logs.text, secrets, 'the plugin logs');
  });
});

// The sandbox answered through the real SDK v3 clients we pin, with only endpoint and credentials changed.
import {
  DescribeAddressesCommand,
  DescribeImagesCommand,
  DescribeInstanceAttributeCommand,
  DescribeInstancesCommand,
  DescribeInstanceTypesCommand,
  DescribeRegionsCommand,
  DescribeSecurityGroupsCommand,
  DescribeSnapshotsCommand,
  DescribeVolumesCommand,
  EC2Client,
  paginateDescribeInstances,
} from '@aws-sdk/client-ec2';
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { AutoScalingClient, DescribeAutoScalingGroupsCommand } from '@aws-sdk/client-auto-scaling';
import {
  DescribeListenersCommand,
  DescribeLoadBalancersCommand,
  DescribeTargetHealthCommand,
  ElasticLoadBalancingV2Client,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { DescribeInstanceInformationCommand, SSMClient } from '@aws-sdk/client-ssm';
import { startAwsSandbox } from './start-aws-sandbox';
import type { AwsSandbox } from './aws-sandbox-types';

describe('AWS sandbox (real SDK clients)', () => {
  let aws: AwsSandbox;
  beforeAll(async () => {
    aws = await startAwsSandbox({
      instancesPerRegion: 40,
      deniedRegions: ['eu-west-1'],
      notOptedInRegions: ['af-south-1'],
    });
  });
  afterAll(() => aws.close());
  beforeEach(() => aws.reset());

  const config = (region = 'us-east-1', credentials = aws.accessKey) => ({
    region,
    endpoint: aws.url,
    credentials,
    maxAttempts: 1,
  });

  it('STS: caller identity for a known key; a wrong secret or an unknown key is refused as AWS refuses it', async () => {
    await expect(new STSClient(config()).send(new GetCallerIdentityCommand({}))).resolves.toMatchObject({
      Account: aws.accountId,
      Arn: `arn:aws:iam::${aws.accountId}:user/cloudforet-collector`,
    });
    const wrongSecret = new STSClient(
      config('us-east-1', { ...aws.accessKey, secretAccessKey: 'not-the-secret-0000' }),
    );
    await expect(wrongSecret.send(new GetCallerIdentityCommand({}))).rejects.toMatchObject({
      name: 'SignatureDoesNotMatch',
      $metadata: { httpStatusCode: 403 },
    });
    const unknown = new STSClient(config('us-east-1', { accessKeyId: 'AKIAUNKNOWN000000000', secretAccessKey: 'x' }));
    await expect(unknown.send(new GetCallerIdentityCommand({}))).rejects.toMatchObject({
      name: 'InvalidClientTokenId',
    });
  });

  it('STS AssumeRole: the external id must match; the session works with its token only', async () => {
    const sts = new STSClient(config());
    const [plain, withId] = aws.roles;
    const session = await sts.send(new AssumeRoleCommand({ RoleArn: plain.arn, RoleSessionName: 's1' }));
    expect(session.AssumedRoleUser?.Arn).toBe(`arn:aws:sts::${aws.accountId}:assumed-role/CloudforetCollector/s1`);
    await expect(sts.send(new AssumeRoleCommand({ RoleArn: withId.arn, RoleSessionName: 's2' }))).rejects.toMatchObject(
      {
        name: 'AccessDenied',
      },
    );
    await expect(
      sts.send(new AssumeRoleCommand({ RoleArn: withId.arn, RoleSessionName: 's3', ExternalId: withId.externalId })),
    ).resolves.toMatchObject({ Credentials: { AccessKeyId: expect.stringMatching(/^ASIA/) } });
    const creds = session.Credentials!;
    const temp = {
      accessKeyId: creds.AccessKeyId!,
      secretAccessKey: creds.SecretAccessKey!,
      sessionToken: creds.SessionToken!,
    };
    await expect(
      new STSClient(config('us-east-1', temp)).send(new GetCallerIdentityCommand({})),
    ).resolves.toMatchObject({
      Arn: session.AssumedRoleUser?.Arn,
    });
    const noToken = { accessKeyId: temp.accessKeyId, secretAccessKey: temp.secretAccessKey };
    await expect(
      new STSClient(config('us-east-1', noToken)).send(new GetCallerIdentityCommand({})),
    ).rejects.toMatchObject({
      name: 'InvalidClientTokenId',
    });
  });

  it('EC2: regions with opt-in status; instances paged with NextToken, MaxResults and the state filter', async () => {
    const ec2 = new EC2Client(config());
    const regions = await ec2.send(new DescribeRegionsCommand({ AllRegions: true }));
    expect(regions.Regions?.map((r) => [r.RegionName, r.OptInStatus])).toEqual([
      ['us-east-1', 'opt-in-not-required'],
      ['us-west-2', 'opt-in-not-required'],
      ['eu-west-1', 'opt-in-not-required'],
      ['ap-northeast-2', 'opt-in-not-required'],
      ['af-south-1', 'not-opted-in'],
    ]);
    const states = ['pending', 'running', 'shutting-down', 'stopping', 'stopped'];
    const ids: string[] = [];
    let pages = 0;
    for await (const page of paginateDescribeInstances(
      { client: ec2, pageSize: 5 },
      { Filters: [{ Name: 'instance-state-name', Values: states }] },
    )) {
      pages++;
      for (const r of page.Reservations ?? []) {
        expect(r.OwnerId).toBe(aws.accountId);
        for (const i of r.Instances ?? []) ids.push(i.InstanceId!);
      }
    }
    const world = aws.region('us-east-1');
    const expected = Array.from({ length: 40 }, (_, i) => world.instance(i)).filter(
      (i) => i.State?.Name !== 'terminated',
    );
    expect(ids).toEqual(expected.map((i) => i.InstanceId));
    expect(pages).toBe(Math.ceil(expected.length / 5));

    const one = await ec2.send(new DescribeInstancesCommand({ InstanceIds: [expected[0].InstanceId!] }));
    const got = one.Reservations![0].Instances![0];
    expect(got).toEqual(
      expect.objectContaining({ InstanceId: expected[0].InstanceId, LaunchTime: expected[0].LaunchTime }),
    );
    expect(got.NetworkInterfaces?.[0]?.PrivateIpAddresses?.[0]?.PrivateIpAddress).toBe(expected[0].PrivateIpAddress);
    expect(got.BlockDeviceMappings?.map((b) => b.Ebs?.VolumeId)).toEqual(
      expected[0].BlockDeviceMappings?.map((b) => b.Ebs?.VolumeId),
    );
    expect(got.SecurityGroups).toEqual(expected[0].SecurityGroups);
    expect(got.Tags).toEqual(expected[0].Tags);
  });

  it('EC2: the enrichment calls answer what the region holds', async () => {
    const ec2 = new EC2Client(config('ap-northeast-2'));
    const world = aws.region('ap-northeast-2');
    const instance = world.instance(0);
    const [types, images, attr, volumes, sgs, addresses, snapshots] = await Promise.all([
      ec2.send(new DescribeInstanceTypesCommand({ InstanceTypes: [instance.InstanceType!] })),
      ec2.send(new DescribeImagesCommand({ ImageIds: [instance.ImageId!] })),
      ec2.send(
        new DescribeInstanceAttributeCommand({ InstanceId: instance.InstanceId, Attribute: 'disableApiTermination' }),
      ),
      ec2.send(
        new DescribeVolumesCommand({ Filters: [{ Name: 'attachment.instance-id', Values: [instance.InstanceId!] }] }),
      ),
      ec2.send(new DescribeSecurityGroupsCommand({})),
      ec2.send(new DescribeAddressesCommand({})),
      ec2.send(new DescribeSnapshotsCommand({ OwnerIds: ['self'] })),
    ]);
    expect(types.InstanceTypes?.[0]?.VCpuInfo?.DefaultVCpus).toBeGreaterThan(0);
    expect(images.Images?.[0]?.Name).toBe(world.imageById(instance.ImageId!)?.Name);
    expect(attr.DisableApiTermination?.Value).toBe(true);
    expect(volumes.Volumes?.map((v) => v.VolumeId)).toEqual(instance.BlockDeviceMappings?.map((b) => b.Ebs?.VolumeId));
    expect(sgs.SecurityGroups?.find((g) => g.GroupName === 'web-0')?.IpPermissions?.[1]?.Ipv6Ranges).toEqual([
      { CidrIpv6: '::/0' },
    ]);
    expect(addresses.Addresses?.length).toBe(world.addresses().length);
    expect(snapshots.Snapshots?.length).toBe(world.snapshotCount());
  });

  it('Auto Scaling, ELBv2 (awsQuery) and SSM (awsJson1_1)', async () => {
    const world = aws.region('us-west-2');
    const groups = await new AutoScalingClient(config('us-west-2')).send(new DescribeAutoScalingGroupsCommand({}));
    expect(groups.AutoScalingGroups?.map((g) => g.AutoScalingGroupName)).toEqual(['asg-web', 'asg-api', 'asg-batch']);
    expect(groups.AutoScalingGroups?.[1].LaunchTemplate?.LaunchTemplateName).toBe('template-1');
    const elb = new ElasticLoadBalancingV2Client(config('us-west-2'));
    const lbs = await elb.send(new DescribeLoadBalancersCommand({}));
    expect(lbs.LoadBalancers?.map((l) => [l.Type, l.Scheme])).toEqual([
      ['application', 'internet-facing'],
      ['network', 'internal'],
    ]);
    const listeners = await elb.send(
      new DescribeListenersCommand({ LoadBalancerArn: lbs.LoadBalancers![0].LoadBalancerArn }),
    );
    expect(listeners.Listeners?.map((l) => l.Port)).toEqual([80, 443]);
    const tg = world.targetGroups()[0];
    const health = await elb.send(new DescribeTargetHealthCommand({ TargetGroupArn: tg.TargetGroupArn }));
    expect(health.TargetHealthDescriptions?.map((h) => h.Target?.Id)).toEqual(
      world.targetHealth(tg.TargetGroupArn!).map((h) => h.Target?.Id),
    );
    const ssm = await new SSMClient(config('us-west-2')).send(
      new DescribeInstanceInformationCommand({
        Filters: [{ Key: 'InstanceIds', Values: [world.instance(0).InstanceId!, world.instance(3).InstanceId!] }],
      }),
    );
    const expected = [world.instanceInformation(0), world.instanceInformation(3)].filter(Boolean);
    expect(
      ssm.InstanceInformationList?.map((i) => [i.InstanceId, i.PlatformName, i.LastPingDateTime?.toISOString()]),
    ).toEqual(expected.map((i) => [i!.InstanceId, i!.PlatformName, i!.LastPingDateTime?.toISOString()]));
  });

  it('refuses denied and not-opted-in regions; throttles and 5xx are retried by the SDK; the call log has it all', async () => {
    await expect(new EC2Client(config('eu-west-1')).send(new DescribeVolumesCommand({}))).rejects.toMatchObject({
      name: 'UnauthorizedOperation',
      $metadata: { httpStatusCode: 403 },
    });
    await expect(new EC2Client(config('af-south-1')).send(new DescribeVolumesCommand({}))).rejects.toMatchObject({
      name: 'AuthFailure',
    });
    aws.faults.failNext('throttle', 2);
    aws.faults.failNext('server-error', 1);
    const retrying = new EC2Client({ ...config(), maxAttempts: 5, retryMode: 'standard' });
    await expect(retrying.send(new DescribeRegionsCommand({}))).resolves.toMatchObject({ Regions: expect.any(Array) });
    expect(aws.calls.where({ action: 'DescribeRegions' }).map((c) => [c.status, c.error])).toEqual([
      [503, 'RequestLimitExceeded'],
      [503, 'RequestLimitExceeded'],
      [500, 'InternalError'],
      [200, undefined],
    ]);
    for (const c of aws.calls.calls) expect(c.endedAt).toBeGreaterThanOrEqual(c.startedAt);
    expect(aws.calls.where({ region: 'eu-west-1' })).toEqual([
      expect.objectContaining({ service: 'ec2', action: 'DescribeVolumes', error: 'UnauthorizedOperation' }),
    ]);
  });
});

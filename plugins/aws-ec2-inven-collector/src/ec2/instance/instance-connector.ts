import {
  DescribeImagesCommand,
  DescribeInstanceAttributeCommand,
  DescribeInstancesCommand,
  DescribeInstanceTypesCommand,
  DescribeSecurityGroupsCommand,
  DescribeSubnetsCommand,
  DescribeVolumesCommand,
  DescribeVpcsCommand,
  type _InstanceType,
  type Image,
  type Instance,
  type InstanceTypeInfo,
  type SecurityGroup,
  type Subnet,
  type Volume,
  type Vpc,
} from '@aws-sdk/client-ec2';
import {
  DescribeAutoScalingGroupsCommand,
  DescribeLaunchConfigurationsCommand,
  type AutoScalingGroup,
  type LaunchConfiguration,
} from '@aws-sdk/client-auto-scaling';
import {
  DescribeListenersCommand,
  DescribeLoadBalancersCommand,
  DescribeTargetGroupsCommand,
  DescribeTargetHealthCommand,
  type Listener,
  type LoadBalancer,
  type TargetGroup,
  type TargetHealthDescription,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { DescribeInstanceInformationCommand, type InstanceInformation } from '@aws-sdk/client-ssm';
import { allPages as all, chunks, pages, type RegionContext } from '../region-context';

/** The states upstream collects (terminated instances are left out). */
export const INSTANCE_STATES = ['pending', 'running', 'shutting-down', 'stopping', 'stopped'];
/**
 * Instances per page (upstream: 50). Each page's answer is parsed in one go and its enrichment goes
 * out together, so a moderate page keeps both the event loop's longest task and the burst short.
 */
const PAGE_SIZE = 200;

/** What every instance of a region is matched against: small lists, fetched once per region. */
export interface RegionNetwork {
  vpcs: Vpc[];
  subnets: Subnet[];
  securityGroups: SecurityGroup[];
  autoScalingGroups: AutoScalingGroup[];
  launchConfigurations: LaunchConfiguration[];
  loadBalancers: (LoadBalancer & { listeners: Listener[] })[];
  targetGroups: (TargetGroup & { targetHealth: TargetHealthDescription[] })[];
}

/** What one page of instances is enriched with (fetched per page, so nothing grows with the region). */
export interface PageDetails {
  types: Map<string, InstanceTypeInfo>;
  images: Map<string, Image>;
  volumes: Map<string, Volume>;
  ssm: Map<string, InstanceInformation>;
  terminationProtection: Map<string, boolean>;
}

export function instancePages(ctx: RegionContext): AsyncGenerator<Instance[]> {
  const ec2 = ctx.session.ec2(ctx.region);
  return pages(async (token) => {
    const out = await ctx.session.send(
      ec2,
      new DescribeInstancesCommand({
        Filters: [{ Name: 'instance-state-name', Values: INSTANCE_STATES }],
        MaxResults: PAGE_SIZE,
        NextToken: token,
      }),
    );
    return { items: (out.Reservations ?? []).flatMap((r) => r.Instances ?? []), next: out.NextToken };
  });
}

export async function regionNetwork(ctx: RegionContext): Promise<RegionNetwork> {
  const { session, region } = ctx;
  const ec2 = session.ec2(region);
  const asg = session.autoScaling(region);
  const elb = session.elbv2(region);
  const [vpcs, subnets, securityGroups, autoScalingGroups, launchConfigurations, loadBalancers, targetGroups] =
    await Promise.all([
      session.send(ec2, new DescribeVpcsCommand({})).then((o) => o.Vpcs ?? []),
      session.send(ec2, new DescribeSubnetsCommand({})).then((o) => o.Subnets ?? []),
      all(async (NextToken) => {
        const o = await session.send(ec2, new DescribeSecurityGroupsCommand({ NextToken, MaxResults: 1000 }));
        return { items: o.SecurityGroups ?? [], next: o.NextToken };
      }),
      all(async (NextToken) => {
        const o = await session.send(asg, new DescribeAutoScalingGroupsCommand({ NextToken, MaxRecords: 100 }));
        return { items: o.AutoScalingGroups ?? [], next: o.NextToken };
      }),
      all(async (NextToken) => {
        const o = await session.send(asg, new DescribeLaunchConfigurationsCommand({ NextToken, MaxRecords: 100 }));
        return { items: o.LaunchConfigurations ?? [], next: o.NextToken };
      }),
      all(async (Marker) => {
        const o = await session.send(elb, new DescribeLoadBalancersCommand({ Marker }));
        return { items: o.LoadBalancers ?? [], next: o.NextMarker };
      }).then((lbs) =>
        Promise.all(
          lbs.map(async (lb) => ({
            ...lb,
            listeners:
              (await session.send(elb, new DescribeListenersCommand({ LoadBalancerArn: lb.LoadBalancerArn })))
                .Listeners ?? [],
          })),
        ),
      ),
      all(async (Marker) => {
        const o = await session.send(elb, new DescribeTargetGroupsCommand({ Marker }));
        return { items: o.TargetGroups ?? [], next: o.NextMarker };
      }).then((tgs) =>
        Promise.all(
          tgs.map(async (tg) => ({
            ...tg,
            targetHealth:
              (await session.send(elb, new DescribeTargetHealthCommand({ TargetGroupArn: tg.TargetGroupArn })))
                .TargetHealthDescriptions ?? [],
          })),
        ),
      ),
    ]);
  return { vpcs, subnets, securityGroups, autoScalingGroups, launchConfigurations, loadBalancers, targetGroups };
}

/**
 * Instance types and images are few and repeat across pages: each is asked for once per region
 * (`known`); volumes, SSM information and termination protection are asked for the page's instances.
 */
export async function pageDetails(
  ctx: RegionContext,
  instances: Instance[],
  known: { types: Map<string, InstanceTypeInfo>; images: Map<string, Image | null> },
): Promise<PageDetails> {
  const { session, region } = ctx;
  const ec2 = session.ec2(region);
  const ids = instances.map((i) => i.InstanceId!);
  const newTypes = [...new Set(instances.map((i) => i.InstanceType!))].filter((t) => t && !known.types.has(t));
  const newImages = [...new Set(instances.map((i) => i.ImageId!))].filter((id) => id && !known.images.has(id));
  const volumes = new Map<string, Volume>();
  const ssm = new Map<string, InstanceInformation>();
  const terminationProtection = new Map<string, boolean>();
  await Promise.all([
    ...chunks(newTypes, 100).map(async (names) => {
      const out = await session.send(
        ec2,
        new DescribeInstanceTypesCommand({ InstanceTypes: names as _InstanceType[] }),
      );
      for (const t of out.InstanceTypes ?? []) known.types.set(t.InstanceType!, t);
    }),
    ...chunks(newImages, 100).map(async (imageIds) => {
      const out = await session.send(ec2, new DescribeImagesCommand({ ImageIds: imageIds }));
      for (const id of imageIds) known.images.set(id, null);
      for (const image of out.Images ?? []) known.images.set(image.ImageId!, image);
    }),
    ...chunks(ids, 200).map(async (values) => {
      const out = await session.send(
        ec2,
        new DescribeVolumesCommand({ Filters: [{ Name: 'attachment.instance-id', Values: values }] }),
      );
      for (const v of out.Volumes ?? []) volumes.set(v.VolumeId!, v);
    }),
    ...chunks(ids, 50).map(async (values) => {
      const out = await session.send(
        session.ssm(region),
        new DescribeInstanceInformationCommand({ Filters: [{ Key: 'InstanceIds', Values: values }] }),
      );
      for (const info of out.InstanceInformationList ?? []) ssm.set(info.InstanceId!, info);
    }),
    ...ids.map(async (id) => {
      const out = await session.send(
        ec2,
        new DescribeInstanceAttributeCommand({ InstanceId: id, Attribute: 'disableApiTermination' }),
      );
      terminationProtection.set(id, out.DisableApiTermination?.Value ?? false);
    }),
  ]);
  const images = new Map<string, Image>();
  for (const [id, image] of known.images) if (image) images.set(id, image);
  return { types: known.types, images, volumes, ssm, terminationProtection };
}

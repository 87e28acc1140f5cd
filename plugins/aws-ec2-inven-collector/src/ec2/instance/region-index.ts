import type { Instance, Subnet, Vpc } from '@aws-sdk/client-ec2';
import type { AutoScalingGroup, LaunchConfiguration } from '@aws-sdk/client-auto-scaling';
import type { RegionNetwork } from './instance-connector';
import { securityGroupRows, type SecurityGroupRow } from './security-group-rows';

type LoadBalancer = RegionNetwork['loadBalancers'][number];

/**
 * A region's network, indexed once so that shaping an instance costs the same however many
 * instances, groups and targets the region has: each lookup gives what a scan of the region's lists
 * in their listed order would (the first match, rows and load balancers in list order).
 */
export interface RegionIndex {
  subnet(id: string | undefined): Subnet | undefined;
  vpc(id: string | undefined): Vpc | undefined;
  /** The security-group rows of the instance's groups, in the region's group order. */
  securityGroupRows(instance: Instance): SecurityGroupRow[];
  /** The first auto scaling group holding the instance, with its launch configuration. */
  autoScaling(instanceId: string): { group: AutoScalingGroup; launchConfiguration?: LaunchConfiguration } | undefined;
  /** The load balancers whose target groups target the instance (by id, or by private IP), in target-group order. */
  loadBalancers(instance: Instance): LoadBalancer[];
}

export function indexRegion(network: RegionNetwork, vulnerablePorts: number[]): RegionIndex {
  const subnets = firstBy(network.subnets, (s) => s.SubnetId);
  const vpcs = firstBy(network.vpcs, (v) => v.VpcId);
  const groups = new Map<string, { order: number; rows: SecurityGroupRow[] }>();
  network.securityGroups.forEach((g, order) => {
    if (g.GroupId !== undefined && !groups.has(g.GroupId))
      groups.set(g.GroupId, { order, rows: securityGroupRows([g], vulnerablePorts) });
  });
  const launchConfigurations = firstBy(network.launchConfigurations, (c) => c.LaunchConfigurationName);
  const autoScaling = new Map<string, AutoScalingGroup>();
  for (const group of network.autoScalingGroups)
    for (const member of group.Instances ?? [])
      if (member.InstanceId !== undefined && !autoScaling.has(member.InstanceId))
        autoScaling.set(member.InstanceId, group);
  const loadBalancers = firstBy(network.loadBalancers, (lb) => lb.LoadBalancerArn);
  // target key (`instance:<id>` or `ip:<address>`) -> the target groups naming it, by their order
  const targeted = new Map<string, number[]>();
  network.targetGroups.forEach((tg, order) => {
    const kind = tg.TargetType === 'instance' || tg.TargetType === 'ip' ? tg.TargetType : undefined;
    if (!kind) return;
    for (const th of tg.targetHealth) {
      if (th.Target?.Id === undefined) continue;
      const key = `${kind}:${th.Target.Id}`;
      const list = targeted.get(key) ?? [];
      if (list.at(-1) !== order) list.push(order);
      targeted.set(key, list);
    }
  });
  return {
    subnet: (id) => (id === undefined ? undefined : subnets.get(id)),
    vpc: (id) => (id === undefined ? undefined : vpcs.get(id)),
    securityGroupRows(instance) {
      const own = new Set((instance.SecurityGroups ?? []).map((s) => s.GroupId));
      return [...own]
        .map((id) => (id === undefined ? undefined : groups.get(id)))
        .filter((g) => g !== undefined)
        .sort((a, b) => a.order - b.order)
        .flatMap((g) => g.rows);
    },
    autoScaling(instanceId) {
      const group = autoScaling.get(instanceId);
      if (!group) return undefined;
      const launchConfiguration =
        group.LaunchConfigurationName === undefined
          ? undefined
          : launchConfigurations.get(group.LaunchConfigurationName);
      return { group, launchConfiguration };
    },
    loadBalancers(instance) {
      const orders = new Set([
        ...(instance.InstanceId === undefined ? [] : (targeted.get(`instance:${instance.InstanceId}`) ?? [])),
        ...(instance.PrivateIpAddress === undefined ? [] : (targeted.get(`ip:${instance.PrivateIpAddress}`) ?? [])),
      ]);
      const arns = [...orders]
        .sort((a, b) => a - b)
        .flatMap((order) => network.targetGroups[order].LoadBalancerArns ?? []);
      return [...new Set(arns)].map((arn) => loadBalancers.get(arn)).filter((lb) => lb !== undefined);
    },
  };
}

/** The list's items by key, the first of each key winning as `Array.find` would. */
function firstBy<T>(items: T[], key: (item: T) => string | undefined): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    const k = key(item);
    if (k !== undefined && !map.has(k)) map.set(k, item);
  }
  return map;
}

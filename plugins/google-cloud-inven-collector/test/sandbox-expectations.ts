// What a complete collection of the Google Cloud sandbox holds, counted from the sandbox's own data.
import type { compute_v1 } from '@googleapis/compute';
import type { GcpSandbox } from '@cloudforet/sandbox';

import type { TypeCounts } from '@cloudforet/plugin-testing';

export { cloudServiceCounts as countsOf } from '@cloudforet/plugin-testing';

/** CloudServices per `<Group>/<Type>` that collecting the project must stream (zones left out excepted). */
export function expectedCounts(gcp: GcpSandbox, zones: readonly string[] = gcp.project.zones): TypeCounts {
  const p = gcp.project;
  return {
    'ComputeEngine/Instance': zones.length * p.instancesPerZone,
    'ComputeEngine/Disk': zones.length * p.diskCount(),
    'ComputeEngine/Snapshot': p.snapshotCount,
    'ComputeEngine/MachineImage': Math.min(p.machineImageCount, p.instancesPerZone),
    'ComputeEngine/InstanceTemplate': p.instanceTemplateCount,
    'ComputeEngine/InstanceGroup': zones.length + p.regionalGroupRegions().length,
    'Networking/VPCNetwork': p.networks().length,
    'Networking/Firewall': p.firewalls().length,
    'Networking/ExternalIPAddress': externalIps(gcp, zones).length,
    'Networking/Route': p.routes().length,
    'Networking/LoadBalancing': loadBalancerCount(gcp),
    'CloudStorage/Bucket': p.bucketCount,
  };
}

/** Balancers as upstream counts them: one per target proxy, one per forwarding rule to a target pool. */
export function loadBalancerCount(gcp: GcpSandbox): number {
  const lb = gcp.project.loadBalancing;
  const scopes = [undefined, ...gcp.project.regions];
  const proxies = scopes.flatMap((r) => lb.targetHttpProxies(r)).length;
  const poolRules = scopes.flatMap((r) => lb.forwardingRules(r)).filter((r) => r.target?.includes('/targetPools/'));
  return proxies + poolRules.length;
}

/**
 * The project's external IPs as upstream gathers them, each once: the reserved external addresses, then the
 * external forwarding rules' and the instances' NAT IPs that none of those holds.
 */
export function externalIps(gcp: GcpSandbox, zones: readonly string[] = gcp.project.zones): string[] {
  const p = gcp.project;
  const seen = new Set<string>();
  const add = (ip: string | null | undefined) => ip && seen.add(ip);
  for (const a of [...p.addresses(), ...p.regions.flatMap((r) => p.addresses(r))])
    if (a.addressType !== 'INTERNAL') add(a.address);
  for (const r of [
    ...p.loadBalancing.forwardingRules(),
    ...p.regions.flatMap((r) => p.loadBalancing.forwardingRules(r)),
  ])
    if (r.loadBalancingScheme === 'EXTERNAL') add(r.IPAddress);
  for (const zone of zones)
    for (let i = 0; i < p.instancesPerZone; i++)
      for (const nic of p.instance(zone, i).networkInterfaces ?? [])
        for (const nat of nic.accessConfigs ?? []) add(nat.natIP);
  return [...seen];
}

/** `data.autoscaler` of a managed group's member, from the sandbox's manager and autoscaler. */
export function memberAutoscaler(
  manager: compute_v1.Schema$InstanceGroupManager,
  autoscaler: compute_v1.Schema$Autoscaler,
) {
  return {
    name: autoscaler.name,
    id: autoscaler.id,
    self_link: autoscaler.selfLink,
    instance_group: {
      id: manager.id,
      name: manager.name,
      self_link: manager.selfLink,
      instance_template_name: manager.instanceTemplate,
    },
  };
}

// What a complete collection of one sandbox subscription holds, counted from the sandbox's own data.
import type { AzureSandbox } from '@cloudforet/sandbox';

export type TypeCounts = Record<string, number>;

/** CloudServices per `<Group>/<Type>` that collecting subscription `index` must stream (failing locations left out). */
export function expectedCounts(azure: AzureSandbox, index = 0, without: readonly string[] = []): TypeCounts {
  const s = azure.subscriptions[index];
  return {
    'VirtualMachines/Instance': s.total('virtualMachines'),
    'Disks/Disk': s.total('disks'),
    'Snapshots/Instance': s.total('snapshots'),
    'VirtualNetworks/Instance': s.total('virtualNetworks'),
    'NetworkSecurityGroups/Instance': s.total('networkSecurityGroups'),
    'PublicIPAddresses/IPAddress': s.total('publicIPAddresses'),
    'LoadBalancers/Instance': s.total('loadBalancers'),
    'VMScaleSets/ScaleSet': s.locations.filter((l) => !without.includes(l)).length,
  };
}

/** CloudServices per `<Group>/<Type>` among streamed messages. */
export function countsOf(resources: Record<string, unknown>[]): TypeCounts {
  const counts: TypeCounts = {};
  for (const r of resources) {
    if (r.resource_type !== 'inventory.CloudService') continue;
    const res = r.resource as { cloud_service_group: string; cloud_service_type: string };
    const key = `${res.cloud_service_group}/${res.cloud_service_type}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

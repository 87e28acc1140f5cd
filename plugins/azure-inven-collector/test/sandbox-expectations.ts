// What a complete collection of one sandbox subscription holds, counted from the sandbox's own data.
import type { AzureSandbox } from '@cloudforet/sandbox';

import type { TypeCounts } from '@cloudforet/plugin-testing';

export { cloudServiceCounts as countsOf } from '@cloudforet/plugin-testing';

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

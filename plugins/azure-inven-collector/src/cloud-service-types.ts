// The collector's types, in stream order (upstream's groups and type names).
import type { CloudServiceTypeDefinition } from './collect/collect-context';
import { diskDefinition } from './disks/disk';
import { loadBalancerDefinition } from './load-balancers/load-balancer';
import { networkSecurityGroupDefinition } from './network-security-groups/network-security-group';
import { publicIpAddressDefinition } from './public-ip-addresses/public-ip-address';
import { snapshotDefinition } from './snapshots/snapshot';
import { instanceDefinition } from './virtual-machines/instance';
import { virtualNetworkDefinition } from './virtual-networks/virtual-network';
import { scaleSetDefinition } from './vm-scale-sets/scale-set';

export const CLOUD_SERVICE_TYPES: CloudServiceTypeDefinition[] = [
  instanceDefinition,
  diskDefinition,
  snapshotDefinition,
  virtualNetworkDefinition,
  networkSecurityGroupDefinition,
  publicIpAddressDefinition,
  loadBalancerDefinition,
  scaleSetDefinition,
];

export function typesOfGroups(groups: readonly string[]): CloudServiceTypeDefinition[] {
  return CLOUD_SERVICE_TYPES.filter((t) => groups.includes(t.group));
}

// The collector's types, in stream order (upstream's groups and type names).
import { bucketDefinition } from './cloud-storage/bucket';
import type { CloudServiceTypeDefinition } from './collect/collect-context';
import { diskDefinition } from './compute-engine/disk';
import { instanceDefinition } from './compute-engine/instance';
import { instanceGroupDefinition } from './compute-engine/instance-group';
import { instanceTemplateDefinition } from './compute-engine/instance-template';
import { machineImageDefinition } from './compute-engine/machine-image';
import { snapshotDefinition } from './compute-engine/snapshot';
import { externalIpAddressDefinition } from './networking/external-ip-address';
import { firewallDefinition } from './networking/firewall';
import { loadBalancingDefinition } from './networking/load-balancing';
import { routeDefinition } from './networking/route';
import { vpcNetworkDefinition } from './networking/vpc-network';

export const CLOUD_SERVICE_TYPES: CloudServiceTypeDefinition[] = [
  instanceDefinition,
  diskDefinition,
  snapshotDefinition,
  machineImageDefinition,
  instanceTemplateDefinition,
  instanceGroupDefinition,
  vpcNetworkDefinition,
  firewallDefinition,
  externalIpAddressDefinition,
  routeDefinition,
  loadBalancingDefinition,
  bucketDefinition,
];

export function typesOfGroups(groups: readonly string[]): CloudServiceTypeDefinition[] {
  return CLOUD_SERVICE_TYPES.filter((t) => groups.includes(t.group));
}

// The collector's types. `nx g @cloudforet/tools:cloud-service-type` adds one above each marker.
import type { CloudServiceTypeDefinition } from './ec2/region-context';
import { amiDefinition } from './ec2/ami';
import { autoScalingGroupDefinition } from './ec2/auto-scaling-group';
import { instanceDefinition } from './ec2/instance';
import { securityGroupDefinition } from './ec2/security-group';
import { snapshotDefinition } from './ec2/snapshot';
import { volumeDefinition } from './ec2/volume';
import { eipDefinition } from './ec2/eip';
// cloud-service-type:imports

/** Every type, in stream order; `Job.get_tasks` makes one task per group (service) and region. */
export const CLOUD_SERVICE_TYPES: CloudServiceTypeDefinition[] = [
  instanceDefinition,
  volumeDefinition,
  snapshotDefinition,
  securityGroupDefinition,
  amiDefinition,
  autoScalingGroupDefinition,
  eipDefinition,
  // cloud-service-type:entries
];

/** The service groups (`service_filter` values, and the `service` of CloudService tasks). */
export const SERVICE_GROUPS: string[] = [...new Set(CLOUD_SERVICE_TYPES.map((t) => t.group))];

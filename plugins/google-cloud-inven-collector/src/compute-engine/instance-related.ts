import type { compute_v1 } from '@googleapis/compute';
import { lastSegment } from '../gcp-resource';
import type { CollectContext } from '../collect/collect-context';
import { aggregatedPages, collectList, collectMap, listPages } from '../collect/google-pages';
import { loadBalancerIndex, type LoadBalancerIndex } from './instance-load-balancers';
import { managedInstances, type ManagedInstances } from './managed-instances';

/** The little of a disk an instance's `disks` entry needs (kept small: one per disk of the project). */
export interface DiskFacts {
  id: string;
  type: string;
  sourceImage: string;
  labels: Record<string, string>;
}

/** The disk facts as a partial response (the Disk type lists the whole disks itself). */
const DISK_FIELDS = 'nextPageToken,unreachables,items/*/warning,items/*/disks(id,selfLink,type,sourceImage,labels)';

/** What shaping an instance looks up: machine types, disks, networks, subnets and firewall rules of the project. */
export interface InstanceRelated {
  machineTypes: Map<string, { guestCpus: number; memoryMb: number }>;
  disks: Map<string, DiskFacts>;
  networks: Map<string, compute_v1.Schema$Network>;
  subnetworks: Map<string, compute_v1.Schema$Subnetwork>;
  firewalls: compute_v1.Schema$Firewall[];
  /** Managed groups' members and autoscalers (`is_managed_instance`, `autoscaler`). */
  managed: ManagedInstances;
  /** The load balancers that reach an instance (`load_balancers`). */
  loadBalancers: LoadBalancerIndex;
}

/**
 * Lists the related resources side by side (each a few pages, and a member listing per managed
 * group), as upstream does once per collect.
 */
export async function instanceRelated(ctx: CollectContext): Promise<InstanceRelated> {
  const { compute } = ctx.session;
  const project = ctx.projectId;
  const [machineTypes, disks, networks, subnetworks, firewalls, managed, loadBalancers] = await Promise.all([
    collectMap(
      aggregatedPages<compute_v1.Schema$MachineType>(ctx.session, 'machineTypes', (pageToken, o) =>
        compute.machineTypes.aggregatedList({ project, pageToken, maxResults: 500, returnPartialSuccess: true }, o),
      ),
      ({ scope, item }) => [
        `${lastSegment(scope)}/${item.name}`,
        { guestCpus: item.guestCpus ?? 0, memoryMb: item.memoryMb ?? 0 },
      ],
    ),
    collectMap(
      aggregatedPages<compute_v1.Schema$Disk>(ctx.session, 'disks', (pageToken, o) =>
        compute.disks.aggregatedList(
          { project, pageToken, maxResults: 500, returnPartialSuccess: true, fields: DISK_FIELDS },
          o,
        ),
      ),
      ({ item }) => [
        item.selfLink ?? '',
        {
          id: item.id ?? '',
          type: lastSegment(item.type),
          sourceImage: item.sourceImage ?? '',
          labels: item.labels ?? {},
        },
      ],
    ),
    collectMap(
      listPages<compute_v1.Schema$Network>(ctx.session, (pageToken, o) =>
        compute.networks.list({ project, pageToken }, o),
      ),
      (item) => [item.selfLink ?? '', item],
    ),
    collectMap(
      aggregatedPages<compute_v1.Schema$Subnetwork>(ctx.session, 'subnetworks', (pageToken, o) =>
        compute.subnetworks.aggregatedList({ project, pageToken, returnPartialSuccess: true }, o),
      ),
      ({ item }) => [item.selfLink ?? '', item],
    ),
    collectList(
      listPages<compute_v1.Schema$Firewall>(ctx.session, (pageToken, o) =>
        compute.firewalls.list({ project, pageToken }, o),
      ),
    ),
    managedInstances(ctx),
    loadBalancerIndex(ctx),
  ]);
  return { machineTypes, disks, networks, subnetworks, firewalls, managed, loadBalancers };
}

import type { compute_v1 } from '@googleapis/compute';
import { googleErrorText } from '@cloudforet/plugin-core/google';
import type { CollectContext } from '../collect/collect-context';
import { listPages } from '../collect/google-pages';
import { lastSegment, segmentAfter } from '../gcp-resource';
import { listAutoscalers, listGroupManagers } from './group-lists';

type Manager = compute_v1.Schema$InstanceGroupManager;
type Autoscaler = compute_v1.Schema$Autoscaler;

/** `data.autoscaler` of a managed instance whose group an autoscaler scales (upstream's shape). */
export interface InstanceAutoscaler {
  name: string;
  id: string;
  self_link: string;
  instance_group: { id: string; name: string; self_link: string; instance_template_name: string };
}

/** What an instance's shaping reads of its managed group: its manager and that manager's autoscaler. */
export interface ManagedInstances {
  /** Managers by the selfLink of each instance they manage. */
  managerOf: Map<string, Manager>;
  /** Autoscalers by their selfLink (a manager's `status.autoscaler`). */
  autoscalers: Map<string, Autoscaler>;
}

/**
 * The project's managed instance groups (`instanceGroupManagers.aggregatedList`), their autoscalers
 * (`autoscalers.aggregatedList`) and, per group, its members (`instanceGroups.listInstances`, or
 * `regionInstanceGroups.listInstances` for a regional group), as upstream lists them. The member
 * listings run side by side within the session's limit; one that fails leaves its group's instances
 * unmanaged and is logged (upstream's behaviour), unless the collect was cancelled.
 */
export async function managedInstances(ctx: CollectContext): Promise<ManagedInstances> {
  const [managers, autoscalerList] = await Promise.all([listGroupManagers(ctx), listAutoscalers(ctx)]);
  const managerOf = new Map<string, Manager>();
  await Promise.all(
    managers.map(async (manager) => {
      try {
        const pages = groupMemberPages(ctx, {
          name: lastSegment(manager.instanceGroup) || (manager.name ?? ''),
          zone: manager.zone,
          region: manager.region,
        });
        for await (const page of pages) for (const member of page) managerOf.set(member.instance ?? '', manager);
      } catch (error) {
        if (ctx.session.signal.aborted) throw error;
        ctx.log.warn(
          { instance_group: manager.selfLink, error: googleErrorText(error) },
          'listing a managed instance group`s members failed: its instances are shown unmanaged',
        );
      }
    }),
  );
  const autoscalers = new Map(autoscalerList.map((a) => [a.selfLink ?? '', a]));
  return { managerOf, autoscalers };
}

/**
 * The members of an instance group, a page at a time: `instanceGroups.listInstances` for a zonal
 * group, `regionInstanceGroups.listInstances` for a regional one (`zone` / `region` as the API's URLs).
 */
export function groupMemberPages(
  ctx: CollectContext,
  group: { name: string; zone?: string | null; region?: string | null },
): AsyncIterable<compute_v1.Schema$InstanceWithNamedPorts[]> {
  const { compute } = ctx.session;
  const project = ctx.projectId;
  const instanceGroup = group.name;
  const zone = lastSegment(group.zone);
  const region = segmentAfter(group.region, 'regions') || lastSegment(group.region);
  const requestBody = { instanceState: 'ALL' };
  return listPages<compute_v1.Schema$InstanceWithNamedPorts>(ctx.session, (pageToken, o) =>
    zone
      ? compute.instanceGroups.listInstances(
          { project, zone, instanceGroup, pageToken, maxResults: 500, requestBody },
          o,
        )
      : compute.regionInstanceGroups.listInstances(
          { project, region, instanceGroup, pageToken, maxResults: 500, requestBody },
          o,
        ),
  );
}

/** The instance's autoscaler (its managed group's, matched by the manager's `status.autoscaler`), if any. */
export function autoscalerOf(selfLink: string, managed: ManagedInstances): InstanceAutoscaler | undefined {
  const manager = managed.managerOf.get(selfLink);
  const autoscaler = manager?.status?.autoscaler ? managed.autoscalers.get(manager.status.autoscaler) : undefined;
  if (!manager || !autoscaler) return undefined;
  return {
    name: autoscaler.name ?? '',
    id: autoscaler.id ?? '',
    self_link: autoscaler.selfLink ?? '',
    instance_group: {
      id: manager.id ?? '',
      name: manager.name ?? '',
      self_link: manager.selfLink ?? '',
      instance_template_name: manager.instanceTemplate ?? '',
    },
  };
}

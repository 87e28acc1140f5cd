import type { compute_v1 } from '@googleapis/compute';
import type { CollectContext } from '../collect/collect-context';
import { aggregatedPages, collectList } from '../collect/google-pages';

/** The project's managed instance groups, every zone and region (`instanceGroupManagers.aggregatedList`). */
export function listGroupManagers(ctx: CollectContext): Promise<compute_v1.Schema$InstanceGroupManager[]> {
  return collectItems(
    aggregatedPages<compute_v1.Schema$InstanceGroupManager>(ctx.session, 'instanceGroupManagers', (pageToken, o) =>
      ctx.session.compute.instanceGroupManagers.aggregatedList(
        { project: ctx.projectId, pageToken, maxResults: 500, returnPartialSuccess: true },
        o,
      ),
    ),
  );
}

/** The project's autoscalers, every zone and region (`autoscalers.aggregatedList`). */
export function listAutoscalers(ctx: CollectContext): Promise<compute_v1.Schema$Autoscaler[]> {
  return collectItems(
    aggregatedPages<compute_v1.Schema$Autoscaler>(ctx.session, 'autoscalers', (pageToken, o) =>
      ctx.session.compute.autoscalers.aggregatedList(
        { project: ctx.projectId, pageToken, maxResults: 500, returnPartialSuccess: true },
        o,
      ),
    ),
  );
}

async function collectItems<T>(pages: AsyncIterable<{ item: T }[]>): Promise<T[]> {
  return (await collectList(pages)).map(({ item }) => item);
}

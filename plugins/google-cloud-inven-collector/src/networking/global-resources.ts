import type { ResourceInfo } from '@cloudforet/api/gen/spaceone/api/inventory/plugin/collector';
import type { CollectContext } from '../collect/collect-context';
import { collectList, listPages } from '../collect/google-pages';
import { globalPage, shapePages } from '../collect/shape-pages';
import { gcpCloudService } from '../gcp-resource';

type GlobalItem = { id?: string | null; name?: string | null; selfLink?: string | null };
type ListCall<T> = (
  query: { project: string; pageToken?: string },
  options: { signal: AbortSignal },
) => Promise<{ data: { items?: T[] | null; nextPageToken?: string | null } }>;

/** Every page of a global Compute Engine collection (`networks.list`, `firewalls.list`, …), read whole. */
export function listGlobal<T>(ctx: CollectContext, list: ListCall<T>): Promise<T[]> {
  return collectList(listPages<T>(ctx.session, (pageToken, o) => list({ project: ctx.projectId, pageToken }, o)));
}

/**
 * A global Networking type's resources: its items and what their `data` also reads, listed side by
 * side, then each item in region `global`, found by its selfLink, linked to its console page
 * (`networking/<page>/details/<name>`).
 */
export async function* globalResources<T extends GlobalItem, R>(
  ctx: CollectContext,
  spec: {
    type: string;
    consolePage: string;
    /** Started when the collect is iterated, side by side. */
    items: () => Promise<T[]>;
    related: () => Promise<R>;
    data: (item: T, related: R) => Record<string, unknown>;
    metadata: Record<string, unknown>;
  },
): AsyncGenerator<ResourceInfo> {
  const project = ctx.projectId;
  const [items, related] = await Promise.all([spec.items(), spec.related()]);
  yield* shapePages(
    globalPage(items),
    (item) =>
      gcpCloudService({
        name: item.name ?? '',
        group: 'Networking',
        type: spec.type,
        resourceId: item.selfLink ?? '',
        account: project,
        regionCode: ctx.regions.add('global'),
        externalLink: `https://console.cloud.google.com/networking/${spec.consolePage}/details/${item.name}?project=${project}`,
        data: spec.data(item, related),
        metadata: spec.metadata,
      }),
    { group: 'Networking', type: spec.type, idOf: (item) => item.id },
  );
}

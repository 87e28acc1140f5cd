import type { ResourceInfo } from '@cloudforet/api/gen/spaceone/api/inventory/plugin/collector';
import { azureCloudService, monitoringRefs, portalLink, resourceGroupOf, upstreamShape } from '../azure-resource';
import type { CollectContext } from './collect-context';

/** An ARM resource as the SDKs return it (the fields every type reads). */
export interface ArmResource {
  id?: string;
  name?: string;
  location?: string;
  tags?: Record<string, string>;
  sku?: { name?: string; tier?: string; capacity?: number };
}

/**
 * A CloudService of an ARM resource in upstream's v2 layout: the resource as the Python SDK's dict
 * (snake_case, `properties` flattened), plus the type's display keys, the subscription's fields,
 * the resource group and the Azure Monitor / Activity Log references; matched on its ARM id.
 */
export function armCloudService(
  ctx: CollectContext,
  item: ArmResource,
  {
    group,
    type,
    extra = {},
    instanceType,
    instanceSize,
    ipAddresses,
  }: {
    group: string;
    type: string;
    extra?: Record<string, unknown>;
    instanceType?: string;
    instanceSize?: number;
    ipAddresses?: string[];
  },
): ResourceInfo {
  const id = item.id ?? '';
  return azureCloudService({
    name: item.name ?? '',
    group,
    type,
    resourceId: id,
    account: ctx.subscription.subscription_id,
    regionCode: item.location ?? '',
    instanceType,
    instanceSize,
    ipAddresses,
    tags: item.tags ?? {},
    externalLink: portalLink(id),
    data: {
      ...(upstreamShape(item) as Record<string, unknown>),
      ...extra,
      ...ctx.subscription,
      resource_group: resourceGroupOf(id),
      ...monitoringRefs(id),
    },
  });
}

/** An item of a list with what one more call per item read for it (or why that call failed). */
export interface WithRelated<T, R> {
  id?: string;
  location?: string;
  item: T;
  related?: R;
  error?: unknown;
}

/**
 * A list's pages with one more read per item (upstream's per-resource calls: a load balancer's
 * network interfaces, a scale set's VM instances), the items of a page side by side within the
 * session's limit. A failed read is kept with its item: its shaping then fails and names it; a
 * cancelled collect stops here instead (no ErrorResource per item for the reads it aborted).
 */
export async function* withRelated<T extends ArmResource, R>(
  pages: AsyncIterable<T[]>,
  read: (item: T) => Promise<R>,
  signal: AbortSignal,
): AsyncGenerator<WithRelated<T, R>[]> {
  for await (const page of pages) {
    const entries = await Promise.all(
      page.map((item) =>
        read(item).then(
          (related) => ({ id: item.id, location: item.location, item, related }),
          (error: unknown) => ({ id: item.id, location: item.location, item, error }),
        ),
      ),
    );
    signal.throwIfAborted();
    yield entries;
  }
}

/** The related read of `withRelated`, or its failure thrown again (while shaping its item). */
export function relatedOf<T, R>(entry: WithRelated<T, R>): R {
  if (entry.error !== undefined) throw entry.error;
  return entry.related as R;
}

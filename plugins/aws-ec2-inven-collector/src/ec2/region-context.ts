import type { Logger } from '@cloudforet/plugin-core';
import type { ResourceInfo } from '@cloudforet/api/gen/spaceone/api/inventory/plugin/collector';
import type { AwsSession } from '../aws/aws-session';
import type { CollectorOptions } from '../collector-options';

/** What a type's collector gets for one region. */
export interface RegionContext {
  region: string;
  accountId: string;
  session: AwsSession;
  options: CollectorOptions;
  log: Logger;
}

/** One CloudServiceType of a group: how it is announced, and how its resources of one region are collected. */
export interface CloudServiceTypeDefinition {
  group: string;
  name: string;
  cloudServiceType(): ResourceInfo;
  /** Streams the region's resources page by page (per-item failures are ErrorResources inside). */
  collect(ctx: RegionContext): AsyncIterable<ResourceInfo>;
}

/** Follows a paginated list, fetching page N+1 while the consumer works on page N. */
export async function* pages<T>(
  fetch: (token: string | undefined) => Promise<{ items: T[]; next?: string }>,
): AsyncGenerator<T[]> {
  // A prefetched page may fail after the consumer stopped (cancelled): that is not an unhandled error.
  const prefetch = (token: string | undefined) => {
    const page = fetch(token);
    page.catch(() => undefined);
    return page;
  };
  let pending = prefetch(undefined);
  for (;;) {
    const page = await pending;
    if (page.next) pending = prefetch(page.next);
    yield page.items;
    if (!page.next) return;
  }
}

/** `items` in chunks of `size` (AWS caps the values of one filter or id list). */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Every item of a paginated list (for the region's small lists: groups, launch configurations, …). */
export async function allPages<T>(
  fetch: (token: string | undefined) => Promise<{ items: T[]; next?: string }>,
): Promise<T[]> {
  const out: T[] = [];
  for await (const page of pages(fetch)) out.push(...page);
  return out;
}

/** How the console names an IP protocol of a rule (`-1` is every protocol). */
export const PROTOCOL_NAMES: Record<string, string> = { '-1': 'ALL', tcp: 'TCP', udp: 'UDP', icmp: 'ICMP' };

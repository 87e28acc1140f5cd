import { pages } from '@cloudforet/plugin-core';
import type { GcpSession } from '../google/gcp-session';

type Page<T> = { items?: T[] | null; nextPageToken?: string | null };
export type AggregatedPage = {
  /** Scoped lists by scope: `{<key>: T[]}` or `{warning}` (each collection's own ScopedList type). */
  items?: Record<string, object> | null;
  nextPageToken?: string | null;
  unreachables?: string[] | null;
};

/** Items of a listing with the scope (`zones/us-central1-a`, `regions/us-east1`, `global`) they were listed in. */
export interface Scoped<T> {
  scope: string;
  item: T;
}

/** A list method's pages (`firewalls.list`, `buckets.list`), page N+1 asked for while page N is shaped. */
export function listPages<T>(
  session: GcpSession,
  list: (pageToken: string | undefined, options: { signal: AbortSignal }) => Promise<{ data: Page<T> }>,
): AsyncGenerator<T[]> {
  return pages(async (token) => {
    const page = await session.call((o) => list(token, o));
    return { items: page.items ?? [], next: page.nextPageToken ?? undefined };
  });
}

/**
 * An `aggregatedList`'s pages, flattened to scoped items (key `key` of each scoped list). Scopes
 * the API reports unreachable (in `unreachables` or an UNREACHABLE warning) are told once each to
 * `unreachable`, so the caller can report them; NO_RESULTS_ON_PAGE warnings are not failures.
 */
export async function* aggregatedPages<T>(
  session: GcpSession,
  key: string,
  list: (pageToken: string | undefined, options: { signal: AbortSignal }) => Promise<{ data: AggregatedPage }>,
  unreachable: (scope: string, message: string) => void = () => undefined,
): AsyncGenerator<Scoped<T>[]> {
  const told = new Set<string>();
  const tell = (scope: string, message: string) => {
    if (told.has(scope)) return;
    told.add(scope);
    unreachable(scope, message);
  };
  for await (const [page] of pages(async (token) => {
    const data = await session.call((o) => list(token, o));
    return { items: [data], next: data.nextPageToken ?? undefined };
  })) {
    const out: Scoped<T>[] = [];
    for (const [scope, list] of Object.entries(page.items ?? {})) {
      const scoped = list as Record<string, unknown> & { warning?: { code?: string | null; message?: string | null } };
      if (scoped.warning?.code === 'UNREACHABLE') tell(scope, scoped.warning.message ?? 'unreachable');
      for (const item of (scoped[key] as T[] | undefined) ?? []) out.push({ scope, item });
    }
    for (const scope of page.unreachables ?? []) tell(scope, `The resource '${scope}' is unreachable.`);
    yield out;
  }
}

/**
 * The same pages, the first already asked for: a type that must list related resources before it
 * shapes its own items starts both listings at once instead of one after the other.
 */
export function askedEarly<T>(pages: AsyncIterable<T>): AsyncIterable<T> {
  const iterator = pages[Symbol.asyncIterator]();
  const first = iterator.next();
  first.catch(() => undefined); // awaited when the consumer starts; it may stop before
  let started = false;
  return {
    [Symbol.asyncIterator]: () => ({
      next: () => (started ? iterator.next() : ((started = true), first)),
      return: async () => (await iterator.return?.()) ?? { done: true, value: undefined },
    }),
  };
}

/** Every item of a listing, keyed (a related listing a type looks items up in). */
export async function collectMap<T, V>(
  pages: AsyncIterable<T[]>,
  entry: (item: T) => [string, V],
): Promise<Map<string, V>> {
  const out = new Map<string, V>();
  for await (const page of pages) for (const item of page) out.set(...entry(item));
  return out;
}

/** Every item of a listing, in order. */
export async function collectList<T>(pages: AsyncIterable<T[]>): Promise<T[]> {
  const out: T[] = [];
  for await (const page of pages) out.push(...page);
  return out;
}

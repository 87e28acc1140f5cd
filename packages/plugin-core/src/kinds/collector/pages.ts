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

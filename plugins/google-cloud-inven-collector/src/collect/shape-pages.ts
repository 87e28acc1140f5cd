import type { ResourceInfo } from '@cloudforet/api/gen/spaceone/api/inventory/plugin/collector';
import { gcpError, lastSegment } from '../gcp-resource';
import type { Scoped } from './google-pages';

interface Where<T> {
  group: string;
  type: string;
  idOf: (item: T) => string | null | undefined;
}

/**
 * The loop of every type: each page of items is shaped as it arrives; an item whose shaping fails
 * becomes an ErrorResource naming it, and a scope the API could not reach (a zone of an aggregated
 * list) one naming that zone; the rest go on.
 */
export async function* shapePages<T>(
  pages: AsyncIterable<Scoped<T>[]>,
  shape: (item: T, scope: string) => ResourceInfo,
  where: Where<T>,
  unreachable: { scope: string; message: string }[] = [],
): AsyncGenerator<ResourceInfo> {
  for await (const page of pages) {
    for (const { item, scope } of page) {
      try {
        yield shape(item, scope);
      } catch (error) {
        const id = where.idOf(item) ?? undefined;
        yield gcpError(
          { group: where.group, type: where.type, resourceId: id },
          `shaping ${id ?? 'an item'} failed`,
          error,
        );
      }
    }
    while (unreachable.length) {
      const { scope, message } = unreachable.shift()!;
      yield gcpError(
        { group: where.group, type: where.type, where: lastSegment(scope) },
        'not listed',
        new Error(message),
      );
    }
  }
}

/** Plain list pages as scoped ones (scope `global`). */
export async function* globalScope<T>(pages: AsyncIterable<T[]>): AsyncGenerator<Scoped<T>[]> {
  for await (const page of pages) yield page.map((item) => ({ scope: 'global', item }));
}

/** A list already read whole, as one scoped page (scope `global`). */
export async function* globalPage<T>(items: T[]): AsyncGenerator<Scoped<T>[]> {
  yield items.map((item) => ({ scope: 'global', item }));
}

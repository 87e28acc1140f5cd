import type { ResourceInfo } from '@cloudforet/api/gen/spaceone/api/inventory/plugin/collector';
import { awsError } from './aws-resource';

/**
 * The loop of every simple type: each page of raw items is shaped one by one as it arrives; an item
 * whose shaping fails becomes an ErrorResource naming it, and the rest go on.
 */
export async function* shapePages<T>(
  pages: AsyncIterable<T[]>,
  shape: (item: T) => ResourceInfo,
  where: { group: string; type: string; region: string; idOf: (item: T) => string | undefined },
): AsyncGenerator<ResourceInfo> {
  for await (const page of pages)
    for (const item of page) {
      try {
        yield shape(item);
      } catch (error) {
        const id = where.idOf(item);
        yield awsError({ ...where, resourceId: id }, `shaping ${id ?? 'an item'} failed`, error);
      }
    }
}

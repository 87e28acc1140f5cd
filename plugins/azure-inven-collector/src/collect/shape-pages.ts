import type { ResourceInfo } from '@cloudforet/api/gen/spaceone/api/inventory/plugin/collector';
import { azureError } from '../azure-resource';

/**
 * The loop of every type: each page is shaped as it arrives; an item whose shaping fails becomes
 * an ErrorResource naming it (and its location), the rest go on.
 */
export async function* shapePages<T extends { id?: string; location?: string }>(
  pages: AsyncIterable<T[]>,
  shape: (item: T) => ResourceInfo,
  where: { group: string; type: string },
): AsyncGenerator<ResourceInfo> {
  for await (const page of pages)
    for (const item of page) {
      try {
        yield shape(item);
      } catch (error) {
        yield azureError(
          { ...where, location: item.location, resourceId: item.id },
          `shaping ${item.id ?? 'an item'} failed`,
          error,
        );
      }
    }
}

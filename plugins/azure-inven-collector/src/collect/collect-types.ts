import { mergeBounded, type TypeStats } from '@cloudforet/plugin-core';
import type { ResourceInfo } from '@cloudforet/api/gen/spaceone/api/inventory/plugin/collector';
import { azureErrorText } from '../azure/azure-errors';
import { azureError } from '../azure-resource';
import type { CloudServiceTypeDefinition, CollectContext } from './collect-context';

/**
 * The types side by side (the session's limit bounds the calls), streaming as they go. A type
 * whose listing fails becomes one ErrorResource naming group and type; the others complete.
 */
export async function* collectTypes(
  ctx: CollectContext,
  types: CloudServiceTypeDefinition[],
  stats: TypeStats,
): AsyncGenerator<ResourceInfo> {
  const signal = ctx.session.signal;
  const streams = types.map(
    (type) => () =>
      stats.counted(`${type.group}/${type.name}`, type.collect(ctx), {
        signal,
        onError(error) {
          ctx.log.warn(
            { cloud_service_type: `${type.group}/${type.name}`, error: azureErrorText(error) },
            'collecting a type failed',
          );
          return [azureError({ group: type.group, type: type.name }, 'listing failed', error)];
        },
      }),
  );
  yield* mergeBounded(streams, { concurrency: Math.max(1, streams.length), signal });
}

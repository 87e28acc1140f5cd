import { mergeBounded, type TypeStats } from '@cloudforet/plugin-core';
import type { ResourceInfo } from '@cloudforet/api/gen/spaceone/api/inventory/plugin/collector';
import { gcpError } from '../gcp-resource';
import { googleErrorText, isApiNotEnabled } from '@cloudforet/plugin-core/google';
import type { CloudServiceTypeDefinition, CollectContext, GoogleApi } from './collect-context';

const API_TITLES: Record<GoogleApi, string> = {
  'compute.googleapis.com': 'Compute Engine API',
  'storage.googleapis.com': 'Cloud Storage API',
};

/**
 * The types side by side (the session's limit bounds the calls), streaming as they go. A type that
 * fails becomes one ErrorResource naming group and type; the others complete. A type whose API the
 * project has not enabled is skipped as upstream skips it (no ErrorResource), and said once per API
 * in the log.
 */
export async function* collectTypes(
  ctx: CollectContext,
  types: CloudServiceTypeDefinition[],
  stats: TypeStats,
  signal: AbortSignal,
): AsyncGenerator<ResourceInfo> {
  const notEnabled = new Map<GoogleApi, string[]>();
  const streams = types.map(
    (type) => () =>
      stats.counted(`${type.group}/${type.name}`, type.collect(ctx), {
        signal,
        onError(error) {
          if (isApiNotEnabled(error)) {
            notEnabled.set(type.api, [...(notEnabled.get(type.api) ?? []), `${type.group}/${type.name}`]);
            return undefined;
          }
          ctx.log.warn(
            { cloud_service_type: `${type.group}/${type.name}`, error: googleErrorText(error) },
            'collecting a type failed',
          );
          return [gcpError({ group: type.group, type: type.name }, 'listing failed', error)];
        },
      }),
  );
  yield* mergeBounded(streams, { concurrency: Math.max(1, streams.length), signal });
  // Named by title: the service name ends in the key's universe_domain, which redaction hides.
  for (const [api, skipped] of notEnabled)
    ctx.log.warn(
      { api, cloud_service_types: skipped },
      `the ${API_TITLES[api]} is not enabled in the project: skipped ${skipped.join(', ')}`,
    );
}

import { errorResource, mergeBounded, type TypeStats } from '@cloudforet/plugin-core';
import type { ResourceInfo } from '@cloudforet/api/gen/spaceone/api/inventory/plugin/collector';
import { awsErrorCode, awsErrorText, REGION_REFUSALS } from '@cloudforet/plugin-core/aws';
import { awsError, PROVIDER } from '../ec2/aws-resource';
import type { CloudServiceTypeDefinition, RegionContext } from '../ec2/region-context';

/**
 * One service group in one region: its types run side by side (the session's limit bounds the
 * calls) and stream as they go. A type that fails becomes an ErrorResource naming group, type and
 * region; the others complete. A refusal of the whole region (AuthFailure, UnauthorizedOperation,
 * OptInRequired, AccessDenied) hits every type alike, so the types it refused share one
 * ErrorResource for that region and code instead of one each.
 */
export async function* collectGroupInRegion(
  ctx: RegionContext,
  types: CloudServiceTypeDefinition[],
  stats: TypeStats,
  signal: AbortSignal,
): AsyncGenerator<ResourceInfo> {
  const refusals = new Map<string, { types: string[]; error: unknown }>();
  const streams = types.map(
    (type) => () =>
      stats.counted(`${type.group}/${type.name}`, type.collect(ctx), {
        signal,
        onError(error) {
          const code = awsErrorCode(error);
          if (REGION_REFUSALS.has(code)) {
            const refusal = refusals.get(code) ?? { types: [], error };
            refusal.types.push(type.name);
            refusals.set(code, refusal);
            return [];
          }
          ctx.log.warn(
            { region: ctx.region, cloud_service_type: type.name, error: awsErrorText(error) },
            'collecting a type failed',
          );
          return [awsError({ group: type.group, type: type.name, region: ctx.region }, 'listing failed', error)];
        },
      }),
  );
  yield* mergeBounded(streams, { concurrency: streams.length, signal });
  for (const [code, { types: refused, error }] of refusals) {
    ctx.log.warn({ region: ctx.region, code, cloud_service_types: refused }, 'the region refused the account');
    yield errorResource({
      provider: PROVIDER,
      group: types[0].group,
      type: refused[0],
      regionCode: ctx.region,
      message: `${types[0].group} in ${ctx.region}: ${awsErrorText(error)} (refused for ${refused.join(', ')}); nothing of this region was collected for them`,
    });
  }
}

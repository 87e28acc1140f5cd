import {
  collectorHandlers,
  collectorMetadata,
  logCollectSummary,
  taskOptionsOf,
  TypeStats,
  validateSchema,
  warnSkippedGroups,
  type CallContext,
  type Handlers,
} from '@cloudforet/plugin-core';
import type {
  CollectorService,
  CollectRequest,
  ResourceInfo,
} from '@cloudforet/api/gen/spaceone/api/inventory/plugin/collector';
import { typesOfGroups } from './cloud-service-types';
import { collectTypes } from './collect/collect-types';
import { taskTypeOf } from './collect/tasks';
import { collectorOptionsOf, optionsSchema } from './collector-options';
import type { GcpSettings } from './gcp-settings';
import { GcpSession } from './google/gcp-session';
import { RegionCodes } from './region-info';
import { gcpSecretOf, googleErrorText } from '@cloudforet/plugin-core/google';

/** What inventory stores and the console reads (upstream's init keys). */
export const COLLECTOR_METADATA = collectorMetadata(optionsSchema);

export function makeCollectorHandlers(settings: GcpSettings): Handlers<typeof CollectorService> {
  return collectorHandlers({
    metadata: COLLECTOR_METADATA,
    checkOptions: (options) => validateSchema(optionsSchema, options, 'options'),
    async verify(request, ctx) {
      const options = collectorOptionsOf(request.options);
      const session = await GcpSession.open(gcpSecretOf(request.secret_data), settings, {
        signal: ctx.signal,
        concurrency: options.concurrency,
      });
      session.close();
    },
    collect: (request, ctx) => collect(settings, request, ctx),
  });
}

/**
 * One task of `Job.get_tasks` (one type), or without `task_options` every type of the groups in
 * `cloud_service_types`: the types, then their resources as they stream, then the regions seen.
 * As upstream, a project that Resource Manager does not answer for ends the stream empty.
 */
async function* collect(
  settings: GcpSettings,
  request: CollectRequest,
  ctx: CallContext,
): AsyncGenerator<ResourceInfo> {
  const options = collectorOptionsOf(request.options);
  const taskOptions = taskOptionsOf(request);
  const types = taskOptions ? [taskTypeOf(taskOptions)] : typesOfGroups(options.groups);
  warnSkippedGroups(ctx.log, options.skippedGroups);
  const secret = gcpSecretOf(request.secret_data);
  const session = await GcpSession.open(secret, settings, { signal: ctx.signal, concurrency: options.concurrency });
  const stats = new TypeStats();
  try {
    try {
      await session.call((o) => session.resourceManager.projects.get({ name: `projects/${secret.project_id}` }, o));
    } catch (error) {
      if (session.signal.aborted) throw error;
      ctx.log.warn(
        { project_id: secret.project_id, error: googleErrorText(error) },
        'projects.get failed: nothing collected (as upstream)',
      );
      return;
    }
    yield* types.map((t) => t.cloudServiceType(options));
    const regions = new RegionCodes();
    yield* collectTypes(
      { session, projectId: secret.project_id, options, log: ctx.log, regions },
      types,
      stats,
      session.signal,
    );
    yield* regions.regions();
  } finally {
    session.close();
    logCollectSummary(ctx.log, stats, { field: 'google_calls', count: session.calls, of: 'Google API' });
  }
}

import {
  collectorHandlers,
  collectorMetadata,
  logCollectSummary,
  mergeBounded,
  taskOptionsOf,
  TypeStats,
  validateSchema,
  type CallContext,
  type Handlers,
} from '@cloudforet/plugin-core';
import type {
  CollectorService,
  CollectRequest,
  ResourceInfo,
} from '@cloudforet/api/gen/spaceone/api/inventory/plugin/collector';
import { AwsSession } from './aws/aws-session';
import { awsSecretOf, type AwsSettings } from '@cloudforet/plugin-core/aws';
import { CLOUD_SERVICE_TYPES } from './cloud-service-types';
import { collectGroupInRegion } from './collect/collect-region';
import { enabledRegions } from './collect/enabled-regions';
import { taskOf, type Task } from './collect/tasks';
import { checkRegionFilter, collectorOptionsOf, optionsSchema, type CollectorOptions } from './collector-options';
import { ec2Metrics } from './ec2/metrics';
import { awsRegion } from './region-info';

/** What inventory stores and the console reads (the keys of the Python SDK's defaults). */
export const COLLECTOR_METADATA = collectorMetadata(optionsSchema, ['inventory.Namespace', 'inventory.Metric']);

export function makeCollectorHandlers(settings: AwsSettings): Handlers<typeof CollectorService> {
  return collectorHandlers({
    metadata: COLLECTOR_METADATA,
    checkOptions: (options) => validateSchema(optionsSchema, options, 'options'),
    async verify(request, ctx) {
      const options = collectorOptionsOf(request.options);
      const session = await AwsSession.open(awsSecretOf(request.secret_data), settings, {
        signal: ctx.signal,
        concurrency: options.concurrency,
      });
      session.close();
    },
    collect: (request, ctx) => collect(settings, request, ctx),
  });
}

/**
 * One task of `Job.get_tasks`, or, without `task_options`, everything (upstream v2 collects
 * nothing then). Streams as resources are shaped; at the end, one log line per type.
 */
async function* collect(
  settings: AwsSettings,
  request: CollectRequest,
  ctx: CallContext,
): AsyncGenerator<ResourceInfo> {
  const options = collectorOptionsOf(request.options);
  const taskOptions = taskOptionsOf(request);
  const task = taskOptions ? taskOf(taskOptions) : undefined;
  if (task?.resource_type === 'inventory.CloudServiceType') return yield* typesOf(task.services);
  if (task?.resource_type === 'inventory.Region') return yield* task.regions.map(awsRegion);
  if (task?.resource_type === 'inventory.Metric') return yield* task.services.includes('EC2') ? ec2Metrics() : [];

  const secret = awsSecretOf(request.secret_data);
  const session = await AwsSession.open(secret, settings, { signal: ctx.signal, concurrency: options.concurrency });
  const stats = new TypeStats();
  try {
    if (task) {
      yield* serviceInRegion(session, options, task, stats, ctx);
      return;
    }
    const regions = checkRegionFilter(options.regionFilter, await enabledRegions(session, secret.region_name));
    yield* typesOf(options.services);
    const tasks = options.services.flatMap((service) =>
      regions.map((region) => ({ resource_type: 'inventory.CloudService' as const, service, region })),
    );
    yield* mergeBounded(
      tasks.map((t) => () => serviceInRegion(session, options, t, stats, ctx)),
      { concurrency: regionsAtOnce(options.concurrency, tasks.length), signal: session.signal },
    );
    yield* regions.map(awsRegion);
    if (options.services.includes('EC2')) yield* ec2Metrics();
  } finally {
    session.close();
    logCollectSummary(ctx.log, stats, { field: 'aws_calls', count: session.calls, of: 'AWS' });
  }
}

/**
 * Regions collected side by side: a quarter of the call limit (8 of the default 32). Each region
 * holds a few pages at a time (instances, the next page, their volumes, a volume page), so memory
 * follows the regions in flight, not the account's size; their 7 types keep the calls busy.
 */
export function regionsAtOnce(concurrency: number, regions: number): number {
  return Math.max(1, Math.min(regions, Math.ceil(concurrency / 4)));
}

function typesOf(services: string[]): ResourceInfo[] {
  return CLOUD_SERVICE_TYPES.filter((t) => services.includes(t.group)).map((t) => t.cloudServiceType());
}

function serviceInRegion(
  session: AwsSession,
  options: CollectorOptions,
  task: Extract<Task, { resource_type: 'inventory.CloudService' }>,
  stats: TypeStats,
  ctx: CallContext,
): AsyncGenerator<ResourceInfo> {
  const types = CLOUD_SERVICE_TYPES.filter((t) => t.group === task.service);
  return collectGroupInRegion(
    { region: task.region, accountId: session.accountId, session, options, log: ctx.log },
    types,
    stats,
    session.signal,
  );
}

import {
  authenticateFailure,
  collectorHandlers,
  collectorMetadata,
  logCollectSummary,
  taskOptionsOf,
  TypeStats,
  unknownError,
  warnSkippedGroups,
  type CallContext,
  type Handlers,
} from '@cloudforet/plugin-core';
import type {
  CollectorService,
  CollectRequest,
  ResourceInfo,
} from '@cloudforet/api/gen/spaceone/api/inventory/plugin/collector';
import { azureErrorText } from './azure/azure-errors';
import { AzureSession } from './azure/azure-session';
import type { SubscriptionInfo } from './azure-resource';
import { azureSecretOf } from './azure-secret';
import type { AzureSettings } from './azure-settings';
import { typesOfGroups } from './cloud-service-types';
import { collectTypes } from './collect/collect-types';
import { taskOf } from './collect/tasks';
import { collectorOptionsOf, optionsSchema, type CollectorOptions } from './collector-options';
import { azureRegion, subscriptionLocations } from './regions';

/** What inventory stores and the console reads (upstream's init keys and options form). */
export const COLLECTOR_METADATA = collectorMetadata(optionsSchema);

export function makeCollectorHandlers(settings: AzureSettings): Handlers<typeof CollectorService> {
  return collectorHandlers({
    metadata: COLLECTOR_METADATA,
    checkOptions: (options) => void collectorOptionsOf(options),
    /** A token for the client secret at the tenant's Entra ID, then the subscription it must reach. */
    async verify(request, ctx) {
      const options = collectorOptionsOf(request.options);
      const session = new AzureSession(azureSecretOf(request.secret_data), settings, {
        signal: ctx.signal,
        concurrency: options.concurrency,
      });
      await session.authenticate();
      await subscriptionOf(session);
    },
    collect: (request, ctx) => collect(settings, request, ctx),
  });
}

/**
 * One task of `Job.get_tasks` (the types, the resources or the regions of its groups), or without
 * `task_options` everything of the groups in `cloud_service_groups`: the types, then the
 * resources as they stream, then the subscription's regions.
 */
async function* collect(
  settings: AzureSettings,
  request: CollectRequest,
  ctx: CallContext,
): AsyncGenerator<ResourceInfo> {
  const options = collectorOptionsOf(request.options);
  const taskOptions = taskOptionsOf(request);
  const task = taskOptions ? taskOf(taskOptions) : undefined;
  const groupOptions: CollectorOptions = task?.groups
    ? collectorOptionsOf({ ...request.options, cloud_service_groups: task.groups })
    : options;
  warnSkippedGroups(ctx.log, groupOptions.skippedGroups);
  const secret = azureSecretOf(request.secret_data);
  const types = typesOfGroups(groupOptions.groups);
  const want = (t: string) => !task || task.resourceType === t;
  if (task?.resourceType === 'inventory.Metric') return; // this version streams no Metric
  if (task?.resourceType === 'inventory.CloudServiceType') {
    yield* types.map((t) => t.cloudServiceType());
    return;
  }
  const session = new AzureSession(secret, settings, { signal: ctx.signal, concurrency: options.concurrency });
  const stats = new TypeStats();
  try {
    await session.authenticate();
    const locations = subscriptionLocations(session);
    locations.catch(() => undefined);
    if (want('inventory.CloudService')) {
      const subscription = await subscriptionOf(session);
      if (!task) yield* types.map((t) => t.cloudServiceType());
      const names = (await locations).map((l) => l.name ?? '');
      yield* collectTypes({ session, subscription, locations: names, options, log: ctx.log }, types, stats);
    }
    if (want('inventory.Region')) yield* (await locations).map(azureRegion);
  } finally {
    logCollectSummary(ctx.log, stats, { field: 'azure_calls', count: session.calls, of: 'Azure Resource Manager' });
  }
}

/** The subscription's name and tenant (every resource's `data` carries them). */
async function subscriptionOf(session: AzureSession): Promise<SubscriptionInfo> {
  const id = session.secret.subscription_id;
  try {
    const sub = await session.call((o) => session.subscriptions.subscriptions.get(id, o));
    return {
      subscription_id: id,
      subscription_name: sub.displayName ?? '',
      tenant_id: sub.tenantId ?? session.secret.tenant_id,
    };
  } catch (error) {
    if (session.signal.aborted) throw error;
    const status = (error as { statusCode?: number }).statusCode;
    const text = `subscription ${id}: ${azureErrorText(error)}`;
    throw status === 401 || status === 403 || status === 404 ? authenticateFailure(text) : unknownError(text);
  }
}

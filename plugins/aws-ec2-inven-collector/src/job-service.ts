import type { Handlers } from '@cloudforet/plugin-core';
import type { JobService } from '@cloudforet/api/gen/spaceone/api/inventory/plugin/job';
import { AwsSession } from './aws/aws-session';
import { awsSecretOf, type AwsSettings } from '@cloudforet/plugin-core/aws';
import { enabledRegions } from './collect/enabled-regions';
import { tasksFor } from './collect/tasks';
import { checkRegionFilter, collectorOptionsOf } from './collector-options';

/**
 * Upstream v2's tasks, so that inventory spreads a collection over the plugin's replicas: the
 * types, the regions, the metrics, then one task per service group and enabled region.
 */
export function makeJobHandlers(settings: AwsSettings): Handlers<typeof JobService> {
  return {
    async getTasks(request, ctx) {
      const options = collectorOptionsOf(request.options);
      const secret = awsSecretOf(request.secret_data);
      const session = await AwsSession.open(secret, settings, { signal: ctx.signal, concurrency: options.concurrency });
      try {
        const regions = checkRegionFilter(options.regionFilter, await enabledRegions(session, secret.region_name));
        return { tasks: tasksFor(options.services, regions).map((task_options) => ({ task_options })) };
      } finally {
        session.close();
      }
    },
  };
}

import type { Handlers } from '@cloudforet/plugin-core';
import type { JobService } from '@cloudforet/api/gen/spaceone/api/inventory/plugin/job';
import { azureSecretOf } from './azure-secret';
import { tasksFor } from './collect/tasks';
import { collectorOptionsOf } from './collector-options';

/**
 * Upstream's tasks: one per requested group and resource type (`resource_types`), then one for the
 * regions, so that inventory spreads a collection over the plugin's replicas. No cloud call: the
 * secret is checked for shape only.
 */
export function makeJobHandlers(): Handlers<typeof JobService> {
  return {
    getTasks(request) {
      const options = collectorOptionsOf(request.options);
      azureSecretOf(request.secret_data);
      return { tasks: tasksFor(options.groups, options.resourceTypes).map((task_options) => ({ task_options })) };
    },
  };
}

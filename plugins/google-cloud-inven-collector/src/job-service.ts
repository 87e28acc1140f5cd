import type { Handlers } from '@cloudforet/plugin-core';
import type { JobService } from '@cloudforet/api/gen/spaceone/api/inventory/plugin/job';
import { typesOfGroups } from './cloud-service-types';
import { tasksFor } from './collect/tasks';
import { collectorOptionsOf } from './collector-options';
import { gcpSecretOf } from '@cloudforet/plugin-core/google';

/**
 * One task per type of the requested groups, so that inventory spreads a collection over the
 * plugin's replicas as upstream spreads its managers over workers. No cloud call: the secret is checked for shape only.
 */
export function makeJobHandlers(): Handlers<typeof JobService> {
  return {
    getTasks(request) {
      const options = collectorOptionsOf(request.options);
      gcpSecretOf(request.secret_data);
      return { tasks: tasksFor(typesOfGroups(options.groups)).map((task_options) => ({ task_options })) };
    },
  };
}

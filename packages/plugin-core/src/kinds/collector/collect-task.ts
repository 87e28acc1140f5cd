import type { CollectRequest } from '@cloudforet/api/gen/spaceone/api/inventory/plugin/collector';

/**
 * The `task_options` of a collect that runs one task of `Job.get_tasks`, or undefined for a
 * collect of everything (inventory sends none, or `{}`).
 */
export function taskOptionsOf(request: CollectRequest): Record<string, unknown> | undefined {
  const taskOptions = request.task_options ?? {};
  return Object.keys(taskOptions).length > 0 ? taskOptions : undefined;
}

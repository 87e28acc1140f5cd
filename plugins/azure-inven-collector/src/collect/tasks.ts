import { invalidParameter, invalidParameterType } from '@cloudforet/plugin-core';
import { COLLECTED_GROUPS, NOT_YET_COLLECTED, type TaskResourceType } from '../collector-options';

/** One task of `Job.get_tasks`, as upstream's: a resource type of one group, or the regions. */
export interface Task {
  resource_type: TaskResourceType;
  cloud_service_groups?: string[];
}

/** For each group × resource type a task, then one for the regions (upstream's order). */
export function tasksFor(groups: string[], resourceTypes: TaskResourceType[]): Task[] {
  const tasks: Task[] = [];
  for (const group of groups)
    for (const resource_type of resourceTypes)
      if (resource_type !== 'inventory.Region') tasks.push({ resource_type, cloud_service_groups: [group] });
  tasks.push({ resource_type: 'inventory.Region' });
  return tasks;
}

/** A collect's `task_options` read; INVALID_ARGUMENT naming `task_options.<key>` when it is not one of ours. */
export function taskOf(options: Record<string, unknown>): { resourceType: TaskResourceType; groups?: string[] } {
  const resourceType = options.resource_type;
  const known = ['inventory.CloudService', 'inventory.CloudServiceType', 'inventory.Region', 'inventory.Metric'];
  if (typeof resourceType !== 'string' || !known.includes(resourceType))
    throw invalidParameter(
      'task_options.resource_type',
      `expected one of ${known.join(', ')} (got ${JSON.stringify(resourceType)})`,
    );
  const groups = options.cloud_service_groups;
  if (groups === undefined) return { resourceType: resourceType as TaskResourceType };
  if (!Array.isArray(groups) || groups.some((g) => typeof g !== 'string'))
    throw invalidParameterType('task_options.cloud_service_groups', 'a list of group names');
  for (const g of groups as string[])
    if (!COLLECTED_GROUPS.includes(g) && !NOT_YET_COLLECTED.includes(g))
      throw invalidParameter('task_options.cloud_service_groups', `unknown group ${JSON.stringify(g)}`);
  return { resourceType: resourceType as TaskResourceType, groups: groups as string[] };
}

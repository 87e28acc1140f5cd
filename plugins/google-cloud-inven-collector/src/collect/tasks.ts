import { invalidParameter } from '@cloudforet/plugin-core';
import { CLOUD_SERVICE_TYPES } from '../cloud-service-types';
import type { CloudServiceTypeDefinition } from './collect-context';

/** One task of `Job.get_tasks`: one type of the project (upstream collects one manager per worker). */
export interface Task {
  resource_type: 'inventory.CloudService';
  cloud_service_group: string;
  cloud_service_type: string;
}

export function tasksFor(types: CloudServiceTypeDefinition[]): Task[] {
  return types.map((t) => ({
    resource_type: 'inventory.CloudService',
    cloud_service_group: t.group,
    cloud_service_type: t.name,
  }));
}

/** The type of a collect's `task_options`; INVALID_ARGUMENT naming `task_options.<key>` when it is not one of ours. */
export function taskTypeOf(options: Record<string, unknown>): CloudServiceTypeDefinition {
  if (options.resource_type !== 'inventory.CloudService')
    throw invalidParameter(
      'task_options.resource_type',
      `expected inventory.CloudService (got ${JSON.stringify(options.resource_type)})`,
    );
  const group = options.cloud_service_group;
  if (typeof group !== 'string' || !CLOUD_SERVICE_TYPES.some((t) => t.group === group))
    throw invalidParameter('task_options.cloud_service_group', `unknown group ${JSON.stringify(group)}`);
  const type = CLOUD_SERVICE_TYPES.find((t) => t.group === group && t.name === options.cloud_service_type);
  if (!type)
    throw invalidParameter(
      'task_options.cloud_service_type',
      `unknown type ${JSON.stringify(options.cloud_service_type)} of ${group}`,
    );
  return type;
}

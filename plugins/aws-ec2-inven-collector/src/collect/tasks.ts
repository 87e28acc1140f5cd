import { invalidParameter } from '@cloudforet/plugin-core';
import { SERVICE_GROUPS } from '../cloud-service-types';

/** The tasks of `Job.get_tasks`, as upstream v2 makes them (their `task_options`). */
export type Task =
  | { resource_type: 'inventory.CloudServiceType'; services: string[] }
  | { resource_type: 'inventory.Region'; regions: string[] }
  | { resource_type: 'inventory.Metric'; services: string[] }
  | { resource_type: 'inventory.CloudService'; service: string; region: string };

/** One CloudServiceType task, one Region task, one Metric task, then one task per service and region. */
export function tasksFor(services: string[], regions: string[]): Task[] {
  return [
    { resource_type: 'inventory.CloudServiceType', services },
    { resource_type: 'inventory.Region', regions },
    { resource_type: 'inventory.Metric', services },
    ...services.flatMap((service) =>
      regions.map((region) => ({ resource_type: 'inventory.CloudService' as const, service, region })),
    ),
  ];
}

/** The task of a `collect` request; INVALID_ARGUMENT naming `task_options.<key>` when it is not one of ours. */
export function taskOf(options: Record<string, unknown>): Task {
  const stringList = (key: string, known?: string[]) => {
    const value = options[key];
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string'))
      throw invalidParameter(`task_options.${key}`, 'expected a list of strings');
    for (const v of value)
      if (known && !known.includes(v))
        throw invalidParameter(`task_options.${key}`, `unknown service group ${JSON.stringify(v)}`);
    return value as string[];
  };
  const text = (key: string) => {
    const value = options[key];
    if (typeof value !== 'string' || value === '')
      throw invalidParameter(`task_options.${key}`, 'expected a non-empty string');
    return value;
  };
  switch (options.resource_type) {
    case 'inventory.CloudServiceType':
    case 'inventory.Metric':
      return { resource_type: options.resource_type, services: stringList('services', SERVICE_GROUPS) };
    case 'inventory.Region':
      return { resource_type: options.resource_type, regions: stringList('regions') };
    case 'inventory.CloudService': {
      const service = text('service');
      if (!SERVICE_GROUPS.includes(service))
        throw invalidParameter('task_options.service', `unknown service group ${JSON.stringify(service)}`);
      return { resource_type: options.resource_type, service, region: text('region') };
    }
    default:
      throw invalidParameter(
        'task_options.resource_type',
        `expected inventory.CloudServiceType, inventory.Region, inventory.Metric or inventory.CloudService (got ${JSON.stringify(options.resource_type)})`,
      );
  }
}

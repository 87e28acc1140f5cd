import { invalidParameter, invalidParameterType, type JsonSchema } from '@cloudforet/plugin-core';

export const DEFAULT_CONCURRENCY = 16;
/** Groups this version collects (the `cloud_service_groups` values), sorted as upstream's form lists them. */
export const COLLECTED_GROUPS = [
  'Disks',
  'LoadBalancers',
  'NetworkSecurityGroups',
  'PublicIPAddresses',
  'Snapshots',
  'VMScaleSets',
  'VirtualMachines',
  'VirtualNetworks',
];
/** Groups upstream knows that this version does not collect yet: accepted, logged, skipped. */
export const NOT_YET_COLLECTED = [
  'Advisor',
  'ApplicationGateways',
  'CognitiveService',
  'ContainerInstances',
  'ContainerRegistries',
  'CosmosDB',
  'Functions',
  'KeyVaults',
  'KubernetesService',
  'MySQLFlexibleServers',
  'MySQLServers',
  'NATGateways',
  'PostgreSQLFlexibleServers',
  'PostgreSQLServers',
  'PublicIPPrefixes',
  'SQLDatabases',
  'SQLServers',
  'ServiceHealth',
  'StorageAccounts',
  'WebPubSubService',
];
export const RESOURCE_TYPES = ['inventory.CloudService', 'inventory.CloudServiceType', 'inventory.Region'] as const;
/** Upstream's `resource_types` default is these and `inventory.Metric`; this version streams no Metric. */
export const DEFAULT_RESOURCE_TYPES = ['inventory.CloudService', 'inventory.CloudServiceType'];
export type TaskResourceType = (typeof RESOURCE_TYPES)[number] | 'inventory.Metric';

/** `options` of the collector as upstream's `init` answers its form (a single choice, "All" by default). */
export const optionsSchema: JsonSchema = {
  type: 'object',
  properties: {
    cloud_service_groups: {
      title: 'Specific services',
      type: 'string',
      items: { type: 'string' },
      default: 'All',
      enum: ['All', ...COLLECTED_GROUPS],
      description: 'Choose one of the service to collect data. If you choose "All", it will collect all services.',
    },
  },
  examples: [{}, { cloud_service_groups: 'VirtualMachines' }],
};

export interface CollectorOptions {
  groups: string[];
  /** Requested groups this version does not collect (logged once per collect). */
  skippedGroups: string[];
  resourceTypes: TaskResourceType[];
  concurrency: number;
}

/**
 * Validated options: `cloud_service_groups` as upstream reads it (`"All"`, one group, or a list of
 * groups), `resource_types` for Job.get_tasks, and `concurrency` (this version's). INVALID_ARGUMENT
 * names the key and what was expected.
 */
export function collectorOptionsOf(options: Record<string, unknown> | undefined): CollectorOptions {
  const o = options ?? {};
  const raw = o.cloud_service_groups ?? 'All';
  const asked = typeof raw === 'string' ? [raw] : raw;
  if (!Array.isArray(asked) || asked.some((g) => typeof g !== 'string'))
    throw invalidParameterType('options.cloud_service_groups', 'a group name or a list of group names');
  const known = [...COLLECTED_GROUPS, ...NOT_YET_COLLECTED];
  for (const g of asked as string[])
    if (g !== 'All' && !known.includes(g))
      throw invalidParameter(
        'options.cloud_service_groups',
        `unknown group ${JSON.stringify(g)}; known: All, ${known.join(', ')}`,
      );
  const all = asked.length === 0 || asked.includes('All');
  const types = o.resource_types ?? DEFAULT_RESOURCE_TYPES;
  if (!Array.isArray(types) || types.some((t) => typeof t !== 'string'))
    throw invalidParameterType('options.resource_types', 'a list of resource types');
  for (const t of types as string[])
    if (![...RESOURCE_TYPES, 'inventory.Metric'].includes(t))
      throw invalidParameter('options.resource_types', `unknown resource type ${JSON.stringify(t)}`);
  const concurrency = o.concurrency ?? DEFAULT_CONCURRENCY;
  if (typeof concurrency !== 'number' || !Number.isInteger(concurrency) || concurrency < 1 || concurrency > 256)
    throw invalidParameter('options.concurrency', 'expected an integer from 1 to 256');
  return {
    groups: all ? [...COLLECTED_GROUPS] : COLLECTED_GROUPS.filter((g) => (asked as string[]).includes(g)),
    skippedGroups: all ? [] : (asked as string[]).filter((g) => NOT_YET_COLLECTED.includes(g)),
    resourceTypes: [...new Set(types as TaskResourceType[])],
    concurrency,
  };
}

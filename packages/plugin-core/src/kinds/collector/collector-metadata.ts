import type { JsonSchema } from '../../validation/json-schema';

/** The resource types every collector streams (the legacy plugins' and the v2 SDK's default). */
export const COLLECTOR_RESOURCE_TYPES = [
  'inventory.CloudService',
  'inventory.CloudServiceType',
  'inventory.Region',
  'inventory.ErrorResource',
] as const;

/**
 * `Collector.init`'s metadata as upstream collectors answer it: what inventory stores and the
 * console reads (`supported_schedules: ["hours"]`, `supported_features: ["garbage_collection"]`,
 * `filter_format: []`) with the collector's options form; `extraResourceTypes` for Namespace and Metric.
 */
export function collectorMetadata(optionsSchema: JsonSchema, extraResourceTypes: string[] = []) {
  return {
    supported_resource_type: [...COLLECTOR_RESOURCE_TYPES, ...extraResourceTypes],
    supported_schedules: ['hours'],
    supported_features: ['garbage_collection'],
    filter_format: [],
    options_schema: optionsSchema,
  };
}

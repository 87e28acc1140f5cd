import { invalidParameter, validateSchema, type JsonSchema } from '@cloudforet/plugin-core';
import { ASSET_URL } from './gcp-resource';

export const DEFAULT_CONCURRENCY = 16;
/** Groups this version collects (the `cloud_service_types` values). */
export const COLLECTED_GROUPS = ['ComputeEngine', 'Networking', 'CloudStorage'];
/** Groups upstream knows that this version does not collect yet: accepted, logged, skipped. */
export const NOT_YET_COLLECTED = ['CloudSQL', 'BigQuery', 'PubSub', 'CloudFunctions', 'Recommender'];

/** `options` of the collector, as upstream names them; the console renders the form from init's `options_schema`. */
export const optionsSchema: JsonSchema = {
  type: 'object',
  properties: {
    cloud_service_types: {
      title: 'Cloud Service Types',
      type: 'array',
      items: { type: 'string' },
      default: [...COLLECTED_GROUPS],
      description: `Collect only these groups (${COLLECTED_GROUPS.join(', ')}). Default: all.`,
    },
    service_code_mappers: {
      title: 'Service Code Mappers',
      type: 'object',
      additionalProperties: { type: 'string' },
      description: 'Replaces the service_code of the cloud service types, e.g. {"Compute Engine": "GCE"}.',
    },
    custom_asset_url: {
      title: 'Custom Asset URL',
      type: 'string',
      description: 'Base URL of the type icons instead of the Cloudforet assets.',
    },
    concurrency: {
      title: 'Concurrency',
      type: 'integer',
      minimum: 1,
      maximum: 256,
      default: DEFAULT_CONCURRENCY,
      description: 'Most Google API calls in flight at once for one collect.',
    },
  },
  examples: [{}, { cloud_service_types: ['ComputeEngine'] }],
};

export interface CollectorOptions {
  groups: string[];
  /** Requested groups this version does not collect (logged once per collect). */
  skippedGroups: string[];
  serviceCodeMappers: Record<string, string>;
  assetUrl: string;
  concurrency: number;
}

/** Validated options; INVALID_ARGUMENT names the key and what was expected. */
export function collectorOptionsOf(options: Record<string, unknown> | undefined): CollectorOptions {
  const o = options ?? {};
  validateSchema(optionsSchema, o, 'options');
  const asked = (o.cloud_service_types as string[] | undefined) ?? [];
  for (const g of asked)
    if (!COLLECTED_GROUPS.includes(g) && !NOT_YET_COLLECTED.includes(g))
      throw invalidParameter(
        'options.cloud_service_types',
        `unknown group ${JSON.stringify(g)}; known: ${[...COLLECTED_GROUPS, ...NOT_YET_COLLECTED].join(', ')}`,
      );
  return {
    groups: asked.length ? COLLECTED_GROUPS.filter((g) => asked.includes(g)) : [...COLLECTED_GROUPS],
    skippedGroups: asked.filter((g) => NOT_YET_COLLECTED.includes(g)),
    serviceCodeMappers: (o.service_code_mappers as Record<string, string> | undefined) ?? {},
    assetUrl: ((o.custom_asset_url as string | undefined) || ASSET_URL).replace(/\/+$/, ''),
    concurrency: (o.concurrency as number | undefined) ?? DEFAULT_CONCURRENCY,
  };
}

import { isObject, isStringList, type Dict } from './call-outcome';
import { INVENTORY_RESOURCE_TYPES } from './collector-resource';

/**
 * What is wrong with a Collector.init `metadata`. Inventory itself reads only `collector_rules` and
 * `concurrency`; the console reads the rest. Every upstream collector answers `supported_resource_type`
 * (the SDK fills `supported_schedules: ["hours"]`, `supported_features: ["garbage_collection"]`,
 * `filter_format: []` and `options_schema`), so the first is required and the others are checked when present.
 */
export function collectorMetadataProblems(metadata: Dict): string[] {
  const problems: string[] = [];
  const types = metadata.supported_resource_type;
  if (!isStringList(types) || types.length === 0) {
    problems.push(`supported_resource_type is ${JSON.stringify(types)}, not a list of resource types`);
  } else {
    for (const t of types)
      if (!INVENTORY_RESOURCE_TYPES.includes(t))
        problems.push(`supported_resource_type lists ${t}, unknown to inventory`);
  }
  for (const key of ['supported_schedules', 'supported_features', 'filter_format'] as const) {
    if (key in metadata && !Array.isArray(metadata[key])) problems.push(`${key} is not a list`);
  }
  if (isStringList(metadata.supported_schedules)) {
    for (const s of metadata.supported_schedules)
      if (s !== 'hours') problems.push(`supported_schedules lists ${s}; inventory schedules by "hours"`);
  }
  if ('options_schema' in metadata) problems.push(...optionsSchemaProblems(metadata.options_schema));
  if ('collector_rules' in metadata && !Array.isArray(metadata.collector_rules))
    problems.push('collector_rules is not a list');
  if ('concurrency' in metadata && !(Number.isInteger(metadata.concurrency) && Number(metadata.concurrency) > 0))
    problems.push(`concurrency is ${JSON.stringify(metadata.concurrency)}, not a positive integer`);
  return problems;
}

/** `options_schema` renders the console's options form: `{}` (no options) or an object JSON schema. */
function optionsSchemaProblems(schema: unknown): string[] {
  if (!isObject(schema)) return ['options_schema is not an object'];
  if (Object.keys(schema).length === 0) return [];
  const problems: string[] = [];
  if (schema.type !== 'object') problems.push(`options_schema.type is ${JSON.stringify(schema.type)}, not "object"`);
  if (!isObject(schema.properties)) problems.push('options_schema has no properties');
  for (const key of isStringList(schema.required) ? schema.required : [])
    if (!isObject(schema.properties) || !(key in schema.properties))
      problems.push(`options_schema requires ${key}, which has no property`);
  return problems;
}

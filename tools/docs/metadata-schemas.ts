import type { JsonSchema } from '@cloudforet/plugin-core';

export interface FoundSchema {
  /** Dotted path inside the init response, e.g. "metadata.data.schema". */
  path: string;
  schema: JsonSchema;
}

/** Every JSON Schema (an object with `properties`) in an init response, in document order; not searched inside. */
export function findSchemas(value: unknown, path = ''): FoundSchema[] {
  if (!value || typeof value !== 'object') return [];
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  const record = value as JsonSchema;
  if (!Array.isArray(value) && isPlainObject(record.properties) && (record.type ?? 'object') === 'object')
    return [{ path, schema: record }];
  return entries.flatMap(([key, child]) => findSchemas(child, path ? `${path}.${key}` : key));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

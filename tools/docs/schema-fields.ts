import type { JsonSchema } from '@cloudforet/plugin-core';

/** One property of an object schema, nested objects flattened to dotted keys. */
export interface SchemaField {
  key: string;
  type: string;
  required: boolean;
  schema: JsonSchema;
}

/** The properties of an object schema in their declared order, each followed by its nested properties. */
export function schemaFields(schema: JsonSchema, prefix = ''): SchemaField[] {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema.required ?? []) as string[]);
  return Object.entries(properties).flatMap(([name, property]) => {
    const key = prefix + name;
    const field: SchemaField = { key, type: typeOf(property), required: required.has(name), schema: property };
    return property.properties ? [field, ...schemaFields(property, `${key}.`)] : [field];
  });
}

/** A readable type: `string`, `string | null`, `array of string`, inferred from enum/const when untyped. */
export function typeOf(schema: JsonSchema): string {
  const { type } = schema;
  if (Array.isArray(type)) return type.map((t) => (t === 'array' ? arrayType(schema) : String(t))).join(' | ');
  if (type === 'array') return arrayType(schema);
  if (typeof type === 'string') return type;
  const alternatives = (schema.oneOf ?? schema.anyOf) as JsonSchema[] | undefined;
  if (alternatives) return [...new Set(alternatives.map(typeOf))].join(' | ');
  const values = (schema.enum as unknown[] | undefined) ?? ('const' in schema ? [schema.const] : undefined);
  if (values) return [...new Set(values.map((v) => (v === null ? 'null' : typeof v)))].join(' | ');
  if (schema.properties) return 'object';
  return 'any';
}

function arrayType(schema: JsonSchema): string {
  const items = schema.items as JsonSchema | undefined;
  return items && !Array.isArray(items) ? `array of ${typeOf(items)}` : 'array';
}

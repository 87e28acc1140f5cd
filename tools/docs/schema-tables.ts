import type { JsonSchema } from '@cloudforet/plugin-core';
import { code, codeValue, markdownTable } from './markdown-table';
import { schemaFields, type SchemaField } from './schema-fields';

/** Keywords shown in the constraints column, in this order. */
const CONSTRAINTS = [
  'const',
  'enum',
  'default',
  'format',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'exclusiveMinimum',
  'maximum',
  'exclusiveMaximum',
  'multipleOf',
  'minItems',
  'maxItems',
  'uniqueItems',
] as const;

/** `options`: key, type, required, default, allowed values, description (or title). */
export function optionsTable(schema: JsonSchema): string {
  return table(schema, ['key', 'type', 'required', 'default', 'values', 'description'], (f) => [
    code(f.key),
    f.type,
    yesNo(f),
    'default' in f.schema ? codeValue(f.schema.default) : '',
    enumOf(f.schema),
    text(f.schema.description ?? f.schema.title),
  ]);
}

/** secret_data / channel_data / any credential form: key, type, required, title, description, example, constraints. */
export function fieldTable(schema: JsonSchema): string {
  return table(schema, ['key', 'type', 'required', 'title', 'description', 'example', 'constraints'], (f) => [
    code(f.key),
    f.type,
    yesNo(f),
    text(f.schema.title),
    text(f.schema.description),
    exampleOf(f.schema),
    constraintsOf(f.schema),
  ]);
}

function table(schema: JsonSchema, headers: string[], row: (field: SchemaField) => string[]): string {
  const fields = schemaFields(schema);
  if (!fields.length) return '_No properties._';
  return markdownTable(headers, fields.map(row));
}

function yesNo(field: SchemaField): string {
  return field.required ? 'yes' : 'no';
}

function text(value: unknown): string {
  return value === undefined ? '' : String(value);
}

function enumOf(schema: JsonSchema): string {
  return Array.isArray(schema.enum) ? schema.enum.map(codeValue).join(', ') : '';
}

function plain(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function exampleOf(schema: JsonSchema): string {
  if (Array.isArray(schema.examples) && schema.examples.length) return codeValue(schema.examples[0]);
  return 'example' in schema ? codeValue(schema.example) : '';
}

function constraintsOf(schema: JsonSchema): string {
  return CONSTRAINTS.filter((k) => k in schema)
    .map((k) => (k === 'enum' ? `one of ${enumOf(schema)}` : code(`${k}: ${plain(schema[k])}`)))
    .join(', ');
}

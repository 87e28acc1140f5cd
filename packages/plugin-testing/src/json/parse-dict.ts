import {
  fromJson,
  type DescField,
  type DescMessage,
  type JsonValue,
  type Message,
  type Registry,
} from '@bufbuild/protobuf';
import { ParseDictError } from '../errors/parse-dict-error';
import { convertScalar, type ScalarTarget } from './convert-scalar';
import { PyError, parseError, typeError } from './py-error';
import { isDict, pyRepr, pyStr, pyTypeName } from './python-format';

const MAX_RECURSION_DEPTH = 100;
const EXTENSION_NAME = /^\[[a-zA-Z0-9._]*\]$/;
const GENERIC_WKT = new Set([
  'google.protobuf.Any',
  'google.protobuf.Timestamp',
  'google.protobuf.Duration',
  'google.protobuf.FieldMask',
]);

interface Context {
  depth: number;
  registry?: Registry;
}

/**
 * `json_format.ParseDict(params, Message())` with `ignore_unknown_fields=False`,
 * as the core calls it for every request. The dict is walked the way the Python
 * `_Parser` walks it, so the same inputs fail with the same messages; the
 * accepted, normalised result is then built with protobuf-es `fromJson`.
 *
 * `undefined` counts as Python `None`: the key must still be a field, and the
 * field is cleared.
 */
export function parseDict<Desc extends DescMessage>(
  schema: Desc,
  params: Record<string, unknown>,
  registry?: Registry,
): Message {
  let json: JsonValue;
  try {
    json = convertMessage(schema, params, '', { depth: 0, registry });
  } catch (error) {
    if (error instanceof PyError) throw new ParseDictError(error.message);
    throw error;
  }
  try {
    return fromJson(schema, json, { registry, ignoreUnknownFields: false, recursionLimit: 10_000 });
  } catch (error) {
    throw new ParseDictError(
      `Failed to parse ${schema.typeName}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** `_Parser.ConvertMessage`. */
function convertMessage(desc: DescMessage, value: unknown, parentPath: string, ctx: Context): JsonValue {
  if (++ctx.depth > MAX_RECURSION_DEPTH)
    throw parseError(`Message too deep. Max recursion depth is ${MAX_RECURSION_DEPTH}`);
  try {
    const path = parentPath || desc.name;
    if (desc.file.proto.name === 'google/protobuf/wrappers.proto')
      return convertScalar(value, scalarTarget(desc.fields[0]!), `${path}.value`);
    switch (desc.typeName) {
      case 'google.protobuf.Struct':
        return convertStruct(value, path);
      case 'google.protobuf.Value':
        return convertValue(value, path);
      case 'google.protobuf.ListValue':
        return convertListValue(value, path);
    }
    if (GENERIC_WKT.has(desc.typeName)) return convertWithFromJson(desc, value, path, ctx);
    return convertFields(desc, value, path, ctx);
  } finally {
    ctx.depth--;
  }
}

/** `_ConvertFieldValuePair`: one key at a time, with Python's error wrapping. */
function convertFields(desc: DescMessage, js: unknown, path: string, ctx: Context): JsonValue {
  const out: Record<string, JsonValue> = {};
  const names: unknown[] = [];
  for (const name of pythonIteration(js)) {
    let field: DescField | undefined;
    let oneof: string | undefined;
    try {
      field = lookupField(desc, name, path);
      oneof = containingOneof(desc, field);
      if (names.includes(name)) {
        throw parseError(
          `Message type "${desc.typeName}" should not have multiple "${pyStr(name)}" fields at "${path}".`,
        );
      }
      names.push(name);
      const value = pythonIndex(js, name);
      if (oneof !== undefined && !isNone(value)) {
        if (names.includes(oneof))
          throw parseError(
            `Message type "${desc.typeName}" should not have multiple "${oneof}" oneof fields at "${path}".`,
          );
        names.push(oneof);
      }
      if (isNone(value)) {
        if (keepsNull(field)) out[field.name] = null;
        else delete out[field.name];
        continue;
      }
      out[field.name] = convertField(field, value, path, pyStr(name), ctx);
    } catch (error) {
      if (!(error instanceof PyError)) throw error;
      if (error.pyType === 'ParseError' && !(field && oneof === undefined)) throw parseError(error.message);
      throw parseError(`Failed to parse ${pyStr(name)} field: ${error.message}.`);
    }
  }
  return out;
}

function lookupField(desc: DescMessage, name: unknown, path: string): DescField {
  if (Array.isArray(name) || isDict(name)) throw typeError(`unhashable type: '${pyTypeName(name)}'`);
  const field =
    typeof name === 'string'
      ? (desc.fields.find((f) => f.jsonName === name) ?? desc.fields.find((f) => f.name === name))
      : undefined;
  if (field) return field;
  if (typeof name !== 'string') throw typeError(`expected string or bytes-like object, got '${pyTypeName(name)}'`);
  if (EXTENSION_NAME.test(name) && desc.proto.extensionRange.length === 0) {
    throw parseError(`Message type ${desc.typeName} does not have extensions at ${path}`);
  }
  throw parseError(
    `Message type "${desc.typeName}" has no field named "${name}" at "${path}".\n` +
      ` Available Fields(except extensions): "${pyRepr(desc.fields.map((f) => f.jsonName))}"`,
  );
}

function convertField(field: DescField, value: unknown, path: string, name: string, ctx: Context): JsonValue {
  const fieldPath = `${path}.${name}`;
  switch (field.fieldKind) {
    case 'map':
      return convertMap(field, value, fieldPath, ctx);
    case 'list': {
      if (!Array.isArray(value))
        throw parseError(`repeated field ${name} must be in [] which is ${pyStr(value)} at ${path}`);
      return value.map((item, index) => {
        const itemPath = `${fieldPath}[${index}]`;
        if (isNone(item) && field.message?.typeName !== 'google.protobuf.Value') {
          throw parseError(`null is not allowed to be used as an element in a repeated field at ${itemPath}`);
        }
        if (field.listKind === 'message') return convertMessage(field.message, item, itemPath, ctx);
        return convertScalar(
          item,
          field.listKind === 'enum' ? { kind: 'enum', enum: field.enum } : { kind: 'scalar', scalar: field.scalar },
          itemPath,
        );
      });
    }
    case 'message':
      return convertMessage(field.message, value, fieldPath, ctx);
    case 'enum':
      return convertScalar(value, { kind: 'enum', enum: field.enum }, fieldPath);
    case 'scalar':
      return convertScalar(value, { kind: 'scalar', scalar: field.scalar }, fieldPath);
  }
}

/** `_ConvertMapFieldValue`. Keys are parsed from strings, as JSON object keys. */
function convertMap(field: DescField & { fieldKind: 'map' }, value: unknown, path: string, ctx: Context): JsonValue {
  if (!isDict(value)) throw parseError(`Map field ${field.name} must be in a dict which is ${pyStr(value)} at ${path}`);
  const out: Record<string, JsonValue> = {};
  for (const [key, item] of Object.entries(value)) {
    const keyValue = convertScalar(key, { kind: 'scalar', scalar: field.mapKey }, `${path}.key`, true);
    const itemPath = `${path}[${pyStr(keyValue)}]`;
    out[String(keyValue)] =
      field.mapKind === 'message'
        ? convertMessage(field.message, item, itemPath, ctx)
        : convertScalar(
            item,
            field.mapKind === 'enum' ? { kind: 'enum', enum: field.enum } : { kind: 'scalar', scalar: field.scalar },
            itemPath,
          );
  }
  return out;
}

function convertStruct(value: unknown, path: string): JsonValue {
  if (!isDict(value)) throw parseError(`Struct must be in a dict which is ${pyStr(value)} at ${path}`);
  const out: Record<string, JsonValue> = {};
  for (const [key, item] of Object.entries(value)) out[key] = convertValue(item, `${path}.${key}`);
  return out;
}

function convertValue(value: unknown, path: string): JsonValue {
  if (isDict(value)) return convertStruct(value, path);
  if (Array.isArray(value)) return convertListValue(value, path);
  if (isNone(value)) return null;
  switch (typeof value) {
    case 'boolean':
    case 'string':
    case 'number':
      return value;
    case 'bigint':
      return Number(value);
  }
  throw parseError(`Value ${pyStr(value)} has unexpected type <class '${pyTypeName(value)}'> at ${path}`);
}

function convertListValue(value: unknown, path: string): JsonValue {
  if (!Array.isArray(value)) throw parseError(`ListValue must be in [] which is ${pyStr(value)} at ${path}`);
  return value.map((item, index) => convertValue(item, `${path}[${index}]`));
}

/** Any, Timestamp, Duration, FieldMask: parsed by their own JSON rules, errors tagged with the path. */
function convertWithFromJson(desc: DescMessage, value: unknown, path: string, ctx: Context): JsonValue {
  try {
    fromJson(desc, value as JsonValue, { registry: ctx.registry });
  } catch (error) {
    throw parseError(`${error instanceof Error ? error.message : String(error)} at ${path}`);
  }
  return value as JsonValue;
}

/** What `for name in js` visits: dict keys, list items, string characters. */
function pythonIteration(js: unknown): unknown[] {
  if (isDict(js)) return Object.keys(js);
  if (Array.isArray(js)) return js;
  if (typeof js === 'string') return [...js];
  throw typeError(`'${pyTypeName(js)}' object is not iterable`);
}

/** What `js[name]` gives for the iterated container. */
function pythonIndex(js: unknown, name: unknown): unknown {
  if (isDict(js)) return js[name as string];
  if (Array.isArray(js)) throw typeError(`list indices must be integers or slices, not ${pyTypeName(name)}`);
  throw typeError(`string indices must be integers, not '${pyTypeName(name)}'`);
}

/** A real oneof, or the synthetic one Python reports for a proto3 `optional` field. */
function containingOneof(desc: DescMessage, field: DescField): string | undefined {
  if (field.oneof) return field.oneof.name;
  if (field.proto.proto3Optional) return desc.proto.oneofDecl[field.proto.oneofIndex]?.name;
  return undefined;
}

/** `None` sets `null_value` on a Value field and on a NullValue enum field; anything else is cleared. */
function keepsNull(field: DescField): boolean {
  return (
    (field.fieldKind === 'message' && field.message.typeName === 'google.protobuf.Value') ||
    (field.fieldKind === 'enum' && field.enum.typeName === 'google.protobuf.NullValue')
  );
}

function scalarTarget(field: DescField): ScalarTarget {
  if (field.fieldKind === 'enum') return { kind: 'enum', enum: field.enum };
  if (field.fieldKind === 'scalar') return { kind: 'scalar', scalar: field.scalar };
  throw new Error(`unexpected wrapper field ${field.toString()}`);
}

function isNone(value: unknown): value is null | undefined {
  return value === null || value === undefined;
}

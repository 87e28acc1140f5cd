import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { invalidParameter, invalidParameterType, requiredParameter, type PluginError } from '../errors/plugin-error';

export type JsonSchema = Record<string, unknown>;

const ajv = new Ajv({ allErrors: false, strict: false });
const compiled = new WeakMap<JsonSchema, ValidateFunction>();

/**
 * Validates `value` (found at key path `key`, e.g. "channel_data") against a JSON
 * Schema and throws the Cloudforet error that names the offending key path:
 * ERROR_REQUIRED_PARAMETER for a missing key, ERROR_INVALID_PARAMETER_TYPE for a
 * wrong type, ERROR_INVALID_PARAMETER otherwise. Messages never quote the value,
 * which may be a secret.
 */
export function validateSchema(schema: JsonSchema, value: unknown, key: string): void {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  if (value == null && schema.type === 'object') throw requiredParameter(key);
  if (!validate(value ?? {})) throw toPluginError(validate.errors?.[0], key);
}

function toPluginError(error: ErrorObject | undefined, key: string): PluginError {
  if (!error) return invalidParameter(key, 'does not match the schema');
  const path = [key, ...error.instancePath.split('/').filter(Boolean).map(unescapePointer)].join('.');
  switch (error.keyword) {
    case 'required':
      return requiredParameter(`${path}.${(error.params as { missingProperty: string }).missingProperty}`);
    case 'type':
      return invalidParameterType(path, String((error.params as { type: string | string[] }).type));
    default:
      return invalidParameter(path, error.message ?? error.keyword);
  }
}

function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

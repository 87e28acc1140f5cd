import { invalidParameterType } from '../../errors/plugin-error';
import { pyStr } from './python-str';
import { isPyDict, type PyDict, type PyValue } from './python-value';

/**
 * Reading a posted body the way the Python webhooks do (`.get(key, default)` on dicts),
 * with the failures Python would raise turned into INVALID_ARGUMENT errors that name the
 * key path (`data.alerts[2].labels`) and the type that was expected.
 */
export function pyTypeName(value: PyValue | undefined): string {
  if (value === null || value === undefined) return 'NoneType';
  if (Array.isArray(value)) return 'list';
  switch (typeof value) {
    case 'string':
      return 'str';
    case 'number':
      return 'float';
    case 'bigint':
      return 'int';
    case 'boolean':
      return 'bool';
    default:
      return 'dict';
  }
}

/** `value` when it is a dict, else the error `x.get(...)` raises (AttributeError upstream). */
export function dictAt(value: PyValue | undefined, key: string): PyDict {
  if (isPyDict(value)) return value;
  throw invalidParameterType(key, `dict, not ${pyTypeName(value)}`);
}

/** `value` when it is a list. */
export function listAt(value: PyValue | undefined, key: string): PyValue[] {
  if (Array.isArray(value)) return value;
  throw invalidParameterType(key, `list, not ${pyTypeName(value)}`);
}

/** `value` when it is a str. */
export function strAt(value: PyValue | undefined, key: string): string {
  if (typeof value === 'string') return value;
  throw invalidParameterType(key, `str, not ${pyTypeName(value)}`);
}

/**
 * A schematics `StringType` field: a str as is, an int (or bool) cast with `str()`, None
 * left unset; anything else (a float, a list, a dict) fails validation upstream.
 */
export function stringTypeAt(value: PyValue | undefined, key: string): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'bigint' || typeof value === 'boolean') return pyStr(value);
  throw invalidParameterType(key, `str, not ${pyTypeName(value)}`);
}

/** A protobuf string field filled by ParseDict: a str, or None for the default; anything else fails. */
export function protoStringAt(value: PyValue | undefined, key: string): string | undefined {
  if (value === null || value === undefined) return undefined;
  return strAt(value, key);
}

/** `dict.get(key, fallback)`: the fallback only when the key is absent (a None value stays None). */
export function pyGet(dict: PyDict, key: string, fallback?: PyValue): PyValue | undefined {
  return Object.prototype.hasOwnProperty.call(dict, key) ? dict[key] : fallback;
}

/** A value as an error message may show it: its type, and a short start of its text (a body may be megabytes). */
export function describeValue(value: PyValue | undefined, max = 40): string {
  if (typeof value !== 'string') return pyTypeName(value);
  const text = JSON.stringify(value.length > max ? value.slice(0, max) : value);
  return value.length > max ? `str ${text.slice(0, -1)}…" (${value.length} characters)` : `str ${text}`;
}

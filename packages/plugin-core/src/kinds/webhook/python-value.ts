/**
 * A value as a Python webhook plugin sees it after `MessageToDict` or `json.loads`:
 * `number` is a Python float (every Struct number is a double), `bigint` a Python int
 * (an integer literal inside a JSON string the plugin decodes itself), `null` None,
 * arrays lists and plain objects dicts.
 */
export type PyValue = string | number | bigint | boolean | null | PyValue[] | { [key: string]: PyValue };

export type PyDict = { [key: string]: PyValue };

export function isPyDict(value: unknown): value is PyDict {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Python truthiness: None, False, 0, 0.0, '', [] and {} are false. */
export function pyTruthy(value: unknown): boolean {
  if (value === null || value === undefined || value === false) return false;
  if (typeof value === 'number') return value !== 0; // NaN is true, -0.0 false
  if (typeof value === 'bigint') return value !== 0n;
  if (typeof value === 'string' || Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}

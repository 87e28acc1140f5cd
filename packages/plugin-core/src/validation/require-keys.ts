import { requiredParameter } from '../errors/plugin-error';

/**
 * Throws ERROR_REQUIRED_PARAMETER for the first dotted key path whose value is
 * missing or null, as python-core's `check_required` does ("" and {} pass).
 */
export function requireKeys(params: unknown, keys: readonly string[]): void {
  for (const key of keys) {
    if (valueAt(params, key) == null) throw requiredParameter(key);
  }
}

export function valueAt(params: unknown, path: string): unknown {
  let node: unknown = params;
  for (const part of path.split('.')) {
    if (node == null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

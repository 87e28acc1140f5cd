/** Request keys whose every string value is secret, in any plugin. */
export const ALWAYS_SECRET_KEYS = ['secret_data', 'credentials'];

/** A key with one of these names holds a secret wherever it appears. */
const SECRET_KEY_NAME =
  /(token|password|passwd|secret|private_key|api_key|access_key|client_secret|webhook_url|hookurl)/i;

/** Key names repeat from request to request (every alert has `labels`); remember the verdict for a bounded set of them. */
const MAX_REMEMBERED_KEY_NAMES = 4096;
const keyNameVerdicts = new Map<string, boolean>();

function isSecretKeyName(key: string): boolean {
  let verdict = keyNameVerdicts.get(key);
  if (verdict === undefined) {
    verdict = SECRET_KEY_NAME.test(key);
    if (keyNameVerdicts.size < MAX_REMEMBERED_KEY_NAMES) keyNameVerdicts.set(key, verdict);
  }
  return verdict;
}

/**
 * Collects the secret strings of one request: every string under a secret
 * top-level key (ALWAYS_SECRET_KEYS plus the plugin's own, e.g. SECRET channel
 * data), and every string under a key whose name says it is a secret.
 */
export function collectSecrets(request: unknown, secretKeys: readonly string[] = []): string[] {
  const found: string[] = [];
  const topSecret = new Set([...ALWAYS_SECRET_KEYS, ...secretKeys]);
  if (request && typeof request === 'object') {
    for (const [key, value] of Object.entries(request)) walk(value, topSecret.has(key) || isSecretKeyName(key), found);
  }
  return found;
}

function walk(value: unknown, secret: boolean, found: string[]): void {
  if (typeof value === 'string') {
    if (secret) found.push(value);
  } else if (Array.isArray(value)) {
    for (const item of value) walk(item, secret, found);
  } else if (value && typeof value === 'object' && !(value instanceof Uint8Array)) {
    for (const key in value) {
      if (Object.hasOwn(value, key))
        walk((value as Record<string, unknown>)[key], secret || isSecretKeyName(key), found);
    }
  }
}

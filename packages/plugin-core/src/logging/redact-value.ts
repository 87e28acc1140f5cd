import { secrets, type SecretRegistry } from './secret-registry';

/** Longest string kept in a log value (after redaction); the rest is cut with a note. */
export const MAX_LOGGED_STRING = 16 * 1024;
/** How much of an object a log line may carry: deeper or larger parts are cut. */
const MAX_DEPTH = 8;
const MAX_NODES = 2000;

/**
 * A copy of a value about to be logged, with every string scrubbed of held
 * secrets and the whole bounded in depth, node count and string length, so one
 * log line costs a bounded amount of work whatever a handler passes in.
 */
export function redactValue(value: unknown, registry: SecretRegistry = secrets): unknown {
  // Nothing to scrub: leave the value to pino as it is (the common case between RPCs).
  if (registry.size === 0 && (typeof value !== 'string' || value.length <= MAX_LOGGED_STRING)) return value;
  let nodes = 0;
  let seen: WeakSet<object> | undefined;
  const walk = (v: unknown, depth: number): unknown => {
    if (++nodes > MAX_NODES || depth > MAX_DEPTH) return '[Truncated]';
    if (typeof v === 'string') return clip(registry.redact(v));
    if (v === null || typeof v !== 'object') return v;
    seen ??= new WeakSet();
    if (seen.has(v)) return '[Circular]';
    seen.add(v);
    if (v instanceof Error) {
      const fields: Record<string, unknown> = { type: v.name, message: v.message, stack: v.stack };
      if ((v as { code?: unknown }).code !== undefined) fields.code = (v as { code?: unknown }).code;
      return walk(fields, depth);
    }
    if (ArrayBuffer.isView(v)) return `[${v.constructor.name} ${v.byteLength} bytes]`;
    if (Array.isArray(v)) return v.map((item) => walk(item, depth + 1));
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(v)) out[key] = walk(child, depth + 1);
    return out;
  };
  return walk(value, 0);
}

function clip(text: string): string {
  return text.length <= MAX_LOGGED_STRING
    ? text
    : `${text.slice(0, MAX_LOGGED_STRING)}…[+${text.length - MAX_LOGGED_STRING} chars]`;
}

import { MIN_SECRET_LENGTH, secretVariants } from './secret-variants';

export { MIN_SECRET_LENGTH };
export const REDACTED = '[REDACTED]';

/**
 * Every secret value in use by an RPC right now, so that any string about to leave
 * the process (a logged value, an error's details) can be scrubbed of it in any of
 * its encoded forms (see secretVariants).
 *
 * Redaction works on values, never on serialized lines, so it cannot break a
 * line's JSON. Patterns are indexed by their first characters and length: the cost
 * of redacting a string grows with its length, not with the number of secrets held.
 */
export class SecretRegistry {
  private readonly counts = new Map<string, number>();
  /** first MIN_SECRET_LENGTH characters -> pattern length -> patterns */
  private readonly index = new Map<string, Map<number, Set<string>>>();

  /** Registers the values for the life of one RPC; call the returned function when it ends. */
  hold(values: Iterable<string>): () => void {
    const held = new Set<string>();
    for (const value of values) for (const v of secretVariants(value)) held.add(v);
    for (const v of held) this.add(v);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      for (const v of held) this.remove(v);
    };
  }

  /** Distinct patterns held (each secret counts once per encoded form). */
  get size(): number {
    return this.counts.size;
  }

  /** The text with every held secret, in any form, replaced by [REDACTED]; the longest match wins. */
  redact(text: string): string {
    if (this.counts.size === 0 || text.length < MIN_SECRET_LENGTH) return text;
    let out = '';
    let copied = 0;
    for (let i = 0; i <= text.length - MIN_SECRET_LENGTH;) {
      const byLength = this.index.get(text.substring(i, i + MIN_SECRET_LENGTH));
      let matched = 0;
      if (byLength) {
        for (const [length, patterns] of byLength) {
          if (length > matched && patterns.has(text.substring(i, i + length))) matched = length;
        }
      }
      if (matched === 0) {
        i++;
        continue;
      }
      out += text.slice(copied, i) + REDACTED;
      i += matched;
      copied = i;
    }
    return copied === 0 ? text : out + text.slice(copied);
  }

  private add(pattern: string): void {
    const n = this.counts.get(pattern) ?? 0;
    this.counts.set(pattern, n + 1);
    if (n > 0) return;
    const key = pattern.slice(0, MIN_SECRET_LENGTH);
    let byLength = this.index.get(key);
    if (!byLength) this.index.set(key, (byLength = new Map()));
    let patterns = byLength.get(pattern.length);
    if (!patterns) byLength.set(pattern.length, (patterns = new Set()));
    patterns.add(pattern);
  }

  private remove(pattern: string): void {
    const n = (this.counts.get(pattern) ?? 1) - 1;
    if (n > 0) return void this.counts.set(pattern, n);
    this.counts.delete(pattern);
    const key = pattern.slice(0, MIN_SECRET_LENGTH);
    const byLength = this.index.get(key);
    const patterns = byLength?.get(pattern.length);
    patterns?.delete(pattern);
    if (patterns?.size === 0) byLength!.delete(pattern.length);
    if (byLength?.size === 0) this.index.delete(key);
  }
}

/** The process-wide registry used by the logger and by error conversion. */
export const secrets = new SecretRegistry();

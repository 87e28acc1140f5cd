/**
 * Every secret value currently in use by an RPC, so that any text about to leave
 * the process (a log line, an error's details) can be scrubbed of it, wherever it
 * appears: verbatim, URL-encoded, JSON-escaped, or as the path of a secret URL.
 *
 * Values shorter than MIN_SECRET_LENGTH are not tracked: replacing every "25"
 * or "on" in a log line would destroy the line and protect nothing.
 */
export const MIN_SECRET_LENGTH = 4;
export const REDACTED = '[REDACTED]';

export class SecretRegistry {
  private readonly counts = new Map<string, number>();
  private patterns: string[] = [];

  /** Registers the values for the life of one RPC; call the returned function when it ends. */
  hold(values: Iterable<string>): () => void {
    const held = [...new Set([...values].flatMap(variantsOf))];
    for (const v of held) this.counts.set(v, (this.counts.get(v) ?? 0) + 1);
    this.rebuild();
    let released = false;
    return () => {
      if (released) return;
      released = true;
      for (const v of held) {
        const n = (this.counts.get(v) ?? 1) - 1;
        if (n <= 0) this.counts.delete(v);
        else this.counts.set(v, n);
      }
      this.rebuild();
    };
  }

  get size(): number {
    return this.counts.size;
  }

  redact(text: string): string {
    if (this.patterns.length === 0) return text;
    let out = text;
    for (const p of this.patterns) {
      if (out.includes(p)) out = out.split(p).join(REDACTED);
    }
    return out;
  }

  private rebuild(): void {
    // Longest first, so a secret that contains another is replaced whole.
    this.patterns = [...this.counts.keys()].sort((a, b) => b.length - a.length);
  }
}

function variantsOf(value: string): string[] {
  if (value.length < MIN_SECRET_LENGTH) return [];
  const variants = new Set([value, encodeURIComponent(value), JSON.stringify(value).slice(1, -1)]);
  const url = parseUrl(value);
  if (url) {
    const tail = url.pathname + url.search;
    if (tail.length >= 8) variants.add(tail);
    if (url.password.length >= MIN_SECRET_LENGTH) variants.add(url.password);
  }
  return [...variants].filter((v) => v.length >= MIN_SECRET_LENGTH);
}

function parseUrl(value: string): URL | undefined {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) return undefined;
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

/** The process-wide registry used by the logger and by error conversion. */
export const secrets = new SecretRegistry();

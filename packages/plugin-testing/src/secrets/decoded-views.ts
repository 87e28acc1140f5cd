const PERCENT_RUN = /(?:%[0-9a-fA-F]{2})+/g;
const JSON_ESCAPE = /\\(u[0-9a-fA-F]{4}|["\\/bfnrt])/g;
const JSON_SIMPLE: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

/**
 * A line as written, and the same line with each encoding a secret may travel in undone:
 * JSON string escapes (`\"`, `\u00e9`), percent-encoding (any hex case, any set of
 * escaped characters, twice-encoded `%252F`), and form encoding (`+` for a space).
 * Decoding the text rather than encoding the secret catches every encoder's variant.
 */
export function decodedViews(line: string): string[] {
  const views = new Set<string>([line]);
  const bases = line.includes('\\') ? [line, jsonUnescape(line)] : [line];
  for (const base of bases) {
    views.add(base);
    if (base.includes('%')) {
      const once = percentDecode(base);
      views.add(once);
      if (once.includes('%')) views.add(percentDecode(once));
    }
    if (base.includes('+')) views.add(percentDecode(base.replace(/\+/g, ' ')));
  }
  return [...views];
}

/** Tolerant `decodeURIComponent`: decodes every run of `%XX` as UTF-8 and leaves anything else as it is. */
export function percentDecode(text: string): string {
  return text.replace(PERCENT_RUN, (run) => Buffer.from(run.replace(/%/g, ''), 'hex').toString('utf8'));
}

/** Undoes JSON string escapes wherever they appear in the text. */
export function jsonUnescape(text: string): string {
  return text.replace(JSON_ESCAPE, (_, e: string) =>
    e.length === 5 ? String.fromCharCode(parseInt(e.slice(1), 16)) : JSON_SIMPLE[e]!,
  );
}

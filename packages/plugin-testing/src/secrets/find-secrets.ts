export interface SecretLeak {
  /** The secret, masked: its first 4 characters and its length. */
  secret: string;
  /** 1-based line numbers of the text where it appears (verbatim, URL-encoded or JSON-escaped). */
  lines: number[];
}

/** Every secret that appears in `text`, in any of the forms a log line or error could carry it. */
export function findSecrets(text: string, secrets: Iterable<string>): SecretLeak[] {
  const rows = text.split('\n');
  const leaks: SecretLeak[] = [];
  for (const secret of new Set(secrets)) {
    if (!secret) continue;
    const forms = [...new Set([secret, encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1)])];
    const lines = rows.flatMap((row, i) => (forms.some((f) => row.includes(f)) ? [i + 1] : []));
    if (lines.length) leaks.push({ secret: mask(secret), lines });
  }
  return leaks;
}

/** Throws, naming each leaked secret (masked) and where it appeared, if any secret is in `text`. */
export function assertNoSecrets(text: string, secrets: Iterable<string>, what = 'output'): void {
  const leaks = findSecrets(text, secrets);
  if (leaks.length === 0) return;
  const detail = leaks.map((l) => `  ${l.secret} on line(s) ${l.lines.slice(0, 10).join(', ')}`).join('\n');
  throw new Error(`${leaks.length} secret(s) leaked into the ${what}:\n${detail}`);
}

function mask(secret: string): string {
  return `${secret.slice(0, 4)}… (${secret.length} chars)`;
}

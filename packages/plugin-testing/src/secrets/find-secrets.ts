import { decodedViews } from './decoded-views';
import { secretForms } from './secret-forms';

export interface SecretLeak {
  /** The secret, masked: its first 4 characters and its length. */
  secret: string;
  /** 1-based line numbers of the text where it appears, in any of the searched forms. */
  lines: number[];
}

/**
 * Every secret that appears in `text`, in any form a log line or an error could carry it:
 * verbatim, JSON-escaped, URL-encoded (percent-encoding, form encoding with `+`), and
 * base64 or base64url at any offset inside a larger encoded text (`Basic base64(user:secret)`).
 */
export function findSecrets(text: string, secrets: Iterable<string>): SecretLeak[] {
  const wanted = [...new Set(secrets)].filter(Boolean);
  if (wanted.length === 0) return [];
  const rows = text.split('\n').map((line) => new Line(line));
  const leaks: SecretLeak[] = [];
  for (const secret of wanted) {
    const forms = secretForms(secret).map((form) => ({ form, anchor: anchorOf(form) }));
    const lines = rows.flatMap((row, i) => (forms.some((f) => row.holds(f.form, f.anchor)) ? [i + 1] : []));
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

/** One line of text, decoded only when a form's anchor says it might be worth it. */
class Line {
  private views?: string[];

  constructor(private readonly text: string) {}

  holds(form: string, anchor: string | undefined): boolean {
    if (this.text.includes(form)) return true;
    // JSON escapes and percent-encoding leave letters and digits as they are: no anchor, no leak.
    if (anchor !== undefined && !this.text.includes(anchor)) return false;
    this.views ??= decodedViews(this.text).slice(1);
    return this.views.some((v) => v.includes(form));
  }
}

/** The form's longest run of letters and digits, when long enough to rule a line out (else undefined). */
function anchorOf(form: string): string | undefined {
  const longest = (form.match(/[A-Za-z0-9]+/g) ?? []).reduce((a, b) => (b.length > a.length ? b : a), '');
  return longest.length >= 4 ? longest : undefined;
}

function mask(secret: string): string {
  return `${secret.slice(0, 4)}… (${secret.length} chars)`;
}

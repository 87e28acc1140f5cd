import { plainText, type Span } from './formatted-text';

/** Telegram's limit on one message: 4,096 characters after the markup is parsed (counted here in UTF-16 units, never fewer). */
export const TELEGRAM_TEXT_LIMIT = 4096;

/**
 * Splits formatted text into messages of at most `limit` characters shown, in order. A
 * message ends at the last line break of its second half, else at its last space, else
 * (one long word) at the limit, never inside a surrogate pair; the break character itself
 * is not sent (Telegram would trim it). Cuts fall between characters of the shown text,
 * so no tag or entity is ever cut: a span that crosses a cut is closed and reopened. The
 * shown texts joined with their break characters are the whole text. Messages that would
 * show only whitespace are left out.
 */
export function splitText(spans: readonly Span[], limit = TELEGRAM_TEXT_LIMIT): Span[][] {
  const text = plainText(spans);
  const ranges: [number, number][] = [];
  let start = 0;
  while (text.length - start > limit) {
    const [end, next] = cutAt(text, start, limit);
    ranges.push([start, end]);
    start = next;
  }
  ranges.push([start, text.length]);
  return ranges.map(([from, to]) => slice(spans, from, to)).filter((chunk) => plainText(chunk).trim() !== '');
}

/** Where the message starting at `start` ends, and where the next one starts. */
function cutAt(text: string, start: number, limit: number): [number, number] {
  const window = text.slice(start, start + limit + 1);
  const half = Math.floor(limit / 2);
  for (const breaker of [/\n/g, /[ \t]/g]) {
    let last = -1;
    for (const m of window.matchAll(breaker)) if (m.index >= half && m.index <= limit) last = m.index;
    if (last >= 0) return [start + last, start + last + 1];
  }
  let end = start + limit;
  const unit = text.charCodeAt(end - 1);
  if (unit >= 0xd800 && unit <= 0xdbff) end--; // keep a surrogate pair whole
  return [end, end];
}

/** The part of the spans between two offsets of their shown text. */
function slice(spans: readonly Span[], from: number, to: number): Span[] {
  const out: Span[] = [];
  let at = 0;
  for (const span of spans) {
    const end = at + span.text.length;
    const a = Math.max(from, at);
    const b = Math.min(to, end);
    if (b > a) out.push({ ...span, text: span.text.slice(a - at, b - at) });
    at = end;
  }
  return out;
}

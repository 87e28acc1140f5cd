import type { TelegramEntity } from './telegram-sandbox-types';

/** Telegram's limits, counted in Unicode code points after the markup is parsed and the text trimmed. */
export const TEXT_LIMIT = 4096;
export const CAPTION_LIMIT = 1024;

/**
 * The text as a chat shows it: trailing whitespace removed, leading spaces and line feeds
 * removed up to the first entity, entities moved and cut to match (tdlib's rules).
 */
export function shownText(text: string, entities: TelegramEntity[]): { text: string; entities: TelegramEntity[] } {
  const end = text.replace(/\s+$/u, '').length;
  const firstEntity = entities.length ? Math.min(...entities.map((e) => e.offset)) : end;
  let start = 0;
  while (start < Math.min(end, firstEntity) && (text[start] === ' ' || text[start] === '\n')) start++;
  const kept = entities.flatMap((e) => {
    const from = Math.max(e.offset, start);
    const to = Math.min(e.offset + e.length, end);
    return to > from ? [{ ...e, offset: from - start, length: to - from }] : [];
  });
  return { text: text.slice(start, end), entities: kept };
}

export function codePoints(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

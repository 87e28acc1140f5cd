import type { NotificationMessage, NotificationType } from '@cloudforet/plugin-core';
import { plainText, type Span } from './formatted-text';

/**
 * The upstream text layout, as spans: parts joined by one space,
 *   "\n<b>[TYPE]</b> <a href=link>title</a>"  (no link: the title as text; a link and no title: no line)
 *   "\n<description>\n"                        (when there is a description)
 *   "\n<b>- key</b>: <pre>value</pre> "        (for each tag)
 * A message that would show nothing (a link, no title, nothing else) shows "[TYPE] <link>",
 * where upstream sent an empty text that Telegram refuses.
 */
export function layoutText(message: NotificationMessage, type: NotificationType): Span[] {
  const header: Span = { text: `[${type}]`, bold: true };
  const title = message.title ?? '';
  const parts: Span[][] = [];
  if (message.link === undefined) parts.push([{ text: '\n' }, header, { text: ` ${title}` }]);
  else if (title) parts.push([{ text: '\n' }, header, { text: ' ' }, { text: title, link: message.link }]);
  if (message.description) parts.push([{ text: `\n${message.description}\n` }]);
  if (message.tags?.length) {
    parts.push(
      message.tags.flatMap((tag) => [
        { text: '\n' },
        { text: `- ${tag.key}`, bold: true },
        { text: ': ' },
        { text: tag.value == null ? '' : String(tag.value), pre: true },
        { text: ' ' },
      ]),
    );
  }
  const spans = parts.flatMap((part, i) => (i === 0 ? part : [{ text: ' ' }, ...part]));
  if (plainText(spans).trim() !== '') return spans;
  return message.link ? [header, { text: ' ' }, { text: message.link, link: message.link }] : [header];
}

/** Upstream meant one inline-keyboard row per callback (and never sent them): a URL button each. */
export function callbackKeyboard(message: NotificationMessage): { text: string; url: string }[][] | undefined {
  return message.callbacks?.length ? message.callbacks.map((cb) => [{ text: cb.label, url: cb.url }]) : undefined;
}

/** The callbacks as text lines, for a chat whose Telegram refused them as buttons. */
export function callbackLines(message: NotificationMessage): Span[] {
  return (message.callbacks ?? []).map((cb) => ({ text: `\n${cb.label}: ${cb.url}` }));
}

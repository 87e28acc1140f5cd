import type { TelegramEntity } from './telegram-sandbox-types';

/** The Bot API's refusal of a text's markup; `message` is what follows "can't parse entities: ". */
export class TelegramHtmlError extends Error {}

const TAGS = new Set([
  'a', 'b', 'strong', 'i', 'em', 's', 'strike', 'del', 'u', 'ins',
  'tg-spoiler', 'tg-emoji', 'span', 'pre', 'code', 'blockquote',
]); // prettier-ignore

const ENTITY_TYPE: Record<string, string> = {
  b: 'bold', strong: 'bold', i: 'italic', em: 'italic', u: 'underline', ins: 'underline',
  s: 'strikethrough', strike: 'strikethrough', del: 'strikethrough', 'tg-spoiler': 'spoiler', span: 'spoiler',
  code: 'code', pre: 'pre', blockquote: 'blockquote', 'tg-emoji': 'custom_emoji', a: 'text_link',
}; // prettier-ignore

const NAMED = new Map([
  ['lt', '<'],
  ['gt', '>'],
  ['amp', '&'],
  ['quot', '"'],
]);
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

interface Open {
  tag: string;
  argument: string;
  offset: number;
}

/**
 * Telegram's HTML parse mode, as the Bot API applies it (tdlib's rules): the tags it
 * supports, its attribute syntax, the only named entities it knows (`&lt;` `&gt;` `&amp;`
 * `&quot;`, the `;` optional; any other `&` stays literal) and numeric ones. What it
 * refuses, it refuses with the same words and UTF-8 byte offsets. Returns the text as
 * shown and its entities (UTF-16 offsets, as the Bot API counts them).
 */
export function parseTelegramHtml(html: string): { text: string; entities: TelegramEntity[] } {
  let out = '';
  const entities: TelegramEntity[] = [];
  const open: Open[] = [];
  let decodedSurrogate = false;
  const fail = (what: string, at: number): never => {
    throw new TelegramHtmlError(`${what} at byte offset ${Buffer.byteLength(html.slice(0, at))}`);
  };
  const isSpace = (i: number) => i < html.length && ' \t\r\n\v\f'.includes(html[i]);

  let i = 0;
  while (i < html.length) {
    const c = html[i];
    if (c === '&') {
      const decoded = decodeEntity(html, i);
      if (decoded) {
        if (decoded.code >= 0xd800 && decoded.code <= 0xdfff) decodedSurrogate = true;
        out += decoded.code <= 0xffff ? String.fromCharCode(decoded.code) : String.fromCodePoint(decoded.code);
        i = decoded.end;
        continue;
      }
    }
    if (c !== '<') {
      out += c;
      i++;
      continue;
    }
    const begin = i++;
    if (html[i] !== '/') {
      while (i < html.length && !isSpace(i) && html[i] !== '>') i++;
      if (i >= html.length) fail('Unclosed start tag', begin);
      const tag = html.slice(begin + 1, i).toLowerCase();
      if (!TAGS.has(tag)) fail(`Unsupported start tag "${tag}"`, begin);
      let argument = '';
      while (html[i] !== '>') {
        while (isSpace(i)) i++;
        if (html[i] === '>') break;
        const nameStart = i;
        while (i < html.length && !isSpace(i) && html[i] !== '=' && html[i] !== '>') i++;
        const name = html.slice(nameStart, i);
        if (name === '') fail(`Empty attribute name in the tag "${tag}"`, begin);
        while (isSpace(i)) i++;
        if (tag === 'blockquote' && name === 'expandable' && html[i] !== '=') continue;
        if (html[i] !== '=') fail(`Expected equal sign in declaration of an attribute of the tag "${tag}"`, begin);
        i++;
        while (isSpace(i)) i++;
        if (i >= html.length) fail(`Unclosed start tag "${tag}"`, begin);
        let value = '';
        if (html[i] !== '"' && html[i] !== "'") {
          const tokenStart = i;
          while (i < html.length && /[A-Za-z0-9.-]/.test(html[i])) i++;
          value = html.slice(tokenStart, i).toLowerCase();
          if (i < html.length && !isSpace(i) && html[i] !== '>') fail('Unexpected end of name token', tokenStart);
        } else {
          const quote = html[i++];
          while (i < html.length && html[i] !== quote) {
            const decoded = html[i] === '&' ? decodeEntity(html, i) : undefined;
            if (decoded) {
              value += String.fromCodePoint(decoded.code);
              i = decoded.end;
            } else value += html[i++];
          }
          if (html[i] === quote) i++;
        }
        if (i >= html.length) fail('Unclosed start tag', begin);
        if (tag === 'a' && name === 'href') argument = value;
        else if (tag === 'code' && name === 'class' && value.startsWith('language-')) argument = value.slice(9);
        else if (tag === 'span' && name === 'class' && value.startsWith('tg-')) argument = value.slice(3);
        else if (tag === 'tg-emoji' && name === 'emoji-id') argument = value;
      }
      if (tag === 'span' && argument !== 'spoiler') fail('Tag "span" must have class "tg-spoiler"', begin);
      i++; // '>'
      open.push({ tag, argument, offset: out.length });
      continue;
    }
    if (open.length === 0) fail('Unexpected end tag', begin);
    i++;
    const nameStart = i;
    while (i < html.length && !isSpace(i) && html[i] !== '>') i++;
    const name = html.slice(nameStart, i).toLowerCase();
    while (isSpace(i)) i++;
    if (html[i] !== '>') fail('Unclosed end tag', begin);
    i++;
    const top = open.pop()!;
    if (name !== '' && name !== top.tag) {
      throw new TelegramHtmlError(
        `Unmatched end tag at byte offset ${Buffer.byteLength(html.slice(0, begin))}, expected "</${top.tag}>", found "</${name}>"`,
      );
    }
    const entity = entityOf(top, out);
    if (entity) entities.push(entity);
  }
  if (open.length > 0)
    throw new TelegramHtmlError(`Can't find end tag corresponding to start tag "${open.at(-1)!.tag}"`);
  if (decodedSurrogate && LONE_SURROGATE.test(out)) {
    throw new TelegramHtmlError(
      'Text contains invalid Unicode characters after decoding HTML entities, check for unmatched surrogate code units',
    );
  }
  entities.sort((a, b) => a.offset - b.offset || b.length - a.length);
  return { text: out, entities };
}

function entityOf(top: Open, out: string): TelegramEntity | undefined {
  const length = out.length - top.offset;
  if (length <= 0) return undefined;
  const entity: TelegramEntity = { type: ENTITY_TYPE[top.tag], offset: top.offset, length };
  if (top.tag === 'a') {
    const url = checkedLink(top.argument || out.slice(top.offset));
    if (!url) return undefined;
    entity.url = url;
  } else if (top.tag === 'code' && top.argument) {
    entity.language = top.argument;
  } else if (top.tag === 'tg-emoji') {
    if (!/^[1-9][0-9]*$/.test(top.argument)) throw new TelegramHtmlError('Invalid custom emoji identifier specified');
    entity.custom_emoji_id = top.argument;
  }
  return entity;
}

/** A link Telegram keeps (http, https, tg, ton; no scheme means http); any other is dropped. */
export function checkedLink(value: string): string | undefined {
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `http://${value}`;
  try {
    const url = new URL(withScheme);
    if (!['http:', 'https:', 'tg:', 'ton:'].includes(url.protocol)) return undefined;
    if ((url.protocol === 'http:' || url.protocol === 'https:') && !url.hostname) return undefined;
    return url.href;
  } catch {
    return undefined;
  }
}

/** `&lt;`, `&#60;`, `&#x3c;` (the `;` optional); undefined where Telegram keeps the `&` as text. */
function decodeEntity(html: string, at: number): { code: number; end: number } | undefined {
  let end = at + 1;
  let code = 0;
  if (html[end] === '#') {
    end++;
    const hex = html[end] === 'x';
    if (hex) end++;
    const digits = hex ? /[0-9a-fA-F]/ : /[0-9]/;
    const start = end;
    while (end < html.length && digits.test(html[end])) end++;
    code = end > start ? parseInt(html.slice(start, end), hex ? 16 : 10) : 0;
    if (code === 0 || code >= 0x10ffff || end - at >= 10) return undefined;
  } else {
    while (end < html.length && /[A-Za-z]/.test(html[end])) end++;
    const named = NAMED.get(html.slice(at + 1, end));
    if (named === undefined) return undefined;
    code = named.charCodeAt(0);
  }
  return { code, end: html[end] === ';' ? end + 1 : end };
}

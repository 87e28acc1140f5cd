/** Values shorter than this are not secrets worth tracking: replacing every "25" would destroy logs and protect nothing. */
export const MIN_SECRET_LENGTH = 4;
/** A base64 fragment shorter than this could match by chance in any base64 text. */
const MIN_BASE64_CORE = 6;

/**
 * The forms in which a secret can show up in text that leaves the process:
 * verbatim, URL-encoded, form-encoded (`+` for spaces), JSON-escaped, base64 and
 * base64url at each of the three byte alignments it can have inside a longer
 * encoded text (`Basic base64(user:secret)`), for a secret URL its path and
 * its password, and for a `<bot id>:<secret>` token (Telegram's Bot API, which
 * carries it in the URL path `/bot<token>/sendMessage`) its secret half: the id is
 * public, the half is the credential, and it alone may survive an encoding of the colon.
 */
export function secretVariants(value: string): string[] {
  if (value.length < MIN_SECRET_LENGTH) return [];
  // The same token comes with every dispatch of a channel: compute its forms once.
  const known = memo.get(value);
  if (known) return known;
  const variants = computeVariants(value);
  if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value as string);
  if (value.length <= MEMO_MAX_LENGTH) memo.set(value, variants);
  return variants;
}

const MEMO_SIZE = 1024;
const BOT_TOKEN = /^[0-9]{1,20}:([A-Za-z0-9_-]{20,})$/;
const MEMO_MAX_LENGTH = 4096;
const memo = new Map<string, string[]>();

function computeVariants(value: string): string[] {
  const uri = encodeURIComponent(value);
  const variants = new Set([value, uri, uri.replace(/%20/g, '+'), JSON.stringify(value).slice(1, -1)]);
  for (const core of base64Cores(Buffer.from(value, 'utf8'))) {
    variants.add(core);
    variants.add(core.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  const bot = BOT_TOKEN.exec(value);
  if (bot) variants.add(bot[1]);
  const url = parseUrl(value);
  if (url) {
    const tail = url.pathname + url.search;
    if (tail.length >= 8) variants.add(tail);
    if (url.password.length >= MIN_SECRET_LENGTH) variants.add(url.password);
  }
  return [...variants].filter((v) => v.length >= MIN_SECRET_LENGTH);
}

/**
 * The part of base64(prefix + bytes + suffix) that depends on `bytes` alone, for a
 * prefix of 0, 1 or 2 bytes: whatever surrounds the secret, these characters appear.
 */
export function base64Cores(bytes: Buffer): string[] {
  const cores: string[] = [];
  for (const offset of [0, 1, 2]) {
    const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString('base64');
    const start = Math.ceil((offset * 8) / 6);
    const end = 4 * Math.floor((offset + bytes.length) / 3);
    if (end - start >= MIN_BASE64_CORE) cores.push(encoded.slice(start, end));
  }
  return cores;
}

function parseUrl(value: string): URL | undefined {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) return undefined;
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

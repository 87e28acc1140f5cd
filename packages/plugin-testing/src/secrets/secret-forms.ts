/** Secrets shorter than this many bytes are not searched for in base64: the encoded run would be too short to mean anything. */
export const MIN_BASE64_SECRET_BYTES = 6;

/**
 * The base64 runs (standard and url-safe alphabets) that any base64 text holding `secret`
 * must contain, whatever the secret's byte offset in the encoded text: one run per
 * alignment (offset mod 3 = 0, 1, 2), made only of the characters whose 6 bits all come
 * from the secret. So `Basic base64("user:" + secret)` is found as well as `base64(secret)`.
 */
export function base64Forms(secret: string): string[] {
  const bytes = Buffer.from(secret, 'utf8');
  if (bytes.length < MIN_BASE64_SECRET_BYTES) return [];
  const forms = new Set<string>();
  for (const shift of [0, 1, 2]) {
    const encoded = Buffer.concat([Buffer.alloc(shift), bytes]).toString('base64');
    // Character j covers bits [6j, 6j + 6); the secret covers bits [8 * shift, 8 * (shift + n)).
    const run = encoded.slice(Math.ceil((8 * shift) / 6), Math.floor((8 * (shift + bytes.length)) / 6));
    forms.add(run);
    forms.add(run.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  return [...forms];
}

const BOT_TOKEN = /^[0-9]{1,20}:([A-Za-z0-9_-]{20,})$/;

/**
 * The secret itself and its base64 forms; the other encodings are undone on the text (see
 * decodedViews). A `<bot id>:<secret>` token (Telegram's Bot API, sent in the URL path
 * `/bot<token>/…`) is also looked for as its secret half, the part that is the credential.
 */
export function secretForms(secret: string): string[] {
  const half = BOT_TOKEN.exec(secret)?.[1];
  return [secret, ...base64Forms(secret), ...(half ? [half, ...base64Forms(half)] : [])];
}

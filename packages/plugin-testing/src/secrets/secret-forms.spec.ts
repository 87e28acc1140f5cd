import { findSecrets } from './find-secrets';
import { base64Forms } from './secret-forms';
import { decodedViews, jsonUnescape, percentDecode } from './decoded-views';

// Characters every encoder treats differently: space, '+', '/', '~', '!', quotes, backslash, non-ASCII.
const SECRET = 'xoxb-12/34+5 6~7!\'q"\\é-SandboxSecret';
const found = (text: string) => findSecrets(text, [SECRET]).map((l) => l.lines);
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const b64url = (s: string) => Buffer.from(s, 'utf8').toString('base64url');

describe('findSecrets: each form a secret can travel in (each case fails if that form is missed)', () => {
  const forms: [string, string][] = [
    ['verbatim', `token=${SECRET}`],
    ['JSON-escaped', JSON.stringify({ msg: `token ${SECRET}` })],
    ['JSON-escaped as \\u escapes (non-ASCII)', JSON.stringify({ t: SECRET }).replace('é', '\\u00e9')],
    ['URL-encoded (encodeURIComponent)', `https://x/?t=${encodeURIComponent(SECRET)}`],
    [
      'URL-encoded with lower-case hex',
      `https://x/?t=${encodeURIComponent(SECRET).replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase())}`,
    ],
    ['form-encoded (URLSearchParams: + for space)', `body: ${new URLSearchParams({ token: SECRET, channel: 'c' })}`],
    ['URL-encoded twice', `next=${encodeURIComponent(encodeURIComponent(SECRET))}`],
    [
      'form-encoded inside a JSON log line',
      JSON.stringify({ body: new URLSearchParams({ token: SECRET }).toString() }),
    ],
    ['base64', `secret: ${b64(SECRET)}`],
    ['base64url', `jwt.${b64url(SECRET)}.sig`],
    ['base64 URL-encoded', `a=${encodeURIComponent(b64(SECRET))}`],
  ];
  it.each(forms)('%s', (_what, text) => {
    expect(found(`nothing here\n${text}`)).toEqual([[2]]);
  });

  it.each([0, 1, 2, 3, 4, 5])('base64 of a larger text with the secret at byte offset %i (Basic user:secret)', (n) => {
    const user = 'u'.repeat(n);
    expect(found(`Authorization: Basic ${b64(`${user}:${SECRET}`)}`)).toEqual([[1]]);
    expect(found(`x=${b64url(`${user}:${SECRET}:tail`)}`)).toEqual([[1]]);
  });

  it('finds nothing where the secret is absent, or only partly there', () => {
    const other = SECRET.replace('Sandbox', 'Elsewhere');
    const text = [other, b64(other), encodeURIComponent(other), SECRET.slice(0, -1), b64(SECRET.slice(0, 20))].join(
      '\n',
    );
    expect(found(text)).toEqual([]);
  });

  it('skips base64 for secrets too short to search for, but still finds them verbatim', () => {
    expect(base64Forms('abcde')).toEqual([]);
    expect(findSecrets(`k=abcde`, ['abcde'])).toHaveLength(1);
    expect(base64Forms('abcdef')).toEqual(['YWJjZGVm', 'FiY2RlZ', 'hYmNkZW']); // no '+' or '/': url-safe runs are the same
  });
});

describe('findSecrets: a Telegram bot token in the Bot API URL path', () => {
  const token = '110201543:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw';
  const url = `https://api.telegram.org/bot${token}/sendMessage`;
  it.each([
    ['in the path', `POST ${url}`],
    ['JSON-escaped (\\/)', JSON.stringify({ url }).replace(/\//g, '\\/')],
    ['the URL URL-encoded', `next=${encodeURIComponent(url)}`],
    ['the colon encoded in lower case', '/bot110201543%3aAAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw/getMe'],
    ['its secret half alone', 'secret=AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw'],
  ])('%s', (_what, text) => {
    expect(findSecrets(`ok\n${text}`, [token]).map((l) => l.lines)).toEqual([[2]]);
  });

  it('not the public bot id alone', () => {
    expect(findSecrets('bot 110201543 answered', [token])).toEqual([]);
  });
});

describe('decoded views', () => {
  it('undoes percent, form and JSON encodings, tolerating malformed input', () => {
    expect(percentDecode('a%2Fb%2fc%E2%82%AC%zz%')).toBe('a/b/c€%zz%');
    expect(jsonUnescape('\\"q\\" \\u00e9\\n\\x')).toBe('"q" é\n\\x');
    expect(decodedViews('plain')).toEqual(['plain']);
    expect(decodedViews('a+b%20c')).toEqual(['a+b%20c', 'a+b c', 'a b c']);
  });
});

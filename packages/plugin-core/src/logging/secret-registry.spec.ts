import { REDACTED, SecretRegistry } from './secret-registry';

describe('SecretRegistry', () => {
  it('redacts a held secret verbatim, URL-encoded and JSON-escaped, and forgets it on release', () => {
    const reg = new SecretRegistry();
    const release = reg.hold(['xoxb-1/2+3"q']);
    expect(reg.redact('token=xoxb-1/2+3"q')).toBe(`token=${REDACTED}`);
    expect(reg.redact(`url?t=${encodeURIComponent('xoxb-1/2+3"q')}`)).toBe(`url?t=${REDACTED}`);
    expect(reg.redact(JSON.stringify({ t: 'xoxb-1/2+3"q' }))).toBe(`{"t":"${REDACTED}"}`);
    release();
    expect(reg.redact('token=xoxb-1/2+3"q')).toBe('token=xoxb-1/2+3"q');
    expect(reg.size).toBe(0);
  });

  it('redacts the path of a secret URL when it shows up without the host', () => {
    const reg = new SecretRegistry();
    reg.hold(['https://hooks.slack.com/services/T1/B2/abcdefSECRET']);
    expect(reg.redact('POST /services/T1/B2/abcdefSECRET failed')).toBe(`POST ${REDACTED} failed`);
  });

  it('redacts a Telegram bot token in the Bot API URL path, and its secret half wherever it appears', () => {
    const reg = new SecretRegistry();
    const token = '110201543:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw';
    reg.hold([token]);
    const url = `https://api.telegram.org/bot${token}/sendMessage`;
    expect(reg.redact(`Failed to parse URL from ${url}`)).toBe(
      `Failed to parse URL from https://api.telegram.org/bot${REDACTED}/sendMessage`,
    );
    expect(reg.redact(`next=${encodeURIComponent(url)}`)).toBe(
      `next=https%3A%2F%2Fapi.telegram.org%2Fbot${REDACTED}%2FsendMessage`,
    );
    expect(reg.redact('/bot110201543%3aAAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw/x')).toBe(`/bot110201543%3a${REDACTED}/x`);
    expect(reg.redact('bot id 110201543 is public')).toBe('bot id 110201543 is public');
  });

  it('keeps a secret held by two RPCs until both release it', () => {
    const reg = new SecretRegistry();
    const a = reg.hold(['shared-secret']);
    const b = reg.hold(['shared-secret']);
    a();
    a(); // releasing twice is harmless
    expect(reg.redact('shared-secret')).toBe(REDACTED);
    b();
    expect(reg.redact('shared-secret')).toBe('shared-secret');
  });

  it('replaces the longest secret first and ignores values too short to be secrets', () => {
    const reg = new SecretRegistry();
    reg.hold(['abcd', 'abcdefgh', '25']);
    expect(reg.redact('abcdefgh abcd port 25')).toBe(`${REDACTED} ${REDACTED} port 25`);
  });
});

describe('SecretRegistry: encoded forms', () => {
  const secret = 'p@ss word/with+signs';

  it('redacts a secret echoed form-encoded, base64 and base64url, at any offset in the encoded text', () => {
    const reg = new SecretRegistry();
    reg.hold([secret]);
    const form = new URLSearchParams({ password: secret }).toString();
    expect(reg.redact(form)).toBe(`password=${REDACTED}`);
    for (const prefix of ['', 'u:', 'us:', 'user:']) {
      const basic = Buffer.from(`${prefix}${secret}`).toString('base64');
      expect(reg.redact(`Authorization: Basic ${basic}`)).toContain(REDACTED);
      const url = Buffer.from(`${prefix}${secret}!`).toString('base64url');
      expect(reg.redact(url)).toContain(REDACTED);
    }
  });

  it('leaves text without the secret alone, including words that merely share its first characters', () => {
    const reg = new SecretRegistry();
    reg.hold(['general-secret-value']);
    expect(reg.redact('posting_to_general_channel_denied')).toBe('posting_to_general_channel_denied');
  });

  it('redacts with many secrets held, and forgets them all on release', () => {
    const reg = new SecretRegistry();
    const many = Array.from({ length: 50_000 }, (_, i) => `tok-${i.toString(36)}-secret`);
    const release = reg.hold(many);
    expect(reg.redact(`a tok-${(4242).toString(36)}-secret b`)).toBe(`a ${REDACTED} b`);
    release();
    expect(reg.size).toBe(0);
  });
});

import { redactValue, MAX_LOGGED_STRING } from './redact-value';
import { REDACTED, SecretRegistry } from './secret-registry';

describe('redactValue', () => {
  it('scrubs strings at any depth, errors included, and keeps everything else', () => {
    const reg = new SecretRegistry();
    reg.hold(['s3cr3t-value']);
    const err = Object.assign(new Error('failed with s3cr3t-value'), { code: 'E_X' });
    expect(redactValue({ a: 1, b: ['x s3cr3t-value y', true, null], err }, reg)).toEqual({
      a: 1,
      b: [`x ${REDACTED} y`, true, null],
      err: { type: 'Error', message: `failed with ${REDACTED}`, stack: expect.stringContaining(REDACTED), code: 'E_X' },
    });
  });

  it('keeps the JSON of a line valid whatever characters a secret holds', () => {
    const reg = new SecretRegistry();
    reg.hold(['","rpc']);
    const line = JSON.stringify(redactValue({ msg: 'sent ","rpc to x', rpc: 'Notification.dispatch' }, reg));
    expect(JSON.parse(line)).toEqual({ msg: `sent ${REDACTED} to x`, rpc: 'Notification.dispatch' });
  });

  it('bounds the work while secrets are held: long strings are cut after redaction, deep or huge objects truncated', () => {
    const reg = new SecretRegistry();
    reg.hold(['some-held-secret']);
    const out = redactValue({ s: 'y'.repeat(MAX_LOGGED_STRING + 10) }, reg) as { s: string };
    expect(out.s).toBe(`${'y'.repeat(MAX_LOGGED_STRING)}…[+10 chars]`);
    let deep: Record<string, unknown> = {};
    const root = deep;
    for (let i = 0; i < 20; i++) deep = (deep.next = {}) as Record<string, unknown>;
    expect(JSON.stringify(redactValue(root, reg))).toContain('[Truncated]');
    const wide = redactValue({ list: Array.from({ length: 10_000 }, (_, i) => i) }, reg) as { list: unknown[] };
    expect(wide.list.filter((v) => v === '[Truncated]').length).toBeGreaterThan(0);
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(redactValue(circular, reg)).toEqual({ self: '[Circular]' });
  });
});

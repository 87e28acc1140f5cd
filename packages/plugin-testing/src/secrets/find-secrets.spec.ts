import { assertNoSecrets, findSecrets } from './find-secrets';
import { LogCapture } from './log-capture';

describe('findSecrets / assertNoSecrets', () => {
  const text = [
    '{"msg":"ok"}',
    '{"url":"https://x/?t=xoxb-1%2F2"}',
    '{"err":"token \\"q\\"xoxb"}',
    'plain xoxb-1/2 here',
  ].join('\n');

  it('finds verbatim, URL-encoded and JSON-escaped occurrences with their lines, masked', () => {
    expect(findSecrets(text, ['xoxb-1/2', '"q"xoxb', 'absent-secret'])).toEqual([
      { secret: 'xoxb… (8 chars)', lines: [2, 4] },
      { secret: '"q"x… (7 chars)', lines: [3] },
    ]);
  });

  it('throws a readable error without printing the secret', () => {
    expect(() => assertNoSecrets(text, ['xoxb-1/2'], 'logs')).toThrow(
      /1 secret\(s\) leaked into the logs:\n {2}xoxb… \(8 chars\) on line\(s\) 2, 4/,
    );
    let message = '';
    try {
      assertNoSecrets(text, ['xoxb-1/2']);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).not.toContain('xoxb-1/2');
    expect(() => assertNoSecrets(text, ['nothing-here'])).not.toThrow();
  });
});

describe('LogCapture', () => {
  it('keeps written lines and parses JSON records', async () => {
    const capture = new LogCapture();
    await new Promise<void>((r) => capture.destination.write('{"a":1}\nnot json\n', () => r()));
    expect(capture.lines).toEqual(['{"a":1}', 'not json']);
    expect(capture.records()).toEqual([{ a: 1 }]);
  });
});

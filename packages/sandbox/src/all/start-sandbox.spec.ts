import { startSandbox } from './start-sandbox';

describe('startSandbox', () => {
  it('runs nothing until a stand-in is asked for, then starts that one only, once', async () => {
    const sandbox = await startSandbox();
    try {
      expect(sandbox.started()).toEqual({});
      expect(sandbox.describe()).toBe('none');
      expect(() => sandbox.slack).toThrow(/"slack" is not running: `await sandbox.start\('slack'\)` first/);

      const [first, second] = await Promise.all([sandbox.start('slack'), sandbox.start('slack')]);
      expect(second).toBe(first);
      expect(sandbox.slack).toBe(first);
      expect(Object.keys(sandbox.started())).toEqual(['slack']);
      expect(sandbox.describe()).toBe(`slack ${first.url}`);
      expect(() => sandbox.oidc).toThrow(/"oidc" is not running/);
      expect((await fetch(`${first.url}/_sandbox/messages`)).status).toBe(200);
    } finally {
      await sandbox.close();
    }
  });

  it('applies a stand-in`s options when it starts, and close stops what started', async () => {
    const probe = await startSandbox();
    const port = Number(new URL((await probe.start('slack')).url).port);
    await probe.close();
    await expect(fetch(`http://127.0.0.1:${port}/_sandbox/messages`)).rejects.toThrow();

    const sandbox = await startSandbox({ slack: { port } });
    const slack = await sandbox.start('slack');
    expect(slack.url).toBe(`http://127.0.0.1:${port}`);
    await sandbox.close();
    await expect(sandbox.start('google')).rejects.toThrow(/sandbox is closed/);
  });
});

import type { ChildProcess } from 'node:child_process';
import { CoreClient, runBundledPlugin } from '@cloudforet/plugin-testing';
import { startTelegramSandbox, type TelegramSandbox } from '@cloudforet/sandbox';
import { dispatchParams } from './dispatch-params';
import { SANDBOX_TOKEN } from './harness';

describe('telegram-noti-protocol process', () => {
  let sandbox: TelegramSandbox;
  let child: ChildProcess | undefined;

  beforeAll(async () => {
    // Telegram answers after 1.5 s, so the dispatch is still in flight when SIGTERM arrives.
    sandbox = await startTelegramSandbox({ latencyMs: 1500 });
  });
  afterAll(async () => {
    child?.kill('SIGKILL');
    await sandbox.close();
  });

  it('finishes an in-flight dispatch after SIGTERM, then exits 0, never logging the token', async () => {
    const plugin = runBundledPlugin('telegram-noti-protocol', {
      TELEGRAM_API_URL: sandbox.apiUrl,
      SHUTDOWN_GRACE_MS: '10000',
      LOG_LEVEL: 'debug',
    });
    child = plugin.child;
    const client = await CoreClient.connect((await plugin.ready).endpoint);
    const dispatched = client.call('Notification.dispatch', dispatchParams(SANDBOX_TOKEN, 'drain me'));
    while (sandbox.requests.length === 0) await new Promise((r) => setTimeout(r, 20));
    plugin.child.kill('SIGTERM');

    expect(await dispatched).toEqual({});
    expect(await plugin.exited).toBe(0);
    client.close();
    expect(sandbox.messages.map((m) => m.text)).toEqual(['[INFO] drain me']);
    const msgs = plugin.lines.map((l) => l.msg);
    expect(msgs).toEqual(expect.arrayContaining(['plugin ready', 'signal received', 'rpc done', 'stopped']));
    expect(JSON.stringify(plugin.lines)).not.toContain(SANDBOX_TOKEN.split(':')[1]);
  }, 30_000);
});

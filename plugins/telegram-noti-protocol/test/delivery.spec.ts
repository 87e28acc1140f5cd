// No duplicate deliveries: a message that may have reached Telegram is never sent again, and
// outbound waits follow the caller's deadline instead of a fixed timeout.
import { createServer, type AddressInfo } from 'node:net';
import type { RunningPlugin } from '@cloudforet/plugin-core';
import { CoreCallError, CoreClient, startInProcess } from '@cloudforet/plugin-testing';
import { startTelegramSandbox, type TelegramSandbox } from '@cloudforet/sandbox';
import { createPlugin } from '../src/plugin';
import type { TelegramConnectorOptions } from '../src/telegram-connector';
import { dispatchParams } from './dispatch-params';
import { SANDBOX_TOKEN } from './harness';

const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('telegram-noti-protocol deliveries against a slow Telegram (1.5 s per answer)', () => {
  let sandbox: TelegramSandbox;
  const started: { running: RunningPlugin; client: CoreClient }[] = [];

  beforeAll(async () => {
    sandbox = await startTelegramSandbox({ latencyMs: 1500 });
  });
  beforeEach(() => sandbox.reset());
  afterAll(async () => {
    for (const { running, client } of started) {
      client.close();
      await running.shutdown();
    }
    await sandbox.close();
  });

  async function plugin(opts: TelegramConnectorOptions = {}, graceMs = 5000) {
    const { running, client } = await startInProcess(createPlugin({ apiUrl: sandbox.apiUrl, ...opts }), { graceMs });
    started.push({ running, client });
    return { running, client };
  }

  it('a timeout is not retried: one request, and the caller is told the message may have been delivered', async () => {
    const { client } = await plugin({ requestTimeoutMs: 500 });
    const err = await client
      .call('Notification.dispatch', dispatchParams(SANDBOX_TOKEN, 'timed out'))
      .catch((e: CoreCallError) => e);
    expect((err as CoreCallError).codeName).toBe('UNAVAILABLE');
    expect((err as CoreCallError).details).toBe(
      'ERROR_TELEGRAM_API: Telegram did not answer within 500 ms; the message may have been delivered, so it was not sent again.',
    );
    await settle(1500);
    expect(sandbox.requests).toHaveLength(1);
    expect(sandbox.messages).toHaveLength(1);
  });

  it("the outbound wait ends before the caller's deadline, and nothing is sent again", async () => {
    const { client } = await plugin();
    const err = await client
      .call('Notification.dispatch', dispatchParams(SANDBOX_TOKEN, 'short deadline'), { timeoutMs: 900 })
      .catch((e: CoreCallError) => e);
    expect((err as CoreCallError).codeName).toMatch(/DEADLINE_EXCEEDED|UNAVAILABLE/);
    await settle(2000);
    expect(sandbox.requests).toHaveLength(1);
  });

  it('a refused connection (nothing sent) is tried again, a bounded number of times', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    const { client } = await plugin({ apiUrl: `http://127.0.0.1:${port}` });
    const err = await client
      .call('Notification.dispatch', dispatchParams(SANDBOX_TOKEN, 'nobody home'))
      .catch((e: CoreCallError) => e);
    expect((err as CoreCallError).details).toBe(
      'ERROR_TELEGRAM_API: Telegram did not accept the message after 4 attempts: Telegram could not be reached.',
    );
  });

  it('under drain, 20 in-flight dispatches are each delivered exactly once', async () => {
    const { running, client } = await plugin();
    const calls = Array.from({ length: 20 }, (_, i) =>
      client.call('Notification.dispatch', dispatchParams(SANDBOX_TOKEN, `drain ${i}`)),
    );
    while (sandbox.requests.length < 20) await settle(20);
    await running.shutdown();
    expect(await Promise.all(calls)).toEqual(Array(20).fill({}));
    expect(new Set(sandbox.messages.map((m) => m.text)).size).toBe(20);
    expect(sandbox.requests).toHaveLength(20);
  });
});

// No duplicate deliveries: a message that may have reached Slack is never sent again,
// and outbound waits follow the caller's deadline instead of a fixed timeout.
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { RunningPlugin } from '@cloudforet/plugin-core';
import { CoreCallError, CoreClient, startInProcess } from '@cloudforet/plugin-testing';
import { startSlackSandbox, type SlackSandbox } from '@cloudforet/sandbox';
import { createPlugin, type SlackPluginOptions } from '../src/plugin';
import { dispatchParams } from './dispatch-params';

const TOKEN = 'xoxb-111111111111-2222222222222-DeliverySecretToken';
const request = (title: string) => dispatchParams(TOKEN, title);
const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('slack-noti-protocol deliveries against a slow Slack (1.5 s per answer)', () => {
  let sandbox: SlackSandbox;
  const started: { running: RunningPlugin; client: CoreClient }[] = [];

  beforeAll(async () => {
    sandbox = await startSlackSandbox({ tokens: [TOKEN], latencyMs: 1500 });
  });
  beforeEach(() => sandbox.reset());
  afterAll(async () => {
    for (const { running, client } of started) {
      client.close();
      await running.shutdown();
    }
    await sandbox.close();
  });

  async function plugin(opts: SlackPluginOptions = {}, graceMs = 5000) {
    const { running, client } = await startInProcess(createPlugin({ apiUrl: sandbox.apiUrl, ...opts }), { graceMs });
    started.push({ running, client });
    return { running, client };
  }

  it('waits as long as the caller does: delivered once, answered OK', async () => {
    const { client } = await plugin();
    expect(await client.call('Notification.dispatch', request('slow but fine'))).toEqual({});
    expect(sandbox.requests).toHaveLength(1);
    expect(sandbox.messages).toHaveLength(1);
  });

  it('a timeout is not retried: one request, and the caller is told the message may have been posted', async () => {
    const { client } = await plugin({ requestTimeoutMs: 500 });
    const err = await client.call('Notification.dispatch', request('timed out')).catch((e: CoreCallError) => e);
    expect(err).toBeInstanceOf(CoreCallError);
    expect((err as CoreCallError).codeName).toBe('UNAVAILABLE');
    expect((err as CoreCallError).details).toBe(
      'ERROR_SLACK_API: Slack did not answer within 500 ms; the message may have been posted, so it was not sent again.',
    );
    await settle(2000);
    expect(sandbox.requests).toHaveLength(1);
    expect(sandbox.messages).toHaveLength(1);
  });

  it("the outbound wait ends before the caller's deadline, and nothing is sent again", async () => {
    const { client } = await plugin();
    const err = await client
      .call('Notification.dispatch', request('short deadline'), { timeoutMs: 900 })
      .catch((e: CoreCallError) => e);
    expect((err as CoreCallError).codeName).toMatch(/DEADLINE_EXCEEDED|UNAVAILABLE/);
    await settle(2500);
    expect(sandbox.requests).toHaveLength(1);
  });

  it('a refused connection (nothing sent) is tried again, a bounded number of times', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    const { client } = await plugin({ apiUrl: `http://127.0.0.1:${port}/api/` });
    const err = await client.call('Notification.dispatch', request('nobody home')).catch((e: CoreCallError) => e);
    expect((err as CoreCallError).codeName).toBe('UNAVAILABLE');
    expect((err as CoreCallError).details).toBe(
      'ERROR_SLACK_API: Slack did not accept the message after 4 attempts: Slack could not be reached.',
    );
  });

  it('under SIGTERM-style drain, 20 in-flight dispatches are each delivered exactly once', async () => {
    const { running, client } = await plugin();
    const calls = Array.from({ length: 20 }, (_, i) => client.call('Notification.dispatch', request(`drain ${i}`)));
    while (sandbox.requests.length < 20) await settle(20);
    await running.shutdown();
    expect(await Promise.all(calls)).toEqual(Array(20).fill({}));
    expect(sandbox.requests).toHaveLength(20);
    expect(new Set(sandbox.messages.map((m) => (m.body.attachments as { pretext: string }[])[0].pretext)).size).toBe(
      20,
    );
  });

  it('when the grace period ends first, the calls fail and still nothing is sent twice', async () => {
    const { running, client } = await plugin({}, 300);
    const calls = Array.from({ length: 20 }, (_, i) =>
      client.call('Notification.dispatch', request(`cut ${i}`)).catch((e: CoreCallError) => e),
    );
    while (sandbox.requests.length < 20) await settle(20);
    await running.shutdown();
    const answers = await Promise.all(calls);
    expect(answers.every((a) => a instanceof CoreCallError)).toBe(true);
    await settle(2000);
    expect(sandbox.requests).toHaveLength(20);
  });
});

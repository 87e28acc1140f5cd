// Connections are pooled and reused across dispatches to the same server: 200 dispatches,
// 20 at a time, through the core-like client, counted by the SMTP server itself.
import type { RunningPlugin } from '@cloudforet/plugin-core';
import { CoreClient, startInProcess } from '@cloudforet/plugin-testing';
import { startSmtpSandbox, type SmtpSandbox } from '@cloudforet/sandbox';
import { createPlugin } from '../src/plugin';
import { EXAMPLE_MESSAGE, sandboxSecret } from './harness';

const POOL_SIZE = 5;

async function dispatchAll(client: CoreClient, smtp: SmtpSandbox, count: number, concurrency: number) {
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      await client.call('Notification.dispatch', {
        secret_data: sandboxSecret(smtp),
        channel_data: { email: `user${i % 7}@example.com` },
        notification_type: 'INFO',
        message: { ...EXAMPLE_MESSAGE, title: `pooled #${i}` },
        options: {},
      });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

describe('email-noti-protocol connection pool', () => {
  let smtp: SmtpSandbox;
  let running: RunningPlugin;
  let client: CoreClient;

  beforeAll(async () => {
    smtp = await startSmtpSandbox();
    ({ running, client } = await startInProcess(createPlugin({ poolSize: POOL_SIZE })));
  });
  afterAll(async () => {
    client.close();
    await running.shutdown();
    await smtp.close();
  });

  it('200 dispatches with concurrency 20 open at most the pool size of connections', async () => {
    await dispatchAll(client, smtp, 200, 20);
    expect(smtp.accepted).toBe(200);
    expect(new Set(smtp.messages.map((m) => m.subject)).size).toBe(200);
    expect(smtp.connections.opened).toBeLessThanOrEqual(POOL_SIZE);
    expect(smtp.connections.peak).toBeLessThanOrEqual(POOL_SIZE);
    // Every connection was secured and logged in once, then reused.
    expect(smtp.auth.succeeded).toBe(smtp.connections.opened);
    expect(smtp.messages.every((m) => m.secure && m.user === 'sandbox-user')).toBe(true);
  }, 60_000);

  it('a later dispatch reuses an open connection instead of opening one', async () => {
    const before = smtp.connections.opened;
    await dispatchAll(client, smtp, 10, 1);
    expect(smtp.connections.opened).toBe(before);
  });

  it('another sender to the same server and login shares the pool', async () => {
    const before = smtp.connections.opened;
    await client.call('Notification.dispatch', {
      secret_data: { ...sandboxSecret(smtp), from_email: 'other-sender@example.com' },
      channel_data: { email: 'user@example.com' },
      notification_type: 'INFO',
      message: { title: 'from another sender' },
      options: {},
    });
    expect(smtp.connections.opened).toBe(before);
    expect(smtp.messages.at(-1)?.envelope.from).toBe('other-sender@example.com');
  });

  it('shutdown closes the pool: the server sees no connection left', async () => {
    expect(smtp.connections.open).toBeGreaterThan(0);
    await running.shutdown();
    for (let i = 0; i < 100 && smtp.connections.open > 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect(smtp.connections.open).toBe(0);
  });
});

// The bundled plugin as the image runs it: SIGTERM lets an in-flight dispatch finish,
// then the pooled SMTP connections close and the process exits 0.
import { credentials, type ServiceError } from '@grpc/grpc-js';
import {
  NotificationClient,
  PluginDispatchRequest_NotificationType,
} from '@cloudforet/api/gen/spaceone/api/notification/plugin/notification';
import { runBundledPlugin } from '@cloudforet/plugin-testing';
import { startSmtpSandbox, type SmtpSandbox } from '@cloudforet/sandbox';
import { sandboxSecret } from './harness';

describe('email-noti-protocol process', () => {
  let smtp: SmtpSandbox;

  beforeAll(async () => {
    smtp = await startSmtpSandbox();
  });
  afterAll(() => smtp.close());

  it('finishes an in-flight dispatch after SIGTERM, closes its SMTP pool, then exits 0', async () => {
    const { child, lines, ready, exited } = runBundledPlugin('email-noti-protocol', { SHUTDOWN_GRACE_MS: '10000' });
    try {
      const { endpoint } = await ready;
      const client = new NotificationClient(endpoint, credentials.createInsecure());
      const send = (title: string) =>
        new Promise<ServiceError | null>((resolve) =>
          client.dispatch(
            {
              secret_data: sandboxSecret(smtp),
              channel_data: { email: 'oncall@example.com' },
              notification_type: PluginDispatchRequest_NotificationType.INFO,
              message: { title },
              options: {},
            },
            (err) => resolve(err),
          ),
        );
      expect(await send('warm the pool')).toBeNull();
      // The server holds its reply for 1.5 s, so the dispatch is in flight when SIGTERM arrives.
      smtp.failNext({ at: 'data', delayMs: 1500 });
      const dispatched = send('drain me');
      while (smtp.transactions < 2) await new Promise((r) => setTimeout(r, 20));
      child.kill('SIGTERM');

      expect(await dispatched).toBeNull();
      expect(await exited).toBe(0);
      client.close();
      expect(smtp.messages.map((m) => m.subject)).toEqual(['warm the pool', 'drain me']);
      for (let i = 0; i < 50 && smtp.connections.open > 0; i++) await new Promise((r) => setTimeout(r, 20));
      expect(smtp.connections).toMatchObject({ opened: 1, open: 0 });
      const msgs = lines.map((l) => l.msg);
      expect(msgs.indexOf('rpc done', msgs.indexOf('signal received'))).toBeGreaterThan(0);
      expect(JSON.stringify(lines)).not.toContain(smtp.password);
    } finally {
      child.kill('SIGKILL');
    }
  }, 30_000);
});

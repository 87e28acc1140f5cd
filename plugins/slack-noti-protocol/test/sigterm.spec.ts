import type { ChildProcess } from 'node:child_process';
import { credentials, type ServiceError } from '@grpc/grpc-js';
import {
  NotificationClient,
  PluginDispatchRequest_NotificationType,
} from '@cloudforet/api/gen/spaceone/api/notification/plugin/notification';
import { startSlackSandbox, type SlackSandbox } from '@cloudforet/sandbox';
import { runBundledPlugin } from '@cloudforet/plugin-testing';

const TOKEN = 'xoxb-sigterm-test-token';

describe('slack-noti-protocol process', () => {
  let sandbox: SlackSandbox;
  let child: ChildProcess | undefined;

  beforeAll(async () => {
    // Slack answers after 1.5 s, so the dispatch is still in flight when SIGTERM arrives.
    sandbox = await startSlackSandbox({ tokens: [TOKEN], latencyMs: 1500 });
  });
  afterAll(async () => {
    child?.kill('SIGKILL');
    await sandbox.close();
  });

  it('finishes an in-flight dispatch after SIGTERM, then exits 0', async () => {
    const plugin = runBundledPlugin('slack-noti-protocol', {
      SLACK_API_URL: sandbox.apiUrl,
      SHUTDOWN_GRACE_MS: '10000',
    });
    child = plugin.child;
    const { endpoint } = await plugin.ready;
    const client = new NotificationClient(endpoint, credentials.createInsecure());
    const dispatched = new Promise<ServiceError | null>((resolve) =>
      client.dispatch(
        {
          secret_data: {},
          channel_data: { token: TOKEN, channel: 'general' },
          notification_type: PluginDispatchRequest_NotificationType.INFO,
          message: { title: 'drain me' },
          options: {},
        },
        (err) => resolve(err),
      ),
    );
    // Wait until Slack has the request, i.e. the RPC is in flight inside the plugin.
    while (sandbox.requests.length === 0) await new Promise((r) => setTimeout(r, 20));
    plugin.child.kill('SIGTERM');

    expect(await dispatched).toBeNull();
    expect(await plugin.exited).toBe(0);
    client.close();
    expect(sandbox.messages).toHaveLength(1);
    expect(sandbox.messages[0].body).toMatchObject({ attachments: [expect.objectContaining({ pretext: 'drain me' })] });
    const msgs = plugin.lines.map((l) => l.msg);
    expect(msgs).toEqual(
      expect.arrayContaining(['plugin ready', 'signal received', 'shutting down', 'rpc done', 'stopped']),
    );
    expect(msgs.indexOf('rpc done')).toBeGreaterThan(msgs.indexOf('signal received'));
    expect(JSON.stringify(plugin.lines)).not.toContain(TOKEN);
  }, 20_000);
});

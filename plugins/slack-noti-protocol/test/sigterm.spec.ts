import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { credentials, type ServiceError } from '@grpc/grpc-js';
import {
  NotificationClient,
  PluginDispatchRequest_NotificationType,
} from '@cloudforet/api/gen/spaceone/api/notification/plugin/notification';
import { startSlackSandbox, type SlackSandbox } from '@cloudforet/sandbox';
import { bundlePlugin } from './bundle';

const TOKEN = 'xoxb-sigterm-test-token';

/** Runs the bundled plugin as the image would (no arguments, PORT from the environment). */
function startPlugin(file: string, sandbox: SlackSandbox) {
  const child = spawn(process.execPath, [file], {
    env: { ...process.env, PORT: '0', SLACK_API_URL: sandbox.apiUrl, LOG_FORMAT: 'json', SHUTDOWN_GRACE_MS: '10000' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines: Record<string, unknown>[] = [];
  const ready = new Promise<number>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const record = JSON.parse(line) as Record<string, unknown>;
      lines.push(record);
      if (record.msg === 'plugin ready') resolve(Number(String(record.endpoint).split(':').pop()));
    });
    child.once('exit', (code) => reject(new Error(`plugin exited early with ${code}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, lines, ready, exited };
}

describe('slack-noti-protocol process', () => {
  let sandbox: SlackSandbox;
  let file: string;
  let child: ChildProcess | undefined;

  beforeAll(async () => {
    file = await bundlePlugin();
    // Slack answers after 1.5 s, so the dispatch is still in flight when SIGTERM arrives.
    sandbox = await startSlackSandbox({ tokens: [TOKEN], latencyMs: 1500 });
  });
  afterAll(async () => {
    child?.kill('SIGKILL');
    await sandbox.close();
  });

  it('finishes an in-flight dispatch after SIGTERM, then exits 0', async () => {
    const plugin = startPlugin(file, sandbox);
    child = plugin.child;
    const port = await plugin.ready;
    const client = new NotificationClient(`127.0.0.1:${port}`, credentials.createInsecure());
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

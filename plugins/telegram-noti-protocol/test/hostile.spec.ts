// The worst requests a caller can send, thrown at the bundled plugin running with the heap the
// image gets under a 512 MiB memory limit (IMAGE_NODE_ARGS). It must answer each with a Cloudforet
// error, stay up, keep its memory bounded, and still deliver afterwards. (The near-limit
// costliest shape is shown once, in slack-noti-protocol's hostile spec: plugin-core's path.)
import {
  PluginDispatchRequest,
  PluginDispatchRequest_NotificationType as NotificationType,
} from '@cloudforet/api/gen/spaceone/api/notification/plugin/notification';
import {
  CoreClient,
  IMAGE_NODE_ARGS,
  peakRssMB,
  rawUnary,
  runBundledPlugin,
  type BundledPlugin,
} from '@cloudforet/plugin-testing';
import { startTelegramSandbox, type TelegramSandbox } from '@cloudforet/sandbox';
import { dispatchParams } from './dispatch-params';
import { SANDBOX_CHAT, SANDBOX_TOKEN } from './harness';

const DISPATCH = '/spaceone.api.notification.plugin.Notification/dispatch';

function encodeDispatch(message: Record<string, unknown>): Buffer {
  return Buffer.from(
    PluginDispatchRequest.encode({
      options: {},
      message,
      notification_type: NotificationType.INFO,
      secret_data: {},
      channel_data: { chat_id: SANDBOX_CHAT, token: SANDBOX_TOKEN },
    }).finish(),
  );
}

describe('telegram-noti-protocol bundle under the image heap, against hostile requests', () => {
  let sandbox: TelegramSandbox;
  let plugin: BundledPlugin;
  let endpoint: string;

  beforeAll(async () => {
    sandbox = await startTelegramSandbox();
    plugin = runBundledPlugin('telegram-noti-protocol', { TELEGRAM_API_URL: sandbox.apiUrl }, [...IMAGE_NODE_ARGS]);
    endpoint = (await plugin.ready).endpoint;
  }, 60_000);
  const send = (bytes: Buffer) => rawUnary(endpoint, DISPATCH, bytes, { deadlineMs: 60_000 });
  const sendGzip = (bytes: Buffer) => rawUnary(endpoint, DISPATCH, bytes, { deadlineMs: 60_000, gzip: true });

  afterAll(async () => {
    plugin?.child.kill('SIGKILL');
    await sandbox?.close();
  });

  it('refuses a 200 MB dispatch and eight concurrent gzip bombs (100 MB inflated) with ERROR_REQUEST_TOO_LARGE', async () => {
    const huge = await send(encodeDispatch({ title: 'x'.repeat(200_000_000) }));
    expect(huge.details).toMatch(/^ERROR_REQUEST_TOO_LARGE: Request is larger than this plugin accepts\. /);
    const zeros = Buffer.alloc(100_000_000);
    const answers = await Promise.all(Array.from({ length: 8 }, () => sendGzip(zeros)));
    for (const a of answers) expect(a.details).toMatch(/^ERROR_REQUEST_TOO_LARGE: /);
  }, 60_000);

  it('a 3.9 MB description within the request limit is refused by the message limits, not split into 1,000 messages', async () => {
    const answer = await send(encodeDispatch({ title: 't', description: 'y'.repeat(3_900_000) }));
    expect(answer.details).toBe(
      'ERROR_INVALID_PARAMETER: Parameter is invalid. (key = message.description, reason = must NOT have more than 40000 characters)',
    );
    expect(sandbox.requests).toHaveLength(0);
  }, 30_000);

  it('is still up, with bounded memory, and still delivers', async () => {
    expect(plugin.child.exitCode).toBeNull();
    expect(peakRssMB(plugin.child.pid!)).toBeLessThan(480);
    const client = await CoreClient.connect(endpoint);
    try {
      await client.call('Notification.dispatch', dispatchParams(SANDBOX_TOKEN, 'still here'));
    } finally {
      client.close();
    }
    expect(sandbox.messages.map((m) => m.text)).toContain('[INFO] still here');
  }, 30_000);
});

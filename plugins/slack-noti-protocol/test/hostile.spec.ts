// The worst requests a caller can send, thrown at the bundled plugin running with the
// heap the image gets under a 512 MiB memory limit (IMAGE_NODE_ARGS). It must answer each with
// a Cloudforet error, stay up, keep its memory bounded, and still deliver afterwards.
import {
  PluginDispatchRequest,
  PluginDispatchRequest_NotificationType as NotificationType,
} from '@cloudforet/api/gen/spaceone/api/notification/plugin/notification';
import {
  CoreClient,
  IMAGE_MEMORY_LIMIT_MIB,
  IMAGE_NODE_ARGS,
  peakRssMB,
  rawUnary,
  runBundledPlugin,
  type BundledPlugin,
} from '@cloudforet/plugin-testing';
import { startSlackSandbox, type SlackSandbox } from '@cloudforet/sandbox';
import { dispatchParams } from './dispatch-params';

const TOKEN = 'xoxb-111111111111-2222222222222-HostileTestToken';
const DISPATCH = '/spaceone.api.notification.plugin.Notification/dispatch';

function encodeDispatch(message: Record<string, unknown>): Buffer {
  return Buffer.from(
    PluginDispatchRequest.encode({
      options: {},
      message,
      notification_type: NotificationType.INFO,
      secret_data: {},
      channel_data: { token: TOKEN, channel: 'general' },
    }).finish(),
  );
}

describe('slack-noti-protocol bundle under the image heap, against hostile requests', () => {
  let sandbox: SlackSandbox;
  let plugin: BundledPlugin;
  let endpoint: string;

  beforeAll(async () => {
    sandbox = await startSlackSandbox({ tokens: [TOKEN] });
    plugin = runBundledPlugin('slack-noti-protocol', { SLACK_API_URL: sandbox.apiUrl }, [...IMAGE_NODE_ARGS]);
    endpoint = (await plugin.ready).endpoint;
  }, 60_000);
  const send = (bytes: Buffer) => rawUnary(endpoint, DISPATCH, bytes, { deadlineMs: 60_000 });
  const sendGzip = (bytes: Buffer) => rawUnary(endpoint, DISPATCH, bytes, { deadlineMs: 60_000, gzip: true });

  afterAll(async () => {
    plugin?.child.kill('SIGKILL');
    await sandbox?.close();
  });

  it('refuses one 200 MB dispatch and two concurrent 100 MB ones with ERROR_REQUEST_TOO_LARGE', async () => {
    const huge = encodeDispatch({ title: 'x'.repeat(200_000_000) });
    expect(await send(huge)).toEqual({
      code: 8,
      details: expect.stringMatching(
        /^ERROR_REQUEST_TOO_LARGE: Request is larger than this plugin accepts\. \(size = \d+ bytes, limit = 4194304 bytes\)$/,
      ),
    });
    const big = encodeDispatch({ title: 'x'.repeat(100_000_000) });
    const answers = await Promise.all([send(big), send(big)]);
    expect(answers.map((a) => a.code)).toEqual([8, 8]);
  }, 60_000);

  it('refuses eight concurrent gzip bombs (100 MB inflated each) while inflating them', async () => {
    const zeros = Buffer.alloc(100_000_000);
    const answers = await Promise.all(Array.from({ length: 8 }, () => sendGzip(zeros)));
    for (const a of answers) expect(a.details).toMatch(/^ERROR_REQUEST_TOO_LARGE: /);
  }, 60_000);

  it('answers twenty concurrent near-limit requests of the costliest shape, each handled or refused by the memory budget', async () => {
    // ~3.9 MB of empty objects: the shape that costs the most heap once decoded (~17 bytes per wire byte).
    const worst = encodeDispatch({ title: 'worst', list: Array.from({ length: 950_000 }, () => ({})) });
    expect(worst.length).toBeLessThan(4 * 1024 * 1024);
    const answers = await Promise.all(Array.from({ length: 20 }, () => send(worst)));
    for (const a of answers) expect(a.details).toMatch(/^($|ERROR_RESOURCE_EXHAUSTED: |ERROR_INVALID_PARAMETER)/);
    // Whether some are refused depends on how fast each is handled (the budget admits the next one
    // as soon as the previous is done); test/limits.spec.ts in plugin-core shows the refusal itself.
  }, 120_000);

  it('is still up, with bounded memory, and still delivers', async () => {
    expect(plugin.child.exitCode).toBeNull();
    const peak = peakRssMB(plugin.child.pid!);
    // The image's memory limit is 512 MiB; its heap flag leaves the rest for buffers and code.
    expect(peak).toBeLessThan(IMAGE_MEMORY_LIMIT_MIB - 32);
    const client = await CoreClient.connect(endpoint);
    try {
      await client.call('Notification.dispatch', dispatchParams(TOKEN, 'still here'));
    } finally {
      client.close();
    }
    expect(sandbox.messages.map((m) => (m.body.attachments as { pretext: string }[])[0].pretext)).toContain(
      'still here',
    );
    console.log(`peak RSS of the plugin process: ${peak.toFixed(0)} MB`);
  }, 30_000);
});

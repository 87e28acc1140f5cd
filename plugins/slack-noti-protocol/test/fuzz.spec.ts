// Fuzzing as a hostile or broken core would call the plugin: thousands of mutated requests
// per RPC (FUZZ_RUNS, seeded by FUZZ_SEED), in-process against the sandbox. Every answer must
// be OK or a clean Cloudforet error, none may hang, the process must stay up, and neither the
// logs nor any error may carry the bot token or the webhook URL, in any encoding.
import {
  describeFuzz,
  startInProcess,
  type FuzzSetup,
  type InProcessPlugin,
  type PluginHarness,
} from '@cloudforet/plugin-testing';
import { startSandbox, type Sandbox } from '@cloudforet/sandbox';
import { createPlugin } from '../src/plugin';
import { EXAMPLE_MESSAGE, harness, SANDBOX_TOKEN } from './harness';

const WEBHOOK_PATH = 'T0000/B0000/FuzzWebhookSecretPart';

let sandbox: Sandbox;
let plugin: InProcessPlugin;
let wired: PluginHarness;

beforeAll(async () => {
  // No faults and no latency: Slack answers at once, so the run measures the plugin.
  sandbox = await startSandbox();
  wired = await harness(sandbox);
  Object.assign(process.env, wired.env);
  plugin = await startInProcess(createPlugin());
});
afterAll(async () => {
  await plugin?.close();
  await sandbox?.close();
});

function setup(): FuzzSetup {
  const webhookUrl = sandbox.slack.webhookUrl(WEBHOOK_PATH);
  const webhook = { channel_type: 'incoming_webhook' };
  return {
    endpoint: plugin.endpoint,
    rpcs: [
      { method: 'Protocol.init', seeds: [{ options: {} }, { options: webhook }] },
      {
        method: 'Protocol.verify',
        seeds: [
          { options: {}, secret_data: {} },
          { options: webhook, secret_data: {} },
        ],
      },
      {
        method: 'Notification.dispatch',
        seeds: [
          wired.example.params,
          {
            secret_data: {},
            channel_data: { webhook_url: webhookUrl },
            notification_type: 'ERROR',
            message: EXAMPLE_MESSAGE,
            options: webhook,
          },
        ],
      },
    ],
    secrets: [SANDBOX_TOKEN, webhookUrl, WEBHOOK_PATH],
    logs: plugin.logs,
    // What Slack received is not needed; keep the sandbox's memory flat.
    afterBatch: () => sandbox.reset(),
  };
}

describeFuzz('slack-noti-protocol fuzz', setup, {
  reproduce: 'npx jest plugins/slack-noti-protocol/test/fuzz.spec.ts',
});

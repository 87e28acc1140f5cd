// Fuzzing as a hostile or broken core would call the plugin: mutated dispatch requests
// (2,000 in npm test, FUZZ_RUNS to change, seeded by FUZZ_SEED), in-process against the Bot API stand-in. Every answer
// must be OK or a clean Cloudforet error, none may hang, the process must stay up, and
// neither the logs nor any error may carry the bot token, in any encoding. Only
// Notification.dispatch is fuzzed: init and verify read nothing of their request.
import {
  describeFuzz,
  startInProcess,
  type FuzzSetup,
  type InProcessPlugin,
  type PluginHarness,
} from '@cloudforet/plugin-testing';
import { startSandbox, type Sandbox } from '@cloudforet/sandbox';
import { createPlugin } from '../src/plugin';
import { harness, SANDBOX_TOKEN } from './harness';

let sandbox: Sandbox;
let plugin: InProcessPlugin;
let wired: PluginHarness;

beforeAll(async () => {
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
  const long = {
    ...(wired.example.params.message as object),
    description: `${'line of text '.repeat(40)}\n`.repeat(20),
  };
  return {
    endpoint: plugin.endpoint,
    rpcs: [
      {
        method: 'Notification.dispatch',
        seeds: [wired.example.params, { ...wired.example.params, notification_type: 'ERROR', message: long }],
      },
    ],
    secrets: [SANDBOX_TOKEN],
    logs: plugin.logs,
    // What Telegram received is not needed; keep the sandbox's memory flat.
    afterBatch: () => sandbox.reset(),
  };
}

// 2,000 cases in `npm test` (about 35 s of CPU); `npm run fuzz` runs 100,000.
describeFuzz('telegram-noti-protocol fuzz', setup, {
  reproduce: 'npx jest plugins/telegram-noti-protocol/test/fuzz.spec.ts',
  ciRuns: 2_000,
});

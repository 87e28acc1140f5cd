// Fuzzing as a hostile or broken core would call the plugin: mutated requests per RPC
// (FUZZ_RUNS, seeded by FUZZ_SEED), in-process against the sandbox's SMTP server. Every
// answer must be OK or a clean Cloudforet error, none may hang, the process must stay up,
// and neither the logs nor any error may carry the SMTP password, in any encoding.
import {
  describeFuzz,
  startInProcess,
  type FuzzSetup,
  type InProcessPlugin,
  type PluginHarness,
} from '@cloudforet/plugin-testing';
import { startSandbox, type Sandbox } from '@cloudforet/sandbox';
import { createPlugin } from '../src/plugin';
import { harness } from './harness';

let sandbox: Sandbox;
let plugin: InProcessPlugin;
let wired: PluginHarness;

beforeAll(async () => {
  // The server answers at once and keeps no mail (nothing parses them): the run measures the plugin.
  sandbox = await startSandbox({ smtp: { keepMessages: false } });
  wired = await harness(sandbox);
  plugin = await startInProcess(createPlugin());
});
afterAll(async () => {
  await plugin?.close();
  await sandbox?.close();
});

function setup(): FuzzSetup {
  const params = wired.example.params as { secret_data: Record<string, unknown> };
  return {
    endpoint: plugin.endpoint,
    rpcs: [
      { method: 'Protocol.init', seeds: [{ options: {} }] },
      { method: 'Protocol.verify', seeds: [{ options: {}, secret_data: params.secret_data }] },
      {
        method: 'Notification.dispatch',
        seeds: [
          wired.example.params,
          {
            ...wired.example.params,
            secret_data: { ...params.secret_data, smtp_port: sandbox.smtp.tlsPort, smtp_tls: 'implicit' },
          },
        ],
      },
    ],
    secrets: [sandbox.smtp.password],
    logs: plugin.logs,
    afterBatch: () => sandbox.reset(),
  };
}

// Valid cases reach the SMTP server (about 3 ms each, 8 s for a plain greeting sent to the TLS
// port): 1,000 per RPC in CI keep the run near 40 s; `npm run fuzz` runs 100,000.
describeFuzz('email-noti-protocol fuzz', setup, {
  reproduce: 'npx jest plugins/email-noti-protocol/test/fuzz.spec.ts',
  ciRuns: 1_000,
});

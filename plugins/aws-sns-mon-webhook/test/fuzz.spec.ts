// Fuzzing Event.parse as a hostile or broken sender would post: 10,000 mutated bodies in CI
// (FUZZ_RUNS, seeded by FUZZ_SEED) from recorded SNS payloads (CloudWatch alarms, AWS Health),
// a signed confirmation and a signed notification with verify_signature on, against the SNS
// stand-in: wrong types, missing keys, deep nesting, huge strings, URLs changed, raw bytes.
// Every answer must be events or INVALID_ARGUMENT naming what is wrong (a request over the
// 4 MiB limit may be refused as too large), none may hang, the process must stay up.
import { join } from 'node:path';
import { createLogger, startServer, type RunningPlugin } from '@cloudforet/plugin-core';
import { describeFuzz, loadGoldenPayloads, LogCapture, type FuzzSetup } from '@cloudforet/plugin-testing';
import { startSandbox, type Sandbox } from '@cloudforet/sandbox';
import { createPlugin } from '../src/plugin';
import { SnsHttp } from '../src/sns-http';
import { ALARM_MESSAGE, TOPIC } from './harness';

let running: RunningPlugin;
let sandbox: Sandbox;
let http: SnsHttp;
const logs = new LogCapture();
const bodies = loadGoldenPayloads(join(__dirname, 'golden')).map(([, g]) => ({ options: g.options, data: g.data }));

beforeAll(async () => {
  sandbox = await startSandbox();
  const sns = await sandbox.start('sns');
  http = new SnsHttp({ connectTo: sns.address, caPem: sns.caPem });
  running = await startServer(createPlugin(http), {
    host: '127.0.0.1',
    port: 0,
    logger: createLogger({ level: 'info', format: 'json', destination: logs.destination }),
  });
});
afterAll(async () => {
  await running?.shutdown();
  await http?.close();
  await sandbox?.close();
});

function setup(): FuzzSetup {
  const signed = { verify_signature: true };
  return {
    endpoint: running.endpoint,
    rpcs: [
      {
        method: 'Event.parse',
        seeds: [
          ...bodies,
          { options: {}, data: sandbox.sns.subscriptionConfirmation(TOPIC) },
          { options: signed, data: sandbox.sns.notification(TOPIC, ALARM_MESSAGE, { subject: 'ALARM' }) },
        ],
      },
    ],
    errorStatuses: ['INVALID_ARGUMENT'],
    maxStringBytes: 256 * 1024,
    logs,
    afterBatch: () => {
      logs.lines.splice(0);
      sandbox.reset();
    },
  };
}

describeFuzz('aws-sns-mon-webhook fuzz', setup, {
  ciRuns: 10_000,
  reproduce: 'npx jest plugins/aws-sns-mon-webhook/test/fuzz.spec.ts',
});

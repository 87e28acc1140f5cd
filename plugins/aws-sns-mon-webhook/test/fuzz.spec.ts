// Fuzzing Event.parse as a hostile or broken sender would post: 10,000 mutated bodies in CI
// (FUZZ_RUNS, seeded by FUZZ_SEED) from the golden payloads, a signed confirmation and a signed
// notification with verify_signature on, against the SNS stand-in: wrong types, missing keys,
// deep nesting, huge strings, URLs changed, raw bytes. Events or INVALID_ARGUMENT only, no hang,
// the process stays up.
import { join } from 'node:path';
import { describeWebhookFuzz } from '@cloudforet/plugin-testing';
import { startSandbox } from '@cloudforet/sandbox';
import { createPlugin } from '../src/plugin';
import { SnsHttp } from '../src/sns-http';
import { ALARM_MESSAGE, TOPIC } from './harness';

describeWebhookFuzz('aws-sns-mon-webhook fuzz', {
  start: async () => {
    const sandbox = await startSandbox();
    const sns = await sandbox.start('sns');
    const http = new SnsHttp({ connectTo: sns.address, caPem: sns.caPem });
    return {
      plugin: createPlugin(http),
      seeds: [
        { options: {}, data: sns.subscriptionConfirmation(TOPIC) },
        { options: { verify_signature: true }, data: sns.notification(TOPIC, ALARM_MESSAGE, { subject: 'ALARM' }) },
      ],
      afterBatch: () => sandbox.reset(),
      close: async () => {
        await http.close();
        await sandbox.close();
      },
    };
  },
  dir: join(__dirname, 'golden'),
  reproduce: 'npx jest plugins/aws-sns-mon-webhook/test/fuzz.spec.ts',
});

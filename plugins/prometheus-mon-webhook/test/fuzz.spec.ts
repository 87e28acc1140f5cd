// Fuzzing Event.parse as a hostile or broken sender would post: 10,000 mutated bodies in CI
// (FUZZ_RUNS, seeded by FUZZ_SEED) from the golden payloads: wrong types, missing keys, deep
// nesting, huge strings, raw bytes. Events or INVALID_ARGUMENT only, no hang, the process stays up.
import { join } from 'node:path';
import { describeWebhookFuzz } from '@cloudforet/plugin-testing';
import { createPlugin } from '../src/plugin';

describeWebhookFuzz('prometheus-mon-webhook fuzz', {
  start: () => ({ plugin: createPlugin() }),
  dir: join(__dirname, 'golden'),
  reproduce: 'npx jest plugins/prometheus-mon-webhook/test/fuzz.spec.ts',
});

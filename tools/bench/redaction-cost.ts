// `npm run bench` (second part): what redacting a log line costs while many secrets
// are held by other RPCs. One typical 'rpc failed' line is redacted with nothing
// held, then with 400,000 secrets held; the cost must not grow with their number.
import { performance } from 'node:perf_hooks';
import { SecretRegistry, redactValue } from '@cloudforet/plugin-core';

const LINES = Number(process.env.BENCH_REDACT_LINES ?? 20_000);
const HELD = 400_000;
const TARGET_FACTOR = 2;

const line = {
  rpc: 'Notification.dispatch',
  duration_ms: 5.21,
  code: 'INVALID_ARGUMENT',
  error_code: 'ERROR_INVALID_PARAMETER',
  error:
    'Parameter is invalid. (key = channel_data.channel, reason = Slack answered posting_to_general_channel_denied)',
  msg: 'rpc failed',
};

function nsPerLine(registry: SecretRegistry): number {
  for (let i = 0; i < 2000; i++) redactValue(line, registry); // warm-up
  const t0 = performance.now();
  for (let i = 0; i < LINES; i++) redactValue(line, registry);
  return ((performance.now() - t0) * 1e6) / LINES;
}

export function redactionCost(): boolean {
  const registry = new SecretRegistry();
  registry.hold(['one-secret-held-by-this-rpc']);
  const base = nsPerLine(registry);
  registry.hold(Array.from({ length: HELD }, (_, i) => `xoxb-${String(i).padStart(12, '0')}-held-by-another-rpc`));
  const loaded = nsPerLine(registry);
  const factor = loaded / base;
  const pass = factor <= TARGET_FACTOR;
  console.log(
    `\nredaction of one log line: ${base.toFixed(0)} ns with 1 secret held, ${loaded.toFixed(0)} ns with ${HELD} held`,
  );
  console.log(
    `ratio held-${HELD}/held-1: ${factor.toFixed(2)}x (target <= ${TARGET_FACTOR}x) ${pass ? 'PASS' : 'FAIL'}`,
  );
  return pass;
}

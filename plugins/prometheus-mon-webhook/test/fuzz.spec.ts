// Fuzzing Event.parse as a hostile or broken sender would post: 10,000 mutated bodies in CI
// (FUZZ_RUNS, seeded by FUZZ_SEED) from recorded Alertmanager payloads: wrong types, missing
// keys, deep nesting, huge strings, raw bytes. Every answer must be events or INVALID_ARGUMENT
// naming what is wrong (a request over the 4 MiB limit may be refused as too large), none may
// hang, and the process must stay up.
import { join } from 'node:path';
import { createLogger, startServer, type RunningPlugin } from '@cloudforet/plugin-core';
import { describeFuzz, loadGoldenPayloads, LogCapture, type FuzzSetup } from '@cloudforet/plugin-testing';
import { createPlugin } from '../src/plugin';

let running: RunningPlugin;
const logs = new LogCapture();
const bodies = loadGoldenPayloads(join(__dirname, 'golden')).map(([, g]) => ({ options: g.options, data: g.data }));

beforeAll(async () => {
  running = await startServer(createPlugin(), {
    host: '127.0.0.1',
    port: 0,
    logger: createLogger({ level: 'info', format: 'json', destination: logs.destination }),
  });
});
afterAll(() => running?.shutdown());

function setup(): FuzzSetup {
  return {
    endpoint: running.endpoint,
    rpcs: [{ method: 'Event.parse', seeds: bodies }],
    errorStatuses: ['INVALID_ARGUMENT'],
    // Huge strings up to 256 KiB (the 10 MB body has its own spec): the client's encoding of
    // megabyte strings, not the plugin, was most of the run's time.
    maxStringBytes: 256 * 1024,
    logs,
    afterBatch: () => void logs.lines.splice(0),
  };
}

describeFuzz('prometheus-mon-webhook fuzz', setup, {
  ciRuns: 10_000,
  reproduce: 'npx jest plugins/prometheus-mon-webhook/test/fuzz.spec.ts',
});

import { createLogger, startServer, type PluginDefinition, type RunningPlugin } from '@cloudforet/plugin-core';
import { describeFuzz } from '../fuzz/describe-fuzz';
import { LogCapture } from '../secrets/log-capture';
import { loadGoldenPayloads } from './golden-payload';

type Request = { options: Record<string, unknown>; data: Record<string, unknown> };

export interface WebhookFuzzStart {
  plugin: PluginDefinition;
  /** Bodies to mutate besides the golden payloads (a signed message from a stand-in). */
  seeds?: Request[];
  afterBatch?: () => void;
  close?: () => Promise<void>;
}

export interface WebhookFuzzOptions {
  /** Starts what the plugin needs (stand-ins) and the plugin; called once, in beforeAll. */
  start: () => Promise<WebhookFuzzStart> | WebhookFuzzStart;
  /** The golden payloads (`test/golden`): every one is a seed. */
  dir: string;
  /** How to rerun the spec (`npx jest plugins/<name>/test/fuzz.spec.ts`). */
  reproduce: string;
}

/**
 * A webhook's fuzz spec: 10,000 mutated bodies in CI (FUZZ_RUNS, FUZZ_SEED) made from its golden
 * payloads, through Event.parse. Every answer must be events or INVALID_ARGUMENT naming what is
 * wrong (a request over the 4 MiB limit may be refused as too large), none may hang, the process
 * must stay up. Huge strings go up to 256 KiB (the 10 MB body has its own spec): the client's
 * encoding of megabyte strings, not the plugin, was most of the run's time.
 */
export function describeWebhookFuzz(title: string, { start, dir, reproduce }: WebhookFuzzOptions): void {
  const logs = new LogCapture();
  const bodies = loadGoldenPayloads(dir).map(([, g]) => ({ options: g.options, data: g.data }));
  let running: RunningPlugin | undefined;
  let started: WebhookFuzzStart | undefined;

  beforeAll(async () => {
    started = await start();
    running = await startServer(started.plugin, {
      host: '127.0.0.1',
      port: 0,
      logger: createLogger({ level: 'info', format: 'json', destination: logs.destination }),
    });
  });
  afterAll(async () => {
    await running?.shutdown();
    await started?.close?.();
  });

  describeFuzz(
    title,
    () => ({
      endpoint: running!.endpoint,
      rpcs: [{ method: 'Event.parse', seeds: [...bodies, ...(started?.seeds ?? [])] }],
      errorStatuses: ['INVALID_ARGUMENT'],
      maxStringBytes: 256 * 1024,
      logs,
      afterBatch: () => {
        logs.lines.splice(0);
        started?.afterBatch?.();
      },
    }),
    { ciRuns: 10_000, reproduce },
  );
}

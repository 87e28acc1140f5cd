import { credentials, status, type ClientReadableStream } from '@grpc/grpc-js';
import {
  CollectorClient,
  CollectorService,
  type ResourceInfo,
  ResourceInfo_State,
} from '@cloudforet/api/gen/spaceone/api/inventory/plugin/collector';
import { PluginError } from '../src/errors/plugin-error';
import { definePlugin, implement } from '../src/server/plugin-definition';
import { startServer, type RunningPlugin } from '../src/server/start-server';
import { capturingLogger } from './capture-logs';

const BIG = 'x'.repeat(64 * 1024);
const MEGABYTE = 'x'.repeat(1024 * 1024);

describe('server streams', () => {
  let running: RunningPlugin;
  let client: CollectorClient;
  let produced = 0;
  let finalized = false;
  let aborted = false;

  beforeAll(async () => {
    const plugin = definePlugin({
      name: 'plugin-stream-test',
      version: '1.0.0',
      services: [
        implement(CollectorService, {
          async *collect(req, { signal }) {
            produced = 0;
            finalized = false;
            signal.addEventListener('abort', () => (aborted = true));
            const count = Number(req.options?.count ?? 0);
            const failAt = req.options?.fail_at === undefined ? -1 : Number(req.options.fail_at);
            try {
              for (let i = 0; i < count; i++) {
                if (i === failAt)
                  throw new PluginError('ERROR_THROTTLED', `cloud throttled at item ${i}`, status.UNAVAILABLE);
                produced++;
                yield {
                  state: ResourceInfo_State.SUCCESS,
                  resource_type: 'inventory.CloudService',
                  resource: { i, pad: req.options?.mb ? MEGABYTE : req.options?.big ? BIG : '' },
                };
              }
            } finally {
              finalized = true;
            }
          },
        }),
      ],
    });
    running = await startServer(plugin, { host: '127.0.0.1', port: 0, logger: capturingLogger().logger });
    client = new CollectorClient(running.endpoint, credentials.createInsecure());
  });

  afterAll(async () => {
    client.close();
    await running.shutdown();
  });

  function collectAll(stream: ClientReadableStream<ResourceInfo>) {
    const items: ResourceInfo[] = [];
    return new Promise<{ items: ResourceInfo[]; error?: { code: number; details: string } }>((resolve) => {
      stream.on('data', (r: ResourceInfo) => items.push(r));
      stream.on('error', (error: { code: number; details: string }) => resolve({ items, error }));
      stream.on('end', () => resolve({ items }));
    });
  }

  it('answers UNIMPLEMENTED for a served stream method without a handler', async () => {
    const bare = await startServer(
      definePlugin({ name: 'plugin-no-collect', version: '1.0.0', services: [implement(CollectorService, {})] }),
      { host: '127.0.0.1', port: 0, logger: capturingLogger().logger },
    );
    const bareClient = new CollectorClient(bare.endpoint, credentials.createInsecure());
    try {
      const { items, error } = await collectAll(bareClient.collect({ options: {} }));
      expect(items).toEqual([]);
      expect(error?.code).toBe(status.UNIMPLEMENTED);
      expect(error?.details).toMatch(/^ERROR_NOT_IMPLEMENTED: /);
    } finally {
      bareClient.close();
      await bare.shutdown();
    }
  });

  it('streams every item of an async generator in order', async () => {
    const { items, error } = await collectAll(client.collect({ options: { count: 500 } }));
    expect(error).toBeUndefined();
    expect(items.map((r) => r.resource?.i)).toEqual([...Array(500).keys()]);
    expect(items[0]).toMatchObject({ state: ResourceInfo_State.SUCCESS, resource_type: 'inventory.CloudService' });
  });

  it('keeps the items sent before an error and ends with that error status', async () => {
    const { items, error } = await collectAll(client.collect({ options: { count: 10, fail_at: 3 } }));
    expect(items.map((r) => r.resource?.i)).toEqual([0, 1, 2]);
    expect(error).toMatchObject({ code: status.UNAVAILABLE, details: 'ERROR_THROTTLED: cloud throttled at item 3' });
  });

  it('does not run ahead of a slow reader (back-pressure)', async () => {
    const stream = client.collect({ options: { count: 400, big: true } });
    // Read the first item, then stop reading for a while. (Pausing before the first read would
    // measure grpc-js's client, which buffers everything until its first read.)
    await new Promise<void>((resolve) => stream.once('data', () => resolve()));
    stream.pause();
    await new Promise((r) => setTimeout(r, 400));
    const ranAhead = produced;
    // 400 x 64 KiB = 25 MiB would be produced without back-pressure; HTTP/2 flow control and the
    // stream buffers hold well under 100 items.
    expect(ranAhead).toBeLessThan(100);
    const rest = collectAll(stream);
    stream.resume();
    const { items } = await rest;
    expect(items).toHaveLength(399);
  });

  it('holds only a few megabytes of large items for a slow reader', async () => {
    const stream = client.collect({ options: { count: 100, mb: true } });
    await new Promise<void>((resolve) => stream.once('data', () => resolve()));
    stream.pause();
    await new Promise((r) => setTimeout(r, 400));
    // The paused client holds 16 items of its own and one being read; the server's 4 MiB bound
    // holds about four more (grpc-js alone would queue 16 whatever their size: 32 in all).
    expect(produced).toBeLessThanOrEqual(24);
    const rest = collectAll(stream);
    stream.resume();
    const { items } = await rest;
    expect(items).toHaveLength(99);
    expect(items.every((r) => r.resource?.pad === MEGABYTE)).toBe(true);
  });

  it('stops the generator and aborts its signal when the caller cancels', async () => {
    aborted = false;
    const stream = client.collect({ options: { count: 100_000, big: true } });
    stream.on('error', () => undefined);
    await new Promise<void>((resolve) => stream.once('data', () => resolve()));
    stream.cancel();
    await new Promise((r) => setTimeout(r, 200));
    expect(aborted).toBe(true);
    expect(finalized).toBe(true);
    expect(produced).toBeLessThan(100_000);
  });
});

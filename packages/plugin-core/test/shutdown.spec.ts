import { credentials, type ServiceError } from '@grpc/grpc-js';
import {
  NotificationClient,
  NotificationService,
} from '@cloudforet/api/gen/spaceone/api/notification/plugin/notification';
import { ServerReflectionClient } from '@cloudforet/api/gen/grpc/reflection/v1alpha/reflection';
import { definePlugin, implement } from '../src/server/plugin-definition';
import { startServer } from '../src/server/start-server';
import { capturingLogger } from './capture-logs';

describe('shutdown grace period', () => {
  it('cancels calls that outlive the grace period through their AbortSignal, then stops', async () => {
    let sawAbort = false;
    const capture = capturingLogger();
    const plugin = definePlugin({
      name: 'plugin-grace-test',
      version: '1.0.0',
      services: [
        implement(NotificationService, {
          dispatch: (_req, { signal }) =>
            new Promise((_resolve, reject) =>
              signal.addEventListener('abort', () => {
                sawAbort = true;
                reject(signal.reason);
              }),
            ),
        }),
      ],
    });
    const running = await startServer(plugin, { host: '127.0.0.1', port: 0, logger: capture.logger, graceMs: 200 });
    const client = new NotificationClient(running.endpoint, credentials.createInsecure());
    const call = new Promise<ServiceError | null>((resolve) => client.dispatch({}, (err) => resolve(err)));
    await new Promise((r) => setTimeout(r, 100));

    const started = Date.now();
    await running.shutdown();
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(sawAbort).toBe(true);
    expect(await call).not.toBeNull();
    expect(capture.records().map((r) => r.msg)).toEqual(
      expect.arrayContaining(['shutting down', 'grace period over, cancelling in-flight calls']),
    );
    client.close();
  });
});

describe('drain with idle streams', () => {
  it('closes an idle reflection stream at once instead of waiting out the grace period', async () => {
    const plugin = definePlugin({
      name: 'plugin-idle-stream-test',
      version: '1.0.0',
      services: [implement(NotificationService, { dispatch: async () => ({}) })],
    });
    const running = await startServer(plugin, {
      host: '127.0.0.1',
      port: 0,
      logger: capturingLogger().logger,
      graceMs: 10_000,
    });
    const client = new ServerReflectionClient(running.endpoint, credentials.createInsecure());
    const stream = client.serverReflectionInfo();
    const ended = new Promise<void>((resolve) => {
      stream.on('end', resolve);
      stream.on('error', () => resolve());
    });
    const first = new Promise((resolve) => stream.once('data', resolve));
    stream.write({ host: '', list_services: '' });
    await first; // the stream is open and idle now

    const started = Date.now();
    await running.shutdown();
    await ended;
    expect(Date.now() - started).toBeLessThan(1500);
    client.close();
  });
});

describe("the plugin's close hook", () => {
  it('runs once, after the in-flight calls ended, so pooled connections outlive no call', async () => {
    const events: string[] = [];
    const plugin = definePlugin({
      name: 'plugin-close-test',
      version: '1.0.0',
      services: [
        implement(NotificationService, {
          dispatch: async () => {
            await new Promise((r) => setTimeout(r, 150));
            events.push('dispatch done');
            return {};
          },
        }),
      ],
      close: () => void events.push('closed'),
    });
    const running = await startServer(plugin, { host: '127.0.0.1', port: 0, logger: capturingLogger().logger });
    const client = new NotificationClient(running.endpoint, credentials.createInsecure());
    const call = new Promise<ServiceError | null>((resolve) => client.dispatch({}, (err) => resolve(err)));
    await new Promise((r) => setTimeout(r, 50));
    await Promise.all([running.shutdown(), running.shutdown()]);
    expect(await call).toBeNull();
    expect(events).toEqual(['dispatch done', 'closed']);
    client.close();
  });
});

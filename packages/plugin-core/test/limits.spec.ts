import { credentials, status } from '@grpc/grpc-js';
import {
  NotificationService,
  PluginDispatchRequest,
  PluginDispatchRequest_NotificationType as NotificationType,
} from '@cloudforet/api/gen/spaceone/api/notification/plugin/notification';
import { ProtocolClient, ProtocolService } from '@cloudforet/api/gen/spaceone/api/notification/plugin/protocol';
import { definePlugin, implement } from '../src/server/plugin-definition';
import { startServer, type RunningPlugin } from '../src/server/start-server';
import { maxRequestBytesFor, MIB } from '../src/limits/request-limits';
import { capturingLogger } from './capture-logs';
import { rawUnary } from './raw-call';

const DISPATCH = '/spaceone.api.notification.plugin.Notification/dispatch';

/** An encoded dispatch request whose title makes it `bytes` long (within a few bytes). */
function dispatchOfSize(bytes: number, mode = 'fast'): Buffer {
  const encode = (title: string) =>
    Buffer.from(
      PluginDispatchRequest.encode({
        options: {},
        message: { title },
        notification_type: NotificationType.INFO,
        secret_data: {},
        channel_data: { mode },
      }).finish(),
    );
  const overhead = encode('').length + 8;
  return encode('x'.repeat(Math.max(0, bytes - overhead)));
}

function plugin(release: Promise<void>, memoryBudgetBytes?: number) {
  return definePlugin({
    name: 'plugin-limits-test',
    version: '1.0.0',
    limits: { memoryBudgetBytes },
    services: [
      implement(ProtocolService, { init: () => ({ metadata: {} }) }),
      implement(NotificationService, {
        dispatch: async (req) => {
          if (req.channel_data?.mode === 'hold') await release;
          return {};
        },
      }),
    ],
  });
}

describe('request limits', () => {
  let running: RunningPlugin;
  let letGo: () => void;

  beforeAll(async () => {
    const release = new Promise<void>((resolve) => (letGo = resolve));
    running = await startServer(plugin(release, 1 * MIB), {
      host: '127.0.0.1',
      port: 0,
      logger: capturingLogger().logger,
    });
  });
  afterAll(async () => {
    letGo();
    await running.shutdown();
  });

  it('takes 4 MiB requests by default for a notification plugin, as a Python plugin server does', () => {
    expect(running.maxRequestBytes).toBe(4 * MIB);
    expect(running.memoryBudgetBytes).toBe(1 * MIB);
  });

  it('answers a request just under the limit', async () => {
    expect(await rawUnary(running.endpoint, DISPATCH, dispatchOfSize(4 * MIB - 64))).toEqual({ code: 0, details: '' });
  });

  it('refuses a request over the limit with RESOURCE_EXHAUSTED and a Cloudforet code naming both sizes', async () => {
    const request = dispatchOfSize(4 * MIB + 100);
    const answer = await rawUnary(running.endpoint, DISPATCH, request);
    expect(answer).toEqual({
      code: status.RESOURCE_EXHAUSTED,
      details: `ERROR_REQUEST_TOO_LARGE: Request is larger than this plugin accepts. (size = ${request.length} bytes, limit = ${4 * MIB} bytes)`,
    });
  });

  it('caps a gzip bomb while inflating it: 100 MB of zeros (~100 KB on the wire) is refused', async () => {
    const answer = await rawUnary(running.endpoint, DISPATCH, Buffer.alloc(100_000_000), { gzip: true });
    expect(answer).toEqual({
      code: status.RESOURCE_EXHAUSTED,
      details: `ERROR_REQUEST_TOO_LARGE: Request is larger than this plugin accepts. (size = over the limit, limit = ${4 * MIB} bytes)`,
    });
  });

  it('still accepts an ordinary compressed request (the core never compresses, other clients may)', async () => {
    expect(await rawUnary(running.endpoint, DISPATCH, dispatchOfSize(200_000), { gzip: true })).toEqual({
      code: 0,
      details: '',
    });
  });

  it('answers bytes that do not decode with INVALID_ARGUMENT, not a bare INTERNAL', async () => {
    const answer = await rawUnary(running.endpoint, DISPATCH, Buffer.from([0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f]));
    expect(answer.code).toBe(status.INVALID_ARGUMENT);
    expect(answer.details).toMatch(
      /^ERROR_INVALID_ARGUMENT: Argument is invalid\. \(reason = the request could not be decoded: .+\)$/,
    );
  });

  it('refuses a large request while other large ones hold the memory budget, and takes it again afterwards', async () => {
    const held = rawUnary(running.endpoint, DISPATCH, dispatchOfSize(700_000, 'hold'));
    await new Promise((r) => setTimeout(r, 200)); // the first request is now inside its handler
    const refused = await rawUnary(running.endpoint, DISPATCH, dispatchOfSize(700_000));
    expect(refused.code).toBe(status.RESOURCE_EXHAUSTED);
    expect(refused.details).toBe(
      `ERROR_RESOURCE_EXHAUSTED: Resource exhausted. (reason = other large requests are being handled (${dispatchOfSize(700_000, 'hold').length} of ${MIB} bytes in use, this one ${dispatchOfSize(700_000).length}); retry later)`,
    );
    // Small requests never wait on the budget.
    expect(await rawUnary(running.endpoint, DISPATCH, dispatchOfSize(10_000))).toEqual({ code: 0, details: '' });
    letGo();
    expect(await held).toEqual({ code: 0, details: '' });
    expect(await rawUnary(running.endpoint, DISPATCH, dispatchOfSize(700_000))).toEqual({ code: 0, details: '' });
  });

  it('keeps serving ordinary calls after all of the above', async () => {
    const client = new ProtocolClient(running.endpoint, credentials.createInsecure());
    const answer = await new Promise((resolve, reject) =>
      client.init({ options: {} }, (e, r) => (e ? reject(e) : resolve(r))),
    );
    client.close();
    expect(answer).toEqual({ metadata: {} });
  });
});

describe('maxRequestBytesFor', () => {
  it('has a default per kind: 1 MiB for identity (a token and options), 4 MiB elsewhere', () => {
    expect(maxRequestBytesFor(['spaceone.api.identity.plugin.ExternalAuth'], undefined, {})).toBe(MIB);
    expect(maxRequestBytesFor(['spaceone.api.inventory.plugin.Collector'], undefined, {})).toBe(4 * MIB);
    expect(maxRequestBytesFor(['spaceone.api.monitoring.plugin.Webhook'], undefined, {})).toBe(4 * MIB);
  });

  it('takes the plugin setting, and MAX_REQUEST_BYTES over it; refuses nonsense', () => {
    expect(maxRequestBytesFor(['spaceone.api.identity.plugin.ExternalAuth'], 2 * MIB, {})).toBe(2 * MIB);
    expect(maxRequestBytesFor([], 2 * MIB, { MAX_REQUEST_BYTES: '65536' })).toBe(65536);
    expect(() => maxRequestBytesFor([], undefined, { MAX_REQUEST_BYTES: 'lots' })).toThrow(
      'MAX_REQUEST_BYTES must be a whole number of bytes, at least 1024 (got NaN)',
    );
  });
});

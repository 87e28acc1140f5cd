import { credentials, Metadata, status, type ServiceError } from '@grpc/grpc-js';
import { fromBinary } from '@bufbuild/protobuf';
import { FileDescriptorProtoSchema } from '@bufbuild/protobuf/wkt';
import { HealthClient, HealthCheckResponse_ServingStatus } from '@cloudforet/api/gen/grpc/health/v1/health';
import {
  ServerReflectionClient,
  type ServerReflectionResponse,
} from '@cloudforet/api/gen/grpc/reflection/v1alpha/reflection';
import { ServerInfoClient } from '@cloudforet/api/gen/spaceone/api/core/v1/server_info';
import {
  NotificationClient,
  NotificationService,
} from '@cloudforet/api/gen/spaceone/api/notification/plugin/notification';
import {
  ProtocolClient,
  ProtocolService,
  type PluginInfo,
} from '@cloudforet/api/gen/spaceone/api/notification/plugin/protocol';
import { definePlugin, implement } from '../src/server/plugin-definition';
import { startServer, type RunningPlugin } from '../src/server/start-server';
import { requiredParameter, type PluginError } from '../src/errors/plugin-error';
import { requireKeys } from '../src/validation/require-keys';
import { capturingLogger } from './capture-logs';

const SECRET = 'xoxb-super-secret-token';

function unary<Req, Res>(
  fn: (req: Req, md: Metadata, cb: (e: ServiceError | null, r: Res) => void) => unknown,
  req: Req,
  md = new Metadata(),
) {
  return new Promise<Res>((resolve, reject) => fn(req, md, (e, r) => (e ? reject(e) : resolve(r))));
}

describe('plugin-core server', () => {
  let running: RunningPlugin;
  let capture: ReturnType<typeof capturingLogger>;
  let protocol: ProtocolClient;
  let notification: NotificationClient;
  const released: string[] = [];
  const ended: string[] = [];
  let dispatchStarted: () => void;
  let slowDispatch: Promise<void>;

  beforeAll(async () => {
    capture = capturingLogger();
    const plugin = definePlugin({
      name: 'plugin-test',
      version: '9.8.7',
      secretKeys: ['channel_data'],
      services: [
        implement(ProtocolService, {
          init: (req) => ({ metadata: { echo: req.options ?? {}, data_type: 'SECRET' } }),
          verify: (req, ctx) => {
            ctx.log.info({ secret_data: req.secret_data }, 'verifying with the whole secret_data');
            if (req.secret_data?.mode === 'crash') throw new TypeError(`boom while using ${req.secret_data.token}`);
            requireKeys(req, ['secret_data.token']);
            return {};
          },
        }),
        implement(NotificationService, {
          dispatch: async (req, ctx) => {
            if (req.channel_data?.mode === 'wait-for-cancel') {
              await new Promise<void>((resolve) => ctx.signal.addEventListener('abort', () => resolve()));
              released.push('aborted');
              return {};
            }
            if (req.channel_data?.mode === 'answer-then-watch') {
              ctx.signal.addEventListener('abort', () => ended.push((ctx.signal.reason as PluginError).message));
              return {};
            }
            if (req.channel_data?.mode === 'slow') {
              dispatchStarted();
              await new Promise((r) => setTimeout(r, 300));
              return {};
            }
            throw requiredParameter('channel_data.token');
          },
        }),
      ],
    });
    running = await startServer(plugin, { host: '127.0.0.1', port: 0, logger: capture.logger, graceMs: 5000 });
    protocol = new ProtocolClient(running.endpoint, credentials.createInsecure(), {
      'grpc.max_send_message_length': -1,
      'grpc.max_receive_message_length': -1,
    });
    notification = new NotificationClient(running.endpoint, credentials.createInsecure());
  });

  afterAll(async () => {
    protocol.close();
    notification.close();
    await running.shutdown();
  });

  it('answers a unary RPC with the handler result and logs one line for it', async () => {
    const res = (await unary(protocol.init.bind(protocol), {
      options: { a: 1, nested: { b: [true, 'x'] } },
    })) as PluginInfo;
    expect(res.metadata).toEqual({ echo: { a: 1, nested: { b: [true, 'x'] } }, data_type: 'SECRET' });
    const line = capture.records().find((r) => r.rpc === 'Protocol.init');
    expect(line).toMatchObject({ level: 'info', msg: 'rpc done', code: 'OK' });
    expect(typeof line?.duration_ms).toBe('number');
  });

  it('maps a PluginError to its status and exact details', async () => {
    await expect(unary(notification.dispatch.bind(notification), { channel_data: {} })).rejects.toMatchObject({
      code: status.INVALID_ARGUMENT,
      details: 'ERROR_REQUIRED_PARAMETER: Required parameter. (key = channel_data.token)',
    });
    await expect(unary(protocol.verify.bind(protocol), { secret_data: {} })).rejects.toMatchObject({
      details: 'ERROR_REQUIRED_PARAMETER: Required parameter. (key = secret_data.token)',
    });
  });

  it('turns an unexpected exception into ERROR_UNKNOWN without stack or secrets, and logs it redacted', async () => {
    const err = await unary(protocol.verify.bind(protocol), { secret_data: { mode: 'crash', token: SECRET } }).catch(
      (e: ServiceError) => e,
    );
    expect(err).toMatchObject({ code: status.INTERNAL, details: 'ERROR_UNKNOWN: boom while using [REDACTED]' });
    const all = capture.lines.join('\n');
    expect(all).not.toContain(SECRET);
    const failed = capture.records().find((r) => r.rpc === 'Protocol.verify' && r.error_code === 'ERROR_UNKNOWN');
    expect(failed).toMatchObject({ level: 'error', error_code: 'ERROR_UNKNOWN', error: 'boom while using [REDACTED]' });
    expect(String(failed?.stack)).toContain('TypeError');
    const verbose = capture
      .records()
      .filter((r) => r.msg === 'verifying with the whole secret_data')
      .pop();
    // Every string of secret_data is a secret, not only the ones that look like tokens.
    expect(verbose?.secret_data).toEqual({ mode: '[REDACTED]', token: '[REDACTED]' });
  });

  it('serves ServerInfo.get_version and health', async () => {
    const info = new ServerInfoClient(running.endpoint, credentials.createInsecure());
    const health = new HealthClient(running.endpoint, credentials.createInsecure());
    try {
      expect(await unary(info.getVersion.bind(info), {})).toEqual({ version: '9.8.7' });
      expect(await unary(health.check.bind(health), { service: '' })).toEqual({
        status: HealthCheckResponse_ServingStatus.SERVING,
      });
      expect(await unary(health.check.bind(health), { service: 'spaceone.api.notification.plugin.Protocol' })).toEqual({
        status: HealthCheckResponse_ServingStatus.SERVING,
      });
      await expect(unary(health.check.bind(health), { service: 'nope.Service' })).rejects.toMatchObject({
        code: status.NOT_FOUND,
      });
    } finally {
      info.close();
      health.close();
    }
  });

  it('delivers client cancellation to the handler as an AbortSignal', async () => {
    const call = notification.dispatch({ channel_data: { mode: 'wait-for-cancel' } }, () => undefined);
    await new Promise((r) => setTimeout(r, 100));
    call.cancel();
    await new Promise((r) => setTimeout(r, 100));
    expect(released).toContain('aborted');
  });

  it('ends the signal of an answered call once, as ended rather than cancelled by the client', async () => {
    await unary(notification.dispatch.bind(notification), { channel_data: { mode: 'answer-then-watch' } });
    await new Promise((r) => setTimeout(r, 100));
    expect(ended).toEqual(['The call has ended.']);
  });

  describe('reflection v1alpha', () => {
    let client: ServerReflectionClient;
    beforeAll(() => {
      client = new ServerReflectionClient(running.endpoint, credentials.createInsecure());
    });
    afterAll(() => client.close());

    const ask = (request: object) =>
      new Promise<ServerReflectionResponse>((resolve, reject) => {
        const stream = client.serverReflectionInfo();
        stream.on('data', (r: ServerReflectionResponse) => {
          resolve(r);
          stream.end();
        });
        stream.on('error', reject);
        stream.write(request);
      });

    it('lists the plugin services, health and ServerInfo, but not itself', async () => {
      const res = await ask({ list_services: '' });
      expect(res.list_services_response?.service?.map((s) => s.name)).toEqual([
        'spaceone.api.notification.plugin.Protocol',
        'spaceone.api.notification.plugin.Notification',
        'grpc.health.v1.Health',
        'spaceone.api.core.v1.ServerInfo',
      ]);
    });

    it('returns the protoc descriptors verbatim with dependencies and canonical struct.proto', async () => {
      const res = await ask({ file_containing_symbol: 'spaceone.api.notification.plugin.Notification' });
      const files = (res.file_descriptor_response?.file_descriptor_proto ?? []).map((b) =>
        fromBinary(FileDescriptorProtoSchema, b),
      );
      expect(files.map((f) => f.name)).toEqual([
        'spaceone/api/notification/plugin/notification.proto',
        'google/protobuf/empty.proto',
        'google/protobuf/struct.proto',
      ]);
      expect(files[0].dependency).toEqual(['google/protobuf/empty.proto', 'google/protobuf/struct.proto']);
      const value = files[2].messageType.find((m) => m.name === 'Value');
      expect(value?.field.map((f) => f.name)).toEqual([
        'null_value',
        'number_value',
        'string_value',
        'bool_value',
        'struct_value',
        'list_value',
      ]);
      const byName = await ask({ file_by_filename: 'google/protobuf/struct.proto' });
      expect(byName.file_descriptor_response?.file_descriptor_proto?.[0]).toEqual(
        res.file_descriptor_response?.file_descriptor_proto?.[2],
      );
    });

    it('finds nested symbols and answers NOT_FOUND (5) for unknown ones', async () => {
      const nested = await ask({
        file_containing_symbol: 'spaceone.api.notification.plugin.PluginDispatchRequest.NotificationType',
      });
      expect(
        fromBinary(FileDescriptorProtoSchema, nested.file_descriptor_response!.file_descriptor_proto![0]).name,
      ).toBe('spaceone/api/notification/plugin/notification.proto');
      const missing = await ask({ file_containing_symbol: 'spaceone.api.inventory.plugin.Collector' });
      expect(missing.error_response?.error_code).toBe(5);
      const missingFile = await ask({ file_by_filename: 'nope.proto' });
      expect(missingFile.error_response?.error_code).toBe(5);
    });
  });

  it('drains on shutdown: NOT_SERVING and new calls turned away while an in-flight call completes', async () => {
    const started = new Promise<void>((r) => (dispatchStarted = r));
    slowDispatch = unary(notification.dispatch.bind(notification), { channel_data: { mode: 'slow' } }).then(
      () => undefined,
    );
    await started;
    const health = new HealthClient(running.endpoint, credentials.createInsecure());
    const stopped = running.shutdown();
    try {
      expect(await unary(health.check.bind(health), { service: '' })).toEqual({
        status: HealthCheckResponse_ServingStatus.NOT_SERVING,
      });
      // No ERROR_ code on purpose: the core retries exactly this, and the retry reaches a live pod.
      await expect(unary(protocol.init.bind(protocol), {})).rejects.toMatchObject({
        code: status.UNAVAILABLE,
        details: 'the plugin is shutting down; call again',
      });
    } finally {
      health.close();
    }
    await expect(slowDispatch).resolves.toBeUndefined();
    await stopped;
    await expect(unary(protocol.init.bind(protocol), {})).rejects.toMatchObject({ code: status.UNAVAILABLE });
  });

  it('never wrote a secret to the log', () => {
    expect(capture.lines.join('\n')).not.toContain(SECRET);
  });
});

import net from 'node:net';
import { status as GrpcStatus } from '@grpc/grpc-js';
import { ConnectError } from '../errors/connect-error';
import { CoreCallError } from '../errors/core-call-error';
import { ParseDictError } from '../errors/parse-dict-error';
import { bufBuild, PLUGIN_PROTO_PATHS, REFLECTION_PROTO_PATHS, type BuiltSet } from '../test-fixtures/descriptor-sets';
import {
  startFixtureServer,
  StatusError,
  type FixtureOptions,
  type RunningFixture,
} from '../test-fixtures/reflection-server';
import { CoreClient } from './core-client';

const NOTIFICATION = 'spaceone.api.notification.plugin.Notification';
const PROTOCOL = 'spaceone.api.notification.plugin.Protocol';
const HEALTH = 'grpc.health.v1.Health';

let plugin: BuiltSet;
let reflectionProtos: BuiltSet;
const cleanups: (() => unknown)[] = [];

beforeAll(() => {
  plugin = bufBuild(PLUGIN_PROTO_PATHS);
  reflectionProtos = bufBuild(REFLECTION_PROTO_PATHS);
});
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

const never = () => new Promise<never>(() => undefined);

const handlers: FixtureOptions['handlers'] = {
  'Notification.dispatch': ({ json }) => {
    const channel = json.channel_data as Record<string, unknown> | undefined;
    if (!channel?.token)
      throw new StatusError(
        GrpcStatus.INVALID_ARGUMENT,
        'ERROR_REQUIRED_PARAMETER: Required parameter. (key = channel_data.token)',
      );
    return {};
  },
  'Protocol.init': () => ({
    metadata: { data_type: 'SECRET', retries: 3, ratio: 0.5, list: [1, 'a', true, null], empty: '' },
  }),
  'Protocol.verify': async ({ cancelled }) => {
    await cancelled;
    return never();
  },
  'Health.Check': ({ json }) => ({ status: json.service === 'up' ? 'SERVING' : 'UNKNOWN' }),
  'Health.Watch': ({ json }) => watch(json.service as string),
};

async function* watch(service: string) {
  yield { status: 'SERVING' };
  yield { status: 'NOT_SERVING' };
  if (service === 'broken') throw new StatusError(GrpcStatus.INTERNAL, 'ERROR_UNKNOWN: watch broke');
  if (service === 'forever') await never();
}

async function start(options: Partial<FixtureOptions> = {}): Promise<RunningFixture> {
  const server = await startFixtureServer({
    plugin,
    reflectionProtos,
    services: [NOTIFICATION, PROTOCOL, HEALTH],
    handlers,
    ...options,
  });
  cleanups.push(() => server.close());
  return server;
}

async function connect(endpoint: string, opts?: Parameters<typeof CoreClient.connect>[1]): Promise<CoreClient> {
  const client = await CoreClient.connect(endpoint, opts);
  cleanups.push(() => client.close());
  return client;
}

async function connectError(endpoint: string, opts?: Parameters<typeof CoreClient.connect>[1]): Promise<ConnectError> {
  const error = await CoreClient.connect(endpoint, opts).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConnectError);
  expect((error as Error).message).not.toContain('\n');
  return error as ConnectError;
}

const DISPATCH = {
  secret_data: { token: 'xoxb-secret' },
  channel_data: { token: 'xoxb-channel', channel: '#alerts' },
  notification_type: 'INFO',
  message: { title: 'Disk full', description: 'host-1', tags: [{ key: 'zone', value: 'a' }], count: 2 },
  options: {},
};

describe('CoreClient.connect: discovery through reflection only', () => {
  it('lists services in server order and methods by short name, like api_resources', async () => {
    const server = await start();
    const client = await connect(`grpc://${server.endpoint}`);
    expect(client.services).toEqual([NOTIFICATION, PROTOCOL, HEALTH]);
    expect(client.methods).toEqual({
      Notification: ['dispatch'],
      Protocol: ['init', 'verify'],
      Health: ['Check', 'Watch'],
    });
    expect([...client.registry.files].map((f) => f.proto.name).sort()).toEqual([
      'google/protobuf/empty.proto',
      'google/protobuf/struct.proto',
      'grpc/health/v1/health.proto',
      'spaceone/api/notification/plugin/notification.proto',
      'spaceone/api/notification/plugin/protocol.proto',
    ]);
    expect(server.reflectionRequests).toEqual([
      'list_services',
      `file_containing_symbol:${NOTIFICATION}`,
      `file_containing_symbol:${PROTOCOL}`,
      `file_containing_symbol:${HEALTH}`,
    ]);
  });

  it('asks file_by_filename once per import the server did not send along', async () => {
    const server = await start({ withDependencies: false });
    await connect(server.endpoint);
    expect(server.reflectionRequests).toEqual([
      'list_services',
      `file_containing_symbol:${NOTIFICATION}`,
      'file_by_filename:google/protobuf/empty.proto',
      'file_by_filename:google/protobuf/struct.proto',
      `file_containing_symbol:${PROTOCOL}`,
      `file_containing_symbol:${HEALTH}`,
    ]);
  });

  it('fails when an import cannot be resolved, naming the service and the file', async () => {
    const server = await start({ hideFiles: ['google/protobuf/empty.proto'] });
    const error = await connectError(server.endpoint);
    expect(error.message).toContain(`"${NOTIFICATION}"`);
    expect(error.message).toContain('"google/protobuf/empty.proto"');
  });

  it('fails when a listed service is unknown to reflection', async () => {
    const server = await start({ services: [NOTIFICATION, 'spaceone.api.core.v1.ServerInfo'] });
    expect((await connectError(server.endpoint)).message).toContain('"spaceone.api.core.v1.ServerInfo"');
  });

  it('uses v1alpha by default, like the Python core, and v1 when asked', async () => {
    const server = await start({ reflection: ['v1'] });
    expect((await connectError(server.endpoint)).message).toMatch(/list_services failed: UNIMPLEMENTED/);
    const client = await connect(server.endpoint, { reflection: 'v1' });
    expect(client.services).toEqual([NOTIFICATION, PROTOCOL, HEALTH]);
  });

  it.each([
    ['ignores the connection', (_socket: net.Socket) => undefined],
    ['closes the connection', (socket: net.Socket) => socket.destroy()],
  ])('fails within the ready timeout when the listener is not gRPC (it %s)', async (_label, onConnection) => {
    const sockets = new Set<net.Socket>();
    const listener = net.createServer((socket) => {
      sockets.add(socket);
      onConnection(socket);
    });
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => {
      sockets.forEach((s) => s.destroy());
      return new Promise((resolve) => listener.close(resolve));
    });
    const { port } = listener.address() as net.AddressInfo;
    const started = Date.now();
    const error = await connectError(`127.0.0.1:${port}`, { readyTimeoutMs: 300 });
    expect(error.message).toBe(`Channel is not ready. (endpoint = 127.0.0.1:${port}, waited 300 ms)`);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('CoreClient requests: ParseDict rules before anything is sent', () => {
  it('builds Notification.dispatch from exactly the keys the core sends', async () => {
    const server = await start();
    const client = await connect(server.endpoint);
    await expect(client.call('Notification.dispatch', DISPATCH)).resolves.toEqual({});
    expect(server.received).toHaveLength(1);
    expect(server.received[0]!.json).toEqual({ ...DISPATCH, notification_type: 'INFO' });
    expect(server.received[0]!.metadata).toEqual(expect.objectContaining({ token: 'NO_TOKEN' }));
  });

  it('rejects an unknown key with the ParseDict message, sending nothing', async () => {
    const server = await start();
    const client = await connect(server.endpoint);
    const expected =
      'Message type "spaceone.api.notification.plugin.PluginDispatchRequest" has no field named "foo" at "PluginDispatchRequest".\n' +
      ` Available Fields(except extensions): "['options', 'message', 'notificationType', 'secretData', 'channelData']"`;
    expect(() => client.buildRequest('Notification.dispatch', { ...DISPATCH, foo: 1 })).toThrow(
      new ParseDictError(expected),
    );
    await expect(client.call('Notification.dispatch', { ...DISPATCH, foo: null })).rejects.toThrow(ParseDictError);
    expect(server.received).toHaveLength(0);
  });

  it('rejects an unknown enum name and accepts an enum number', async () => {
    const server = await start();
    const client = await connect(server.endpoint);
    expect(() => client.buildRequest('Notification.dispatch', { ...DISPATCH, notification_type: 'NOPE' })).toThrow(
      new ParseDictError(
        'Failed to parse notification_type field: Invalid enum value NOPE for enum type ' +
          'spaceone.api.notification.plugin.PluginDispatchRequest.NotificationType at PluginDispatchRequest.notification_type.',
      ),
    );
    await client.call('Notification.dispatch', { ...DISPATCH, notification_type: 9 });
    expect(server.received[0]!.json.notification_type).toBe(9);
  });

  it('rejects a non-dict Struct and clears a field given null', async () => {
    const server = await start();
    const client = await connect(server.endpoint);
    expect(() => client.buildRequest('Notification.dispatch', { ...DISPATCH, options: 'x' })).toThrow(
      new ParseDictError(
        'Failed to parse options field: Struct must be in a dict which is x at PluginDispatchRequest.options.',
      ),
    );
    await client.call('Notification.dispatch', { ...DISPATCH, options: null, message: undefined });
    expect(Object.keys(server.received[0]!.json).sort()).toEqual(['channel_data', 'notification_type', 'secret_data']);
  });

  it('refuses methods reflection does not list, like SpaceConnector', async () => {
    const server = await start();
    const client = await connect(server.endpoint);
    await expect(client.call('Notification.send', {})).rejects.toThrow(
      `Method not supported. (endpoint = ${server.endpoint}, method = Notification.send)`,
    );
    await expect(client.call('Collector.collect', {})).rejects.toThrow('Method not supported.');
    await expect(client.call('dispatch', {})).rejects.toThrow('Method is invalid.');
    expect(() => client.stream('Protocol.init', {})).toThrow('use call()');
  });
});

describe('CoreClient responses and errors', () => {
  it('reads responses like MessageToDict: Struct numbers stay numbers, defaults are omitted', async () => {
    const server = await start();
    const client = await connect(server.endpoint);
    await expect(client.call('Protocol.init', { options: {} })).resolves.toEqual({
      metadata: { data_type: 'SECRET', retries: 3, ratio: 0.5, list: [1, 'a', true, null], empty: '' },
    });
    await expect(client.call('Health.Check', { service: 'down' })).resolves.toEqual({});
    await expect(client.call('Health.Check', { service: 'up' })).resolves.toEqual({ status: 'SERVING' });
  });

  it('turns a plugin error into CoreCallError with the ERROR_ code parsed', async () => {
    const server = await start();
    const client = await connect(server.endpoint);
    const error = await client
      .call('Notification.dispatch', { ...DISPATCH, channel_data: {} })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CoreCallError);
    expect(error).toMatchObject({
      code: GrpcStatus.INVALID_ARGUMENT,
      codeName: 'INVALID_ARGUMENT',
      details: 'ERROR_REQUIRED_PARAMETER: Required parameter. (key = channel_data.token)',
      errorCode: 'ERROR_REQUIRED_PARAMETER',
      errorMessage: 'Required parameter. (key = channel_data.token)',
    });
  });

  it('sends the metadata it is given and honours a deadline', async () => {
    const server = await start();
    const client = await connect(server.endpoint);
    await client.call(
      'Protocol.init',
      { options: {} },
      { metadata: { token: 'user-jwt', traceparent: '00-abc-def-01' } },
    );
    expect(server.received[0]!.metadata).toEqual(
      expect.objectContaining({ token: 'user-jwt', traceparent: '00-abc-def-01' }),
    );
    await expect(client.call('Protocol.verify', {}, { timeoutMs: 100 })).rejects.toMatchObject({
      codeName: 'DEADLINE_EXCEEDED',
    });
  });

  it('cancels a unary call on abort', async () => {
    const server = await start();
    const client = await connect(server.endpoint);
    const controller = new AbortController();
    const pending = client.call('Protocol.verify', { options: {}, secret_data: {} }, { signal: controller.signal });
    await waitFor(() => server.received.length === 1);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ codeName: 'CANCELLED' });
    await server.received[0]!.cancelled;
  });

  it('streams server-streaming responses, then the failing status', async () => {
    const server = await start();
    const client = await connect(server.endpoint);
    await expect(collect(client.stream('Health.Watch', { service: 'x' }))).resolves.toEqual([
      { status: 'SERVING' },
      { status: 'NOT_SERVING' },
    ]);

    const seen: unknown[] = [];
    const error = await collect(client.stream('Health.Watch', { service: 'broken' }), seen).catch((e: unknown) => e);
    expect(seen).toEqual([{ status: 'SERVING' }, { status: 'NOT_SERVING' }]);
    expect(error).toMatchObject({ codeName: 'INTERNAL', errorCode: 'ERROR_UNKNOWN', errorMessage: 'watch broke' });
  });

  it('cancels a stream on abort', async () => {
    const server = await start();
    const client = await connect(server.endpoint);
    const controller = new AbortController();
    const seen: unknown[] = [];
    const done = collect(
      client.stream('Health.Watch', { service: 'forever' }, { signal: controller.signal }),
      seen,
    ).catch((e: unknown) => e);
    await waitFor(() => seen.length === 2);
    controller.abort();
    expect(await done).toMatchObject({ codeName: 'CANCELLED' });
  });
});

async function collect(stream: AsyncIterable<Record<string, unknown>>, into: unknown[] = []): Promise<unknown[]> {
  for await (const item of stream) into.push(item);
  return into;
}

async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  if (!condition()) throw new Error('condition not met');
}

import { fromBinary } from '@bufbuild/protobuf';
import { FileDescriptorProtoSchema } from '@bufbuild/protobuf/wkt';
import { bufBuild, PLUGIN_PROTO_PATHS, REFLECTION_PROTO_PATHS, type BuiltSet } from '../test-fixtures/descriptor-sets';
import { startFixtureServer, type RunningFixture } from '../test-fixtures/reflection-server';
import { ReflectionClient } from './reflection-client';
import { ReflectionNotFoundError } from './reflection-errors';

const NOTIFICATION = 'spaceone.api.notification.plugin.Notification';
const PROTOCOL = 'spaceone.api.notification.plugin.Protocol';

let plugin: BuiltSet;
let server: RunningFixture;
const clients: ReflectionClient[] = [];

beforeAll(async () => {
  plugin = bufBuild(PLUGIN_PROTO_PATHS);
  server = await startFixtureServer({
    plugin,
    reflectionProtos: bufBuild(REFLECTION_PROTO_PATHS),
    services: [NOTIFICATION, PROTOCOL],
    reflection: ['v1alpha', 'v1'],
    withDependencies: false,
  });
});
afterAll(async () => {
  clients.forEach((c) => c.close());
  await server.close();
});

const open = (version: 'v1alpha' | 'v1') => {
  const client = new ReflectionClient(`grpc://${server.endpoint}`, version);
  clients.push(client);
  return client;
};
const rawOf = (name: string) => plugin.raw.find((bytes) => fromBinary(FileDescriptorProtoSchema, bytes).name === name)!;

describe.each(['v1alpha', 'v1'] as const)('ReflectionClient (%s)', (version) => {
  it('lists services in server order', async () => {
    await expect(open(version).listServices()).resolves.toEqual([NOTIFICATION, PROTOCOL]);
  });

  it('returns the file defining a symbol, bytes exactly as served', async () => {
    const { raw, files } = await open(version).fileContainingSymbol(NOTIFICATION);
    expect(files.map((f) => f.name)).toEqual(['spaceone/api/notification/plugin/notification.proto']);
    expect(files[0]!.dependency).toEqual(['google/protobuf/empty.proto', 'google/protobuf/struct.proto']);
    expect(Buffer.from(raw[0]!).equals(Buffer.from(rawOf('spaceone/api/notification/plugin/notification.proto')))).toBe(
      true,
    );
  });

  it('returns a file by name', async () => {
    const { files } = await open(version).fileByFilename('google/protobuf/struct.proto');
    expect(files[0]!.messageType.map((m) => m.name)).toEqual(['Struct', 'Value', 'ListValue']);
  });

  it('throws ReflectionNotFoundError (error_code 5) for an unknown file', async () => {
    const error = await open(version)
      .fileByFilename('missing.proto')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReflectionNotFoundError);
    expect(error).toMatchObject({ errorCode: 5 });
  });
});

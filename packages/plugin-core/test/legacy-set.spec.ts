import { credentials, Metadata } from '@grpc/grpc-js';
import { fromBinary } from '@bufbuild/protobuf';
import { FileDescriptorProtoSchema } from '@bufbuild/protobuf/wkt';
import { identityV1DescriptorSet } from '@cloudforet/api';
import {
  ServerReflectionClient,
  type ServerReflectionResponse,
} from '@cloudforet/api/gen/grpc/reflection/v1alpha/reflection';
import {
  AuthClient,
  AuthService,
  type PluginInfo,
} from '@cloudforet/api/gen-legacy/identity-v1/spaceone/api/identity/plugin/auth';
import { definePlugin, implement } from '../src/server/plugin-definition';
import { startServer, type RunningPlugin } from '../src/server/start-server';
import { capturingLogger } from './capture-logs';

const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c2VyIn0.c2lnbmF0dXJl';

describe('a legacy 1.x set (identity Auth), opted into by descriptorSets', () => {
  let running: RunningPlugin;
  const capture = capturingLogger();

  beforeAll(async () => {
    const plugin = definePlugin({
      name: 'plugin-legacy-auth-test',
      version: '1.0.0',
      descriptorSets: [identityV1DescriptorSet],
      services: [
        implement(AuthService, {
          init: (req, { metadata, log }) => {
            log.info({ headers: metadata.getMap() }, 'init with the caller token');
            return { metadata: { protocol: 'oidc', options: req.options ?? {} } };
          },
        }),
      ],
    });
    running = await startServer(plugin, { host: '127.0.0.1', port: 0, logger: capture.logger });
  });
  afterAll(() => running.shutdown());

  it('serves the legacy file from its own set, the one consistent set of this image', async () => {
    const client = new ServerReflectionClient(running.endpoint, credentials.createInsecure());
    const res = await new Promise<ServerReflectionResponse>((resolve, reject) => {
      const stream = client.serverReflectionInfo();
      stream.on('data', (r: ServerReflectionResponse) => (resolve(r), stream.end()));
      stream.on('error', reject);
      stream.write({ file_containing_symbol: 'spaceone.api.identity.plugin.Auth' });
    });
    client.close();
    const file = fromBinary(FileDescriptorProtoSchema, res.file_descriptor_response!.file_descriptor_proto![0]);
    expect(file.name).toBe('spaceone/api/identity/plugin/auth.proto');
    expect(file.service.map((s) => s.method.map((m) => m.name))).toEqual([['init', 'verify', 'find', 'login']]);
    expect(file.messageType.find((m) => m.name === 'InitRequest')?.field.map((f) => f.name)).toEqual(['options']);
  });

  it('redacts a real caller token sent as the `token` header', async () => {
    const client = new AuthClient(running.endpoint, credentials.createInsecure());
    const md = new Metadata();
    md.set('token', JWT);
    const res = await new Promise<PluginInfo>((resolve, reject) =>
      client.init({ options: {} }, md, (e, r) => (e ? reject(e) : resolve(r))),
    );
    client.close();
    expect(res.metadata).toEqual({ protocol: 'oidc', options: {} });
    const line = capture.records().find((r) => r.msg === 'init with the caller token');
    expect(line?.headers).toMatchObject({ token: '[REDACTED]' });
    expect(capture.lines.join('\n')).not.toContain(JWT);
  });
});

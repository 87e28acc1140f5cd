import { Client, credentials, Metadata, status, type ServiceError } from '@grpc/grpc-js';
import {
  ServerReflectionRequest,
  ServerReflectionResponse,
} from '@cloudforet/api/gen/grpc/reflection/v1alpha/reflection';
import { ProtocolService } from '@cloudforet/api/gen/spaceone/api/notification/plugin/protocol';
import { definePlugin, implement } from '../src/server/plugin-definition';
import { startServer, type RunningPlugin } from '../src/server/start-server';
import { capturingLogger } from './capture-logs';

const PATH = '/grpc.reflection.v1alpha.ServerReflection/ServerReflectionInfo';
const LIST = Buffer.from(ServerReflectionRequest.encode({ host: '', list_services: '' }).finish());
const GARBAGE = Buffer.from([0x22, 0xff, 0xff, 0xff, 0xff, 0x0f, 0x01]);

/** Sends the messages on one reflection stream and reports how it ended. */
function stream(endpoint: string, messages: Buffer[], halfClose: boolean) {
  const client = new Client(endpoint, credentials.createInsecure());
  const identity = (b: Buffer) => b;
  return new Promise<{ answers: number; error?: ServiceError }>((resolve) => {
    let answers = 0;
    const call = client.makeBidiStreamRequest(PATH, identity, identity, new Metadata(), {
      deadline: Date.now() + 5000,
    });
    call.on('data', (b: Buffer) => {
      if (ServerReflectionResponse.decode(b).list_services_response) answers++;
    });
    call.on('error', (error: ServiceError) => resolve({ answers, error }));
    call.on('status', (s) => s.code === status.OK && resolve({ answers }));
    for (const m of messages) call.write(m);
    if (halfClose) call.end();
  }).finally(() => client.close());
}

describe('reflection streams', () => {
  let running: RunningPlugin;
  beforeAll(async () => {
    const plugin = definePlugin({
      name: 'plugin-reflection-test',
      version: '1.0.0',
      services: [implement(ProtocolService, { init: () => ({ metadata: {} }) })],
    });
    running = await startServer(plugin, { host: '127.0.0.1', port: 0, logger: capturingLogger().logger });
  });
  afterAll(() => running.shutdown());

  it('end with INVALID_ARGUMENT after the answers when an undecodable message follows valid ones (40 tries)', async () => {
    for (let i = 0; i < 40; i++) {
      const result = await stream(running.endpoint, [...Array(10).fill(LIST), GARBAGE], i % 2 === 0);
      expect(result.error?.code).toBe(status.INVALID_ARGUMENT);
      expect(result.error?.details).toMatch(
        /^ERROR_INVALID_ARGUMENT: Argument is invalid\. \(reason = the request could not be decoded/,
      );
      expect(result.answers).toBe(10);
    }
  });

  it('end OK when the client half-closes after valid requests', async () => {
    expect(await stream(running.endpoint, [LIST, LIST], true)).toEqual({ answers: 2 });
  });
});

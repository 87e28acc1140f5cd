// Child process of the unary-overhead benchmark: serves Notification.dispatch on
// an ephemeral port in one of four modes and prints the port on stdout.
//   bare-noop   @grpc/grpc-js alone, handler only decodes the request
//   core-noop   plugin-core, same handler
//   bare-slack  @grpc/grpc-js alone, the Slack plugin's dispatch handler called directly
//   core-slack  plugin-core serving the Slack plugin unchanged
import { Server, ServerCredentials, type sendUnaryData, type ServerUnaryCall, Metadata } from '@grpc/grpc-js';
import {
  NotificationService,
  type PluginDispatchRequest,
} from '@cloudforet/api/gen/spaceone/api/notification/plugin/notification';
import { ProtocolService } from '@cloudforet/api/gen/spaceone/api/notification/plugin/protocol';
import { createLogger, definePlugin, implement, startServer, type CallContext } from '@cloudforet/plugin-core';
import { createPlugin } from '@cloudforet/plugin-slack-noti-protocol/src/plugin';
import { makeDispatch } from '@cloudforet/plugin-slack-noti-protocol/src/protocol-service';
import { SlackConnector } from '@cloudforet/plugin-slack-noti-protocol/src/slack-connector';

const mode = process.argv[2];
const noop = (_req: PluginDispatchRequest) => ({});

async function bare(handler: (req: PluginDispatchRequest) => Promise<object> | object): Promise<number> {
  const server = new Server({ 'grpc.max_receive_message_length': 256 * 1024 * 1024 });
  server.addService(NotificationService, {
    dispatch: (call: ServerUnaryCall<PluginDispatchRequest, object>, cb: sendUnaryData<object>) => {
      Promise.resolve(handler(call.request)).then(
        (r) => cb(null, r),
        (e: Error) => cb({ code: 13, details: e.message }),
      );
    },
  });
  return new Promise((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (e, port) => (e ? reject(e) : resolve(port))),
  );
}

async function main(): Promise<number> {
  const logger = createLogger({ format: 'json' });
  switch (mode) {
    case 'bare-noop':
      return bare(noop);
    case 'bare-slack': {
      const dispatch = makeDispatch(new SlackConnector());
      const ctx: CallContext = {
        signal: new AbortController().signal,
        log: logger,
        metadata: new Metadata(),
        method: 'Notification.dispatch',
      };
      return bare((req) => dispatch(req, ctx));
    }
    case 'core-noop': {
      const plugin = definePlugin({
        name: 'bench-noop',
        version: '0.0.0',
        services: [implement(ProtocolService, {}), implement(NotificationService, { dispatch: noop })],
      });
      return (await startServer(plugin, { host: '127.0.0.1', port: 0, logger })).port;
    }
    case 'core-slack':
      return (await startServer(createPlugin(), { host: '127.0.0.1', port: 0, logger })).port;
    default:
      throw new Error(`unknown mode ${mode}`);
  }
}

main().then(
  (port) => process.send?.({ port }),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);

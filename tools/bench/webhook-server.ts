// Child process of the webhook-parse benchmark: serves Event.parse on an ephemeral port in one
// mode and sends the port to its parent.
//   bare-noop          @grpc/grpc-js alone, the handler answers no events (decode + encode only)
//   bare-<plugin>      @grpc/grpc-js alone, the plugin's Event.parse handler called directly
//   core-<plugin>      plugin-core serving the plugin unchanged
import { Metadata, Server, ServerCredentials, type sendUnaryData, type ServerUnaryCall } from '@grpc/grpc-js';
import {
  EventService,
  type EventsInfo,
  type ParseRequest,
} from '@cloudforet/api/gen/spaceone/api/monitoring/plugin/event';
import { createLogger, startServer, type CallContext, type PluginDefinition } from '@cloudforet/plugin-core';
import { createPlugin as snsPlugin } from '@cloudforet/plugin-aws-sns-mon-webhook/src/plugin';
import { makeParse } from '@cloudforet/plugin-aws-sns-mon-webhook/src/event-service';
import { SigningCertificates } from '@cloudforet/plugin-aws-sns-mon-webhook/src/signing-certificates';
import { SnsHttp } from '@cloudforet/plugin-aws-sns-mon-webhook/src/sns-http';
import { SubscriptionConfirmer } from '@cloudforet/plugin-aws-sns-mon-webhook/src/subscription-confirmer';
import { createPlugin as grafanaPlugin } from '@cloudforet/plugin-grafana-mon-webhook/src/plugin';
import { parse as grafanaParse } from '@cloudforet/plugin-grafana-mon-webhook/src/event-service';
import { createPlugin as prometheusPlugin } from '@cloudforet/plugin-prometheus-mon-webhook/src/plugin';
import { parse as prometheusParse } from '@cloudforet/plugin-prometheus-mon-webhook/src/event-service';

type Parse = (req: ParseRequest) => Promise<EventsInfo> | EventsInfo;

const mode = process.argv[2] ?? '';
const logger = createLogger({ format: 'json' });
const ctx: CallContext = {
  signal: new AbortController().signal,
  log: logger,
  metadata: new Metadata(),
  method: 'Event.parse',
};
const http = new SnsHttp();
const snsParse = makeParse({ confirmer: new SubscriptionConfirmer(http), certificates: new SigningCertificates(http) });

const HANDLERS: Record<string, Parse> = {
  noop: () => ({ results: [] }),
  'aws-sns': (req) => snsParse(req, ctx),
  grafana: grafanaParse,
  prometheus: prometheusParse,
};
const PLUGINS: Record<string, () => PluginDefinition> = {
  'aws-sns': snsPlugin,
  grafana: grafanaPlugin,
  prometheus: prometheusPlugin,
};

function bare(parse: Parse): Promise<number> {
  const server = new Server({ 'grpc.max_receive_message_length': 4 * 1024 * 1024 });
  server.addService(EventService, {
    parse: (call: ServerUnaryCall<ParseRequest, EventsInfo>, cb: sendUnaryData<EventsInfo>) => {
      Promise.resolve()
        .then(() => parse(call.request))
        .then(
          (r) => cb(null, r),
          (e: Error) => cb({ code: 3, details: e.message }),
        );
    },
  });
  return new Promise((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (e, port) => (e ? reject(e) : resolve(port))),
  );
}

async function main(): Promise<number> {
  const [kind, name] = [mode.slice(0, mode.indexOf('-')), mode.slice(mode.indexOf('-') + 1)];
  if (kind === 'bare' && HANDLERS[name]) return bare(HANDLERS[name]);
  if (kind === 'core' && PLUGINS[name])
    return (await startServer(PLUGINS[name](), { host: '127.0.0.1', port: 0, logger })).port;
  throw new Error(`unknown mode ${mode}`);
}

// The parent asks for the CPU time spent so far, to report CPU per request next to the rates.
process.on('message', () => process.send?.({ cpu: process.cpuUsage() }));
// A normal exit on SIGTERM, so that `node --cpu-prof` (inherited by the children) writes its profile.
process.once('SIGTERM', () => process.exit(0));

main().then(
  (port) => process.send?.({ port }),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);

// plugin-core's tracing: SERVER spans per RPC (unary and stream), CLIENT children for node:http
// (what the cloud SDKs use) and fetch (undici), the traceparent rules, and the environment switch.
import { createServer, get, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { credentials, Metadata, type ClientReadableStream } from '@grpc/grpc-js';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace';
import { SpanKind } from '@opentelemetry/api';
import {
  CollectorClient,
  CollectorService,
  ResourceInfo_State,
  type ResourceInfo,
} from '@cloudforet/api/gen/spaceone/api/inventory/plugin/collector';
import { definePlugin, implement } from '../src/server/plugin-definition';
import { startServer, type RunningPlugin } from '../src/server/start-server';
import { otelTracing } from '../src/tracing/otel-tracing';
import { NO_TRACING } from '../src/tracing/rpc-tracing';
import { parseTraceparent } from '../src/tracing/traceparent';
import { tracingFromEnv } from '../src/tracing/tracing-from-env';
import { capturingLogger } from './capture-logs';

const TRACE = '0af7651916cd43dd8448eb211c80319c';
const PARENT = 'b7ad6b7169203331';

describe('parseTraceparent', () => {
  it('reads version 00 and later versions, refuses what the W3C spec calls invalid', () => {
    expect(parseTraceparent(`00-${TRACE}-${PARENT}-01`, 'k=v')).toEqual({
      traceId: TRACE,
      spanId: PARENT,
      traceFlags: 1,
      tracestate: 'k=v',
    });
    expect(parseTraceparent(`00-${TRACE}-${PARENT}-00`)?.traceFlags).toBe(0);
    expect(parseTraceparent(`01-${TRACE}-${PARENT}-01-extra`)?.traceId).toBe(TRACE);
    for (const bad of [
      undefined,
      '',
      `ff-${TRACE}-${PARENT}-01`,
      `00-${TRACE}-${PARENT}-01-extra`,
      `00-${'0'.repeat(32)}-${PARENT}-01`,
      `00-${TRACE}-${'0'.repeat(16)}-01`,
      `00-${TRACE.slice(1)}-${PARENT}-01`,
      'not a traceparent',
    ])
      expect(parseTraceparent(bad)).toBeUndefined();
  });
});

describe('tracingFromEnv', () => {
  const plugin = { name: 'p', version: '1' };
  it('records nothing without an OTLP endpoint, or when the SDK or the traces exporter is off', async () => {
    expect(tracingFromEnv(plugin, {})).toBe(NO_TRACING);
    expect(tracingFromEnv(plugin, { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://x', OTEL_SDK_DISABLED: 'true' })).toBe(
      NO_TRACING,
    );
    expect(tracingFromEnv(plugin, { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://x', OTEL_TRACES_EXPORTER: 'none' })).toBe(
      NO_TRACING,
    );
    const on = tracingFromEnv(plugin, { OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://127.0.0.1:9/v1/traces' });
    expect(on.exporting).toBe(true);
    await on.shutdown();
  });
});

describe('spans of an RPC', () => {
  let upstream: Server;
  let upstreamUrl: string;
  let running: RunningPlugin;
  let client: CollectorClient;
  const exporter = new InMemorySpanExporter();
  const tracing = otelTracing({ serviceName: 'plugin-trace-test', serviceVersion: '1.0.0', exporter });

  beforeAll(async () => {
    upstream = createServer((_req, res) => res.end('ok'));
    await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r));
    upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
    const viaHttp = () =>
      new Promise<void>((resolve, reject) =>
        get(`${upstreamUrl}/sdk/call`, (res) => res.resume().on('end', resolve)).on('error', reject),
      );
    running = await startServer(
      definePlugin({
        name: 'plugin-trace-test',
        version: '1.0.0',
        services: [
          implement(CollectorService, {
            init: async () => {
              await viaHttp();
              return { metadata: {} };
            },
            async *collect() {
              for (let i = 0; i < 2; i++) {
                await viaHttp();
                await (await fetch(`${upstreamUrl}/fetch/${i}`)).text();
                yield { state: ResourceInfo_State.SUCCESS, resource_type: 'inventory.Region', resource: { i } };
              }
            },
          }),
        ],
      }),
      { host: '127.0.0.1', port: 0, logger: capturingLogger().logger, tracing },
    );
    client = new CollectorClient(running.endpoint, credentials.createInsecure());
  });
  afterAll(async () => {
    client.close();
    await running.shutdown();
    upstream.close();
  });
  beforeEach(() => exporter.reset());

  const flushed = async () => {
    await tracing.flush();
    return exporter.getFinishedSpans();
  };

  it('a unary call: a SERVER span under the caller`s span, the SDK`s node:http request its CLIENT child', async () => {
    const metadata = new Metadata();
    metadata.set('traceparent', `00-${TRACE}-${PARENT}-01`);
    await new Promise((resolve, reject) =>
      client.init({ options: {} }, metadata, (err, res) => (err ? reject(err) : resolve(res))),
    );
    const spans = await flushed();
    const server = spans.find((s) => s.kind === SpanKind.SERVER)!;
    expect(server.name).toBe('spaceone.api.inventory.plugin.Collector/init');
    expect(server.spanContext().traceId).toBe(TRACE);
    expect(server.parentSpanContext?.spanId).toBe(PARENT);
    const calls = spans.filter((s) => s.kind === SpanKind.CLIENT);
    expect(calls.map((s) => [s.name, s.attributes['url.path'], s.attributes['http.response.status_code']])).toEqual([
      ['GET 127.0.0.1', '/sdk/call', 200],
    ]);
    expect(calls[0].parentSpanContext?.spanId).toBe(server.spanContext().spanId);
  });

  it('a stream: every outbound call between items is a child of the one SERVER span', async () => {
    const stream: ClientReadableStream<ResourceInfo> = client.collect({ options: {} });
    await new Promise((resolve) => stream.on('data', () => undefined).on('end', resolve));
    const spans = await flushed();
    const server = spans.filter((s) => s.kind === SpanKind.SERVER);
    expect(server).toHaveLength(1);
    expect(server[0].parentSpanContext).toBeUndefined();
    const calls = spans.filter((s) => s.kind === SpanKind.CLIENT);
    expect(calls.map((s) => s.attributes['url.path']).sort()).toEqual([
      '/fetch/0',
      '/fetch/1',
      '/sdk/call',
      '/sdk/call',
    ]);
    for (const call of calls) expect(call.parentSpanContext?.spanId).toBe(server[0].spanContext().spanId);
  });

  it('outbound calls outside any RPC make no span', async () => {
    await (await fetch(`${upstreamUrl}/outside`)).text();
    expect(await flushed()).toEqual([]);
  });
});

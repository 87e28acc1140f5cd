// OpenTelemetry through plugin-core, on the Slack plugin as the core calls it: a call's traceparent
// is continued into a SERVER span, the post to Slack is its CLIENT child, exports go over OTLP/HTTP
// to the sandbox's receiver, and no secret (the webhook URL's secret part) reaches a span.
import { createLogger, startServer, type RunningPlugin } from '@cloudforet/plugin-core';
import { assertNoSecrets, CoreClient, LogCapture } from '@cloudforet/plugin-testing';
import { startSandbox, type OtlpSandbox, type Sandbox, type SlackSandbox } from '@cloudforet/sandbox';
import { createPlugin } from '../src/plugin';
import { EXAMPLE_MESSAGE, harness } from './harness';

const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const CALLER_SPAN = '00f067aa0ba902b7';
const TRACEPARENT = `00-${TRACE_ID}-${CALLER_SPAN}-01`;
const WEBHOOK_SECRET = 'T0000/B0000/TracingWebhookSecretPart';
const SERVER = 2;
const CLIENT = 3;

let sandbox: Sandbox;
let slack: SlackSandbox;
let otlp: OtlpSandbox;
const saved = { ...process.env };

async function startPlugin(env: Record<string, string>, logs: LogCapture): Promise<RunningPlugin> {
  Object.assign(process.env, env);
  try {
    return await startServer(createPlugin(), {
      host: '127.0.0.1',
      port: 0,
      logger: createLogger({ format: 'json', level: 'info', destination: logs.destination }),
    });
  } finally {
    process.env = { ...saved, ...(await harness(sandbox)).env };
  }
}

const webhookDispatch = () => ({
  secret_data: {},
  channel_data: { webhook_url: slack.webhookUrl(WEBHOOK_SECRET) },
  notification_type: 'INFO',
  message: EXAMPLE_MESSAGE,
  options: { channel_type: 'incoming_webhook' },
});

beforeAll(async () => {
  sandbox = await startSandbox();
  slack = await sandbox.start('slack');
  otlp = await sandbox.start('otlp');
  process.env = { ...saved, ...(await harness(sandbox)).env };
});
afterAll(async () => {
  await sandbox.close();
  process.env = saved;
});

describe('with OTEL_EXPORTER_OTLP_ENDPOINT set', () => {
  let running: RunningPlugin;
  let client: CoreClient;
  const logs = new LogCapture();

  beforeAll(async () => {
    running = await startPlugin({ OTEL_EXPORTER_OTLP_ENDPOINT: otlp.url, OTEL_BSP_SCHEDULE_DELAY: '20' }, logs);
    client = await CoreClient.connect(running.endpoint);
  });
  afterAll(async () => {
    client.close();
    await running.shutdown();
  });

  it('continues the caller`s traceparent: a SERVER span in its trace, the post to Slack its CLIENT child', async () => {
    await client.call('Notification.dispatch', webhookDispatch(), {
      metadata: { token: 'NO_TOKEN', traceparent: TRACEPARENT },
    });
    const spans = await otlp.waitForSpans(2, (s) => s.traceId === TRACE_ID);
    const server = spans.find((s) => s.kind === SERVER)!;
    expect(server).toMatchObject({
      name: 'spaceone.api.notification.plugin.Notification/dispatch',
      parentSpanId: CALLER_SPAN,
      service: 'plugin-slack-noti-protocol',
      attributes: {
        'rpc.system': 'grpc',
        'rpc.service': 'spaceone.api.notification.plugin.Notification',
        'rpc.method': 'dispatch',
        'rpc.grpc.status_code': 0,
      },
    });
    const posts = spans.filter((s) => s.kind === CLIENT);
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({
      name: 'POST 127.0.0.1',
      parentSpanId: server.spanId,
      attributes: {
        'http.request.method': 'POST',
        'server.address': '127.0.0.1',
        'server.port': Number(new URL(slack.url).port),
        'http.response.status_code': 200,
      },
    });
    // The webhook URL's path is its secret (channel_data.webhook_url is secret by name): redacted.
    expect(posts[0].attributes['url.path']).toBe('[REDACTED]');
    assertNoSecrets(otlp.bodies.join('\n'), [slack.webhookUrl(WEBHOOK_SECRET), WEBHOOK_SECRET], 'OTLP exports');
  });

  it('starts a new trace (a root span) for a call without traceparent', async () => {
    const before = new Set(otlp.spans.map((s) => s.spanId));
    await client.call('Protocol.init', { options: {} });
    const [root] = await otlp.waitForSpans(
      1,
      (s) => !before.has(s.spanId) && s.name === 'spaceone.api.notification.plugin.Protocol/init',
    );
    expect(root.parentSpanId).toBeUndefined();
    expect(root.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(root.traceId).not.toBe(TRACE_ID);
  });

  it('marks a failed RPC with its Cloudforet error code, not its request values', async () => {
    const params = { ...webhookDispatch(), channel_data: { webhook_url: `${slack.url}/elsewhere/${WEBHOOK_SECRET}` } };
    await expect(client.call('Notification.dispatch', params)).rejects.toThrow();
    const [failed] = await otlp.waitForSpans(1, (s) => s.attributes['rpc.grpc.status_code'] === 3);
    expect(failed.attributes['cloudforet.error_code']).toMatch(/^ERROR_/);
    expect(failed.status?.code).toBe(2);
    assertNoSecrets(otlp.bodies.join('\n'), [WEBHOOK_SECRET], 'OTLP exports');
  });

  it('puts the trace and span ids on the RPC`s log lines', () => {
    const done = logs.records().filter((r) => r.msg === 'rpc done' && r.trace_id === TRACE_ID);
    expect(done).toHaveLength(1);
    expect(done[0].span_id).toMatch(/^[0-9a-f]{16}$/);
    expect(done[0].span_id).not.toBe(CALLER_SPAN);
  });
});

describe('without an OTLP endpoint', () => {
  it('exports nothing, and the log lines still carry the caller`s trace id', async () => {
    const logs = new LogCapture();
    const running = await startPlugin({}, logs);
    const client = await CoreClient.connect(running.endpoint);
    const quietTrace = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
    try {
      await client.call('Notification.dispatch', webhookDispatch(), {
        metadata: { token: 'NO_TOKEN', traceparent: `00-${quietTrace}-${CALLER_SPAN}-01` },
      });
    } finally {
      client.close();
      await running.shutdown();
    }
    await new Promise((r) => setTimeout(r, 200));
    expect(otlp.spans.filter((s) => s.traceId === quietTrace)).toEqual([]);
    const done = logs.records().find((r) => r.msg === 'rpc done');
    expect(done).toMatchObject({ trace_id: quietTrace });
    expect(done).not.toHaveProperty('span_id');
  });
});

// PLUGIN_API=alert_manager: a classic webhook or protocol served as its alert-manager twin, from the
// same handlers. Raw bytes are read back to check the enum numbers that cross the wire.
import { Client, credentials, Metadata, type ServiceError } from '@grpc/grpc-js';
import { BinaryReader } from '@bufbuild/protobuf/wire';
import { EventService as ClassicEvent } from '@cloudforet/api/gen/spaceone/api/monitoring/plugin/event';
import { WebhookService as ClassicWebhook } from '@cloudforet/api/gen/spaceone/api/monitoring/plugin/webhook';
import { ProtocolService as ClassicProtocol } from '@cloudforet/api/gen/spaceone/api/notification/plugin/protocol';
import {
  NotificationService as ClassicNotification,
  type PluginDispatchRequest,
} from '@cloudforet/api/gen/spaceone/api/notification/plugin/notification';
import { CollectorService } from '@cloudforet/api/gen/spaceone/api/inventory/plugin/collector';
import {
  EventsInfo,
  ParseRequest,
} from '@cloudforet/api/gen-alert-manager/webhook/spaceone/api/alert_manager/plugin/event';
import {
  DispatchRequest,
  DispatchRequest_NotificationType,
} from '@cloudforet/api/gen-alert-manager/protocol/spaceone/api/alert_manager/plugin/notification';
import { ParseRequest as ClassicParseRequest } from '@cloudforet/api/gen/spaceone/api/monitoring/plugin/event';
import { definePlugin, implement } from '../src/server/plugin-definition';
import { startServer, type RunningPlugin } from '../src/server/start-server';
import { pluginApiOf } from '../src/kinds/alert-manager/plugin-api';
import { capturingLogger } from './capture-logs';

const EVENTS = [
  {
    event_key: 'k-alert',
    event_type: 'ALERT',
    title: 'CPU high',
    severity: 'CRITICAL',
    resource: { resource_id: 'i-0123', name: 'web-1', resource_type: 'aws.ec2' },
    rule: 'cpu',
    occurred_at: '2026-12-01T10:00:00.000Z',
    additional_info: { region: 'us-east-1' },
    provider: 'aws',
    account: '123456789012',
  },
  {
    event_key: 'k-ok',
    event_type: 'RECOVERY',
    title: 'CPU ok',
    severity: 'NOT_AVAILABLE',
    resource: { name: 'web-1' },
  },
] as const;

function webhookPlugin() {
  return definePlugin({
    name: 'plugin-am-webhook-test',
    version: '1.0.0',
    services: [
      implement(ClassicWebhook, { init: (req) => ({ metadata: { got: req } }), verify: () => ({}) }),
      implement(ClassicEvent, { parse: () => ({ results: EVENTS.map((e) => ({ ...e })) as never }) }),
    ],
  });
}

const dispatched: PluginDispatchRequest[] = [];
function protocolPlugin() {
  return definePlugin({
    name: 'plugin-am-protocol-test',
    version: '1.0.0',
    services: [
      implement(ClassicProtocol, { init: () => ({ metadata: { data_type: 'PLAIN_TEXT' } }), verify: () => ({}) }),
      implement(ClassicNotification, {
        dispatch: (req) => {
          dispatched.push(req);
          return {};
        },
      }),
    ],
  });
}

/** A unary call with raw bytes in and out. */
function rawCall(endpoint: string, path: string, request: Buffer): Promise<Buffer> {
  const client = new Client(endpoint, credentials.createInsecure());
  const identity = (b: Buffer) => b;
  return new Promise<Buffer>((resolve, reject) =>
    client.makeUnaryRequest(path, identity, identity, request, new Metadata(), (err: ServiceError | null, res) =>
      err ? reject(err) : resolve(res as Buffer),
    ),
  ).finally(() => client.close());
}

/** Field 2 (event_type) of each EventInfo in EventsInfo.results, as the wire carries it. */
function eventTypesOnWire(bytes: Buffer): { wireType: number; value: number | string }[] {
  const out: { wireType: number; value: number | string }[] = [];
  const reader = new BinaryReader(bytes);
  while (reader.pos < reader.len) {
    const [field, wire] = reader.tag();
    if (field !== 1) {
      reader.skip(wire);
      continue;
    }
    const event = new BinaryReader(reader.bytes());
    while (event.pos < event.len) {
      const [f, w] = event.tag();
      if (f === 2) out.push({ wireType: w, value: w === 0 ? event.int32() : event.string() });
      else event.skip(w);
    }
  }
  return out;
}

describe('PLUGIN_API', () => {
  it('is classic by default, alert_manager on request, and refuses anything else', () => {
    expect(pluginApiOf({})).toBe('classic');
    expect(pluginApiOf({ PLUGIN_API: 'classic' })).toBe('classic');
    expect(pluginApiOf({ PLUGIN_API: 'alert_manager' })).toBe('alert_manager');
    expect(pluginApiOf({ PLUGIN_API: 'alert-manager' })).toBe('alert_manager');
    expect(() => pluginApiOf({ PLUGIN_API: 'v3' })).toThrow(
      'PLUGIN_API must be "classic" or "alert_manager" (got "v3")',
    );
  });

  it('alert_manager refuses a plugin whose services have no alert-manager twin, naming them', async () => {
    const collector = definePlugin({
      name: 'plugin-c',
      version: '1.0.0',
      services: [implement(CollectorService, { init: () => ({ metadata: {} }) })],
    });
    await expect(startServer(collector, { host: '127.0.0.1', port: 0, api: 'alert_manager' })).rejects.toThrow(
      'PLUGIN_API=alert_manager: spaceone.api.inventory.plugin.Collector has no alert-manager counterpart',
    );
  });
});

describe('a webhook in each mode', () => {
  const running: Record<string, RunningPlugin> = {};
  beforeAll(async () => {
    for (const api of ['classic', 'alert_manager'] as const)
      running[api] = await startServer(webhookPlugin(), {
        host: '127.0.0.1',
        port: 0,
        api,
        logger: capturingLogger().logger,
      });
  });
  afterAll(() => Promise.all(Object.values(running).map((r) => r.shutdown())));

  it('serves only the alert-manager services (plus health and ServerInfo) in alert_manager mode', () => {
    expect(running.alert_manager.services).toEqual([
      'spaceone.api.alert_manager.plugin.Webhook',
      'spaceone.api.alert_manager.plugin.Event',
      'grpc.health.v1.Health',
      'spaceone.api.core.v1.ServerInfo',
    ]);
    expect(running.classic.services.slice(0, 2)).toEqual([
      'spaceone.api.monitoring.plugin.Webhook',
      'spaceone.api.monitoring.plugin.Event',
    ]);
  });

  it('ALERT and RECOVERY cross the wire as the plugin EventType numbers (ALERT 2, RECOVERY 1); classic sends the names', async () => {
    const am = await rawCall(
      running.alert_manager.endpoint,
      '/spaceone.api.alert_manager.plugin.Event/parse',
      Buffer.from(ParseRequest.encode({ options: {}, data: {}, domain_id: 'domain-1' }).finish()),
    );
    expect(eventTypesOnWire(am)).toEqual([
      { wireType: 0, value: 2 },
      { wireType: 0, value: 1 },
    ]);
    const classic = await rawCall(
      running.classic.endpoint,
      '/spaceone.api.monitoring.plugin.Event/parse',
      Buffer.from(ClassicParseRequest.encode({ options: {}, data: {} }).finish()),
    );
    expect(eventTypesOnWire(classic)).toEqual([
      { wireType: 2, value: 'ALERT' },
      { wireType: 2, value: 'RECOVERY' },
    ]);
  });

  it('maps each event at the edge: resources, severity, no provider/account', async () => {
    const bytes = await rawCall(
      running.alert_manager.endpoint,
      '/spaceone.api.alert_manager.plugin.Event/parse',
      Buffer.from(ParseRequest.encode({ options: {}, data: {} }).finish()),
    );
    const results = EventsInfo.decode(bytes).results ?? [];
    expect(results[0]).toMatchObject({
      event_key: 'k-alert',
      event_type: 'ALERT',
      severity: 'CRITICAL',
      resources: ['web-1'],
      rule: 'cpu',
      occurred_at: '2026-12-01T10:00:00.000Z',
      additional_info: { region: 'us-east-1' },
    });
    expect(results[0]).not.toHaveProperty('provider');
    expect(results[1]).toMatchObject({
      event_key: 'k-ok',
      event_type: 'RECOVERY',
      severity: 'EVENT_SEVERITY_NONE',
      resources: ['web-1'],
    });
  });
});

describe('a protocol in alert_manager mode', () => {
  let running: RunningPlugin;
  beforeAll(async () => {
    running = await startServer(protocolPlugin(), {
      host: '127.0.0.1',
      port: 0,
      api: 'alert_manager',
      logger: capturingLogger().logger,
    });
  });
  afterAll(() => running.shutdown());

  it('hands the handler the classic dispatch: a plain message, the type by name, no empty keys', async () => {
    const request = DispatchRequest.encode({
      options: {},
      secret_data: {},
      channel_data: { channel: 'general' },
      notification_type: DispatchRequest_NotificationType.WARNING,
      message: {
        title: 'CPU high',
        description: '',
        tags: [{ key: 'Urgency', value: 'HIGH', options: { short: true } }],
        callbacks: [{ label: 'Ack', url: 'https://console.example.com/ack/42' }],
        occurred_at: '2026-12-01T10:00:00.000Z',
      },
      domain_id: 'domain-1',
    }).finish();
    await rawCall(running.endpoint, '/spaceone.api.alert_manager.plugin.Notification/dispatch', Buffer.from(request));
    expect(dispatched.at(-1)).toEqual({
      options: {},
      secret_data: {},
      channel_data: { channel: 'general' },
      notification_type: 'WARNING',
      message: {
        title: 'CPU high',
        tags: [{ key: 'Urgency', value: 'HIGH', options: { short: true } }],
        callbacks: [{ label: 'Ack', url: 'https://console.example.com/ack/42' }],
        occurred_at: '2026-12-01T10:00:00.000Z',
      },
    });
  });
});

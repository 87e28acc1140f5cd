import { implement, requiredParameter } from '@cloudforet/plugin-core';
import { NotificationService } from '@cloudforet/api/gen/spaceone/api/notification/plugin/notification';
import { ProtocolService } from '@cloudforet/api/gen/spaceone/api/notification/plugin/protocol';
import { genericChecks, kindOfServices, type PluginKind } from './plugin-kind';
import { failures, resultOf, runSuite } from './test-support/run-suite';

const STANDARD = ['grpc.health.v1.Health', 'spaceone.api.core.v1.ServerInfo'];

describe('kindOfServices', () => {
  it.each<[string[], PluginKind]>([
    [
      ['spaceone.api.notification.plugin.Protocol', 'spaceone.api.notification.plugin.Notification'],
      'notification.Protocol',
    ],
    [['spaceone.api.inventory.plugin.Collector', 'spaceone.api.inventory.plugin.Job'], 'inventory.Collector'],
    [['spaceone.api.monitoring.plugin.Metric', 'spaceone.api.monitoring.plugin.DataSource'], 'monitoring.DataSource'],
    [['spaceone.api.monitoring.plugin.Event', 'spaceone.api.monitoring.plugin.Webhook'], 'monitoring.Webhook'],
    [['spaceone.api.identity.plugin.ExternalAuth'], 'identity.ExternalAuth'],
  ])('%j is %s', (services, kind) => {
    expect(kindOfServices([...STANDARD, ...services])).toBe(kind);
  });

  it('knows no kind for cost data sources, legacy Auth or bare servers', () => {
    expect(kindOfServices([...STANDARD, 'spaceone.api.cost_analysis.plugin.DataSource'])).toBeUndefined();
    expect(kindOfServices([...STANDARD, 'spaceone.api.identity.plugin.Auth'])).toBeUndefined();
    expect(kindOfServices(STANDARD)).toBeUndefined();
  });
});

describe('genericChecks', () => {
  it.each<PluginKind>([
    'notification.Protocol',
    'inventory.Collector',
    'monitoring.DataSource',
    'monitoring.Webhook',
    'identity.ExternalAuth',
  ])('%s: common checks, core keys, init twice, bad input', (kind) => {
    const names = genericChecks(kind).map((c) => c.name);
    expect(names.slice(0, 3)).toEqual([
      'reflection (v1alpha) lists the plugin services, Health and ServerInfo',
      'ServerInfo.get_version answers a version',
      'Health.Check answers SERVING',
    ]);
    expect(names).toContain('accepts every request key the 2.x core sends (docs/wire-contract.md, request keys)');
    expect(names.filter((n) => /\.init (answers|is deterministic)/.test(n))).toHaveLength(2);
    expect(names.at(-1)).toMatch(/cleanly/);
  });
});

describe('genericChecks("notification.Protocol") against a running protocol', () => {
  const schema = { type: 'object', required: ['url'], properties: { url: { type: 'string' } } };
  const protocol = (dispatch: () => Record<string, never>) => [
    implement(ProtocolService, {
      init: () => ({ metadata: { data_type: 'PLAIN_TEXT', data: { schema } } }),
      verify: () => ({}),
    }),
    implement(NotificationService, { dispatch }),
  ];

  it('passes a protocol that refuses empty channel data cleanly', async () => {
    const results = await runSuite(
      protocol(() => {
        throw requiredParameter('channel_data.url');
      }),
      genericChecks('notification.Protocol'),
    );
    expect(failures(results)).toEqual({});
  });

  it('fails a protocol that crashes on empty channel data', async () => {
    const results = await runSuite(
      protocol(() => {
        throw new TypeError("Cannot read properties of undefined (reading 'url')");
      }),
      genericChecks('notification.Protocol'),
    );
    expect(resultOf(results, 'dispatch with empty data').error).toMatch(
      /^Notification.dispatch with empty channel_data and message: answered INTERNAL "ERROR_UNKNOWN: Cannot read/,
    );
  });
});

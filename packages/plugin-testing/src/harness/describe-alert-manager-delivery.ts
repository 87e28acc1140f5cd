import {
  createLogger,
  startServer,
  type PluginApi,
  type PluginDefinition,
  type RunningPlugin,
} from '@cloudforet/plugin-core';
import { CoreClient } from '../client/core-client';
import { typedMessage } from '../conformance/alert-manager-requests';
import { callLikePythonCore, pythonCoreAvailable } from '../python-core/python-core-client';
import type { PluginHarness } from './plugin-harness';

export interface AlertManagerDelivery<S> {
  createPlugin: () => PluginDefinition;
  startSandbox: () => Promise<S>;
  harness: (sandbox: S) => Promise<PluginHarness>;
  /** What the outside world received from the last dispatch, without what differs per delivery (ids, times). */
  delivered: (sandbox: S) => unknown;
}

/**
 * A protocol started with PLUGIN_API=alert_manager delivers what it delivers in classic mode: its
 * harness's example dispatch, the message as the alert-manager `NotificationMessage` carries it, sent
 * once to each mode through the core-like client; the stand-in must receive the same thing. Also the
 * real Python client, reaching the plugin by reflection only, dispatches in alert-manager mode.
 */
export function describeAlertManagerDelivery<S extends { close(): Promise<void> }>(
  title: string,
  { createPlugin, startSandbox, harness, delivered }: AlertManagerDelivery<S>,
): void {
  describe(title, () => {
    let sandbox: S;
    let example: PluginHarness['example'];
    const running: Partial<Record<PluginApi, RunningPlugin>> = {};
    const saved = { ...process.env };

    beforeAll(async () => {
      sandbox = await startSandbox();
      const suite = await harness(sandbox);
      example = suite.example;
      Object.assign(process.env, suite.env);
      for (const api of ['classic', 'alert_manager'] as const)
        running[api] = await startServer(createPlugin(), {
          host: '127.0.0.1',
          port: 0,
          api,
          logger: createLogger({ level: 'silent' }),
        });
    });
    afterAll(async () => {
      await Promise.all(Object.values(running).map((r) => r.shutdown()));
      await sandbox?.close();
      process.env = saved;
    });

    const params = () => ({
      ...example.params,
      message: typedMessage(example.params.message as Record<string, unknown>),
    });

    it('delivers the same message in each mode', async () => {
      const received: unknown[] = [];
      for (const [api, request] of [
        ['classic', params()],
        ['alert_manager', { ...params(), domain_id: 'domain-1' }],
      ] as const) {
        const client = await CoreClient.connect(running[api]!.endpoint);
        try {
          await expect(client.call('Notification.dispatch', request)).resolves.toEqual({});
          received.push(delivered(sandbox));
        } finally {
          client.close();
        }
      }
      expect(received[0]).toBeTruthy();
      expect(received[1]).toEqual(received[0]);
    });

    (pythonCoreAvailable() || process.env.CI ? it : it.skip)(
      'is called by the real Python grpcio/protobuf through reflection in alert-manager mode',
      async () => {
        const run = await callLikePythonCore(running.alert_manager!.endpoint, [
          { method: 'Protocol.init', params: { options: example.params.options ?? {}, domain_id: 'domain-1' } },
          { method: 'Notification.dispatch', params: { ...params(), domain_id: 'domain-1' } },
        ]);
        expect(run.services.slice(0, 2)).toEqual([
          'spaceone.api.alert_manager.plugin.Protocol',
          'spaceone.api.alert_manager.plugin.Notification',
        ]);
        expect(run.results[0]).toHaveProperty('response.metadata.data_type');
        expect(run.results[1]).toEqual({ response: {} });
      },
      30_000,
    );
  });
}

// PLUGIN_API=alert_manager on the Slack plugin, reached by reflection only: it serves the
// alert-manager Protocol and Notification (and nothing of the notification service), and the same
// message reaches Slack as in classic mode.
import { createLogger, startServer, type PluginApi, type RunningPlugin } from '@cloudforet/plugin-core';
import { callLikePythonCore, CoreClient, LogCapture, pythonCoreAvailable } from '@cloudforet/plugin-testing';
import { startSandbox, type Sandbox, type SlackSandbox } from '@cloudforet/sandbox';
import { createPlugin } from '../src/plugin';
import { EXAMPLE_MESSAGE, harness, SANDBOX_TOKEN } from './harness';

let sandbox: Sandbox;
let slack: SlackSandbox;
const running: Partial<Record<PluginApi, RunningPlugin>> = {};
const saved = { ...process.env };

beforeAll(async () => {
  sandbox = await startSandbox();
  slack = await sandbox.start('slack');
  Object.assign(process.env, (await harness(sandbox)).env);
  for (const api of ['classic', 'alert_manager'] as const)
    running[api] = await startServer(createPlugin(), {
      host: '127.0.0.1',
      port: 0,
      api,
      logger: createLogger({ format: 'json', destination: new LogCapture().destination }),
    });
});
afterAll(async () => {
  await Promise.all(Object.values(running).map((r) => r.shutdown()));
  await sandbox.close();
  process.env = saved;
});

const dispatch = (extra: Record<string, unknown> = {}) => ({
  secret_data: {},
  channel_data: { token: SANDBOX_TOKEN, channel: 'general' },
  notification_type: 'ERROR',
  message: EXAMPLE_MESSAGE,
  options: {},
  ...extra,
});

it('lists only the alert-manager services, Health and ServerInfo', async () => {
  const client = await CoreClient.connect(running.alert_manager!.endpoint);
  try {
    expect(client.services).toEqual([
      'spaceone.api.alert_manager.plugin.Protocol',
      'spaceone.api.alert_manager.plugin.Notification',
      'grpc.health.v1.Health',
      'spaceone.api.core.v1.ServerInfo',
    ]);
  } finally {
    client.close();
  }
});

it('delivers the same message to Slack in each mode', async () => {
  const bodies: Record<string, unknown>[] = [];
  for (const [api, params] of [
    ['classic', dispatch()],
    ['alert_manager', dispatch({ domain_id: 'domain-1' })],
  ] as const) {
    const client = await CoreClient.connect(running[api]!.endpoint);
    try {
      await expect(client.call('Notification.dispatch', params)).resolves.toEqual({});
      bodies.push(slack.messages.at(-1)!.body);
    } finally {
      client.close();
    }
  }
  expect((bodies[0].attachments as { fallback: string }[])[0].fallback).toBe(`[ERROR] ${EXAMPLE_MESSAGE.title}`);
  expect(bodies[1]).toEqual(bodies[0]);
});

it('answers init with the same metadata in each mode', async () => {
  const answers: unknown[] = [];
  for (const api of ['classic', 'alert_manager'] as const) {
    const client = await CoreClient.connect(running[api]!.endpoint);
    try {
      answers.push(await client.call('Protocol.init', { options: {} }));
    } finally {
      client.close();
    }
  }
  expect(answers[1]).toEqual(answers[0]);
});

(pythonCoreAvailable() ? it : it.skip)(
  'is called by the real Python grpcio/protobuf through reflection in alert-manager mode',
  async () => {
    const run = await callLikePythonCore(running.alert_manager!.endpoint, [
      { method: 'Protocol.init', params: { options: {}, domain_id: 'domain-1' } },
      { method: 'Notification.dispatch', params: dispatch({ notification_type: 'SUCCESS', domain_id: 'domain-1' }) },
    ]);
    expect(run.services.slice(0, 2)).toEqual([
      'spaceone.api.alert_manager.plugin.Protocol',
      'spaceone.api.alert_manager.plugin.Notification',
    ]);
    expect(run.results[0]).toHaveProperty('response.metadata.data_type', 'SECRET');
    expect(run.results[1]).toEqual({ response: {} });
    expect((slack.messages.at(-1)!.body.attachments as { fallback: string }[])[0].fallback).toBe(
      `[SUCCESS] ${EXAMPLE_MESSAGE.title}`,
    );
  },
  30_000,
);

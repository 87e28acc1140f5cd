// The same calls as the Cloudforet 2.x core, made by real Python grpcio/protobuf
// (DescriptorPool fed by reflection, ParseDict, MessageToDict): the check that
// our reflected descriptors work for the client the core actually runs.
import {
  callLikePythonCore,
  describePythonCore,
  startInProcess,
  type InProcessPlugin,
} from '@cloudforet/plugin-testing';
import { startSlackSandbox, type SlackSandbox } from '@cloudforet/sandbox';
import { createPlugin } from '../src/plugin';

const TOKEN = 'xoxb-python-core-test-token';
describePythonCore('slack-noti-protocol called by the real Python grpcio/protobuf, as the core does', () => {
  let sandbox: SlackSandbox;
  let plugin: InProcessPlugin;

  beforeAll(async () => {
    sandbox = await startSlackSandbox({ tokens: [TOKEN] });
    plugin = await startInProcess(createPlugin({ apiUrl: sandbox.apiUrl }));
  });
  afterAll(async () => {
    await plugin.close();
    await sandbox.close();
  });

  it('resolves every listed service from reflection and runs init, verify and dispatch', async () => {
    const run = await callLikePythonCore(plugin.endpoint, [
      { method: 'Protocol.init', params: { options: {} } },
      { method: 'Protocol.verify', params: { options: {}, secret_data: {} } },
      {
        method: 'Notification.dispatch',
        params: {
          secret_data: {},
          channel_data: { token: TOKEN, channel: 'general' },
          notification_type: 'SUCCESS',
          message: { title: 'Backup done', tags: [{ key: 'Size', value: 58, options: { short: true } }] },
          options: {},
        },
      },
      {
        method: 'Notification.dispatch',
        params: {
          secret_data: {},
          channel_data: { channel: 'general' },
          notification_type: 'INFO',
          message: {},
          options: {},
        },
      },
      { method: 'Protocol.init', params: { options: {}, domain_id: 'domain-123' } },
    ]);
    expect(run.services).toEqual([
      'spaceone.api.notification.plugin.Protocol',
      'spaceone.api.notification.plugin.Notification',
      'grpc.health.v1.Health',
      'spaceone.api.core.v1.ServerInfo',
    ]);
    expect(run.methods).toMatchObject({
      Protocol: ['init', 'verify'],
      Notification: ['dispatch'],
      ServerInfo: ['get_version'],
    });
    const [init, verify, dispatch, missingToken, unknownKey] = run.results;
    expect(init).toHaveProperty('response.metadata.data_type', 'SECRET');
    expect(init).toHaveProperty('response.metadata.data.schema.required', ['token', 'channel']);
    expect(verify).toEqual({ response: {} });
    expect(dispatch).toEqual({ response: {} });
    expect(missingToken).toEqual({
      error: {
        code: 'INVALID_ARGUMENT',
        details: 'ERROR_REQUIRED_PARAMETER: Required parameter. (key = channel_data.token)',
      },
    });
    expect(unknownKey).toHaveProperty('parse_error', expect.stringContaining('has no field named "domain_id"'));
    // A Struct number arrives as a double (58.0 in Python) and Slack shows it as 58.
    expect(sandbox.messages).toHaveLength(1);
    expect((sandbox.messages[0].body.attachments as { fields: unknown[] }[])[0].fields).toEqual([
      { title: 'Size', value: '58', short: true },
    ]);
  }, 30_000);
});

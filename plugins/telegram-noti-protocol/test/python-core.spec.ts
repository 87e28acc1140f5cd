// The same calls as the Cloudforet 2.x core, made by real Python grpcio/protobuf
// (DescriptorPool fed by reflection, ParseDict, MessageToDict).
import {
  callLikePythonCore,
  describePythonCore,
  startInProcess,
  type InProcessPlugin,
} from '@cloudforet/plugin-testing';
import { startTelegramSandbox, type TelegramSandbox } from '@cloudforet/sandbox';
import { createPlugin } from '../src/plugin';
import { SANDBOX_CHAT, SANDBOX_TOKEN } from './harness';

describePythonCore('telegram-noti-protocol called by the real Python grpcio/protobuf, as the core does', () => {
  let sandbox: TelegramSandbox;
  let plugin: InProcessPlugin;

  beforeAll(async () => {
    sandbox = await startTelegramSandbox();
    plugin = await startInProcess(createPlugin({ apiUrl: sandbox.apiUrl }));
  });
  afterAll(async () => {
    await plugin.close();
    await sandbox.close();
  });

  it('resolves the services from reflection and runs init, verify and dispatch', async () => {
    const run = await callLikePythonCore(plugin.endpoint, [
      { method: 'Protocol.init', params: { options: {} } },
      { method: 'Protocol.verify', params: { options: {}, secret_data: {} } },
      {
        method: 'Notification.dispatch',
        params: {
          secret_data: {},
          channel_data: { chat_id: SANDBOX_CHAT, token: SANDBOX_TOKEN },
          notification_type: 'SUCCESS',
          message: { title: 'Backup done', tags: [{ key: 'Size', value: 58, options: { short: true } }] },
          options: {},
        },
      },
      {
        method: 'Notification.dispatch',
        params: {
          secret_data: {},
          channel_data: { token: SANDBOX_TOKEN },
          notification_type: 'INFO',
          message: { title: 't' },
          options: {},
        },
      },
    ]);
    expect(run.methods).toMatchObject({ Protocol: ['init', 'verify'], Notification: ['dispatch'] });
    const [init, verify, dispatch, missingChat] = run.results;
    expect(init).toHaveProperty('response.metadata.data_type', 'SECRET');
    expect(init).toHaveProperty('response.metadata.data.schema.required', ['chat_id', 'token']);
    expect(verify).toEqual({ response: {} });
    expect(dispatch).toEqual({ response: {} });
    expect(missingChat).toEqual({
      error: {
        code: 'INVALID_ARGUMENT',
        details: 'ERROR_REQUIRED_PARAMETER: Required parameter. (key = channel_data.chat_id)',
      },
    });
    // A Struct number arrives as a double (58.0 in Python); the chat shows 58.
    expect(sandbox.messages.map((m) => m.text)).toEqual(['[SUCCESS] Backup done \n- Size: 58']);
  }, 30_000);
});

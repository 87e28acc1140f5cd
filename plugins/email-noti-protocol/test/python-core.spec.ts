// The same calls as the Cloudforet 2.x core, made by real Python grpcio/protobuf
// (DescriptorPool fed by reflection, ParseDict, MessageToDict): the check that our
// reflected descriptors work for the client the core actually runs.
import {
  callLikePythonCore,
  describePythonCore,
  startInProcess,
  type InProcessPlugin,
} from '@cloudforet/plugin-testing';
import { startSmtpSandbox, type SmtpSandbox } from '@cloudforet/sandbox';
import { createPlugin } from '../src/plugin';
import { sandboxSecret } from './harness';

describePythonCore('email-noti-protocol called by the real Python grpcio/protobuf, as the core does', () => {
  let smtp: SmtpSandbox;
  let plugin: InProcessPlugin;

  beforeAll(async () => {
    smtp = await startSmtpSandbox();
    plugin = await startInProcess(createPlugin());
  });
  afterAll(async () => {
    await plugin.close();
    await smtp.close();
  });

  it('runs init, verify and dispatch; a Struct port arrives as a double and still works', async () => {
    const secret = { ...sandboxSecret(smtp), smtp_port: smtp.port };
    const run = await callLikePythonCore(plugin.endpoint, [
      { method: 'Protocol.init', params: { options: {} } },
      { method: 'Protocol.verify', params: { options: {}, secret_data: secret } },
      {
        method: 'Notification.dispatch',
        params: {
          secret_data: secret,
          channel_data: { email: 'user1@test.com, user2@test.com' },
          notification_type: 'SUCCESS',
          message: { title: 'Backup done', tags: [{ key: 'Size', value: 58, options: { short: true } }] },
          options: {},
        },
      },
      {
        method: 'Notification.dispatch',
        params: {
          secret_data: secret,
          channel_data: {},
          notification_type: 'INFO',
          message: { title: 't' },
          options: {},
        },
      },
    ]);
    const [init, verify, dispatch, missingEmail] = run.results;
    expect(init).toHaveProperty('response.metadata.data_type', 'PLAIN_TEXT');
    expect(init).toHaveProperty('response.metadata.data.schema.required', ['email']);
    expect(verify).toEqual({ response: {} });
    expect(dispatch).toEqual({ response: {} });
    expect(missingEmail).toEqual({
      error: {
        code: 'INVALID_ARGUMENT',
        details: 'ERROR_REQUIRED_PARAMETER: Required parameter. (key = channel_data.email)',
      },
    });
    expect(smtp.messages).toHaveLength(1);
    expect(smtp.messages[0].envelope.to).toEqual(['user1@test.com', 'user2@test.com']);
    // 58.0 in Python; the mail shows 58.
    expect(smtp.messages[0].text).toContain('Size: 58\n');
  }, 30_000);
});

// The Slack plugin as the Cloudforet core sees it: a gRPC endpoint discovered by
// reflection only, called with the exact keys the notification service sends,
// delivering to the Slack sandbox through the real Slack SDKs.
import type { RunningPlugin } from '@cloudforet/plugin-core';
import {
  assertNoSecrets,
  CoreCallError,
  CoreClient,
  LogCapture,
  ParseDictError,
  ReflectionClient,
  startInProcess,
} from '@cloudforet/plugin-testing';
import { startSlackSandbox, type SlackSandbox } from '@cloudforet/sandbox';
import { createPlugin } from '../src/plugin';

const TOKEN = 'xoxb-111111111111-2222222222222-SandboxSecretToken';
const OTHER_TOKEN = 'xoxb-999999999999-8888888888888-RevokedTokenValue';
const WEBHOOK_PATH = 'T0000/B0000/WebhookSecretPart';

const message = {
  title: 'CPU above 90% on web-1',
  description: 'Alert #42 was triggered by *cpu-high*.',
  link: 'https://console.example.com/alerts/42',
  image_url: 'https://img.example.com/cpu.png',
  occurred_at: '2026-11-23T10:00:00.000Z',
  tags: [
    { key: 'Alert Number', value: '#42', options: { short: true } },
    { key: 'Urgency', value: 'HIGH', options: { short: false } },
    { key: 'Project', value: 'web' },
  ],
  callbacks: [
    { label: 'Acknowledge Alerts', url: 'https://console.example.com/ack/42' },
    { label: 'Open Runbook', url: 'https://wiki.example.com/runbook' },
  ],
};
const botChannel = { token: TOKEN, channel: 'general' };

interface InitMetadata {
  data_type: string;
  data: { schema: { type: string; required: string[]; properties: Record<string, { minLength?: number }> } };
}

describe('slack-noti-protocol over gRPC', () => {
  let sandbox: SlackSandbox;
  let running: RunningPlugin;
  let client: CoreClient;
  const logs = new LogCapture();

  beforeAll(async () => {
    sandbox = await startSlackSandbox({ tokens: [TOKEN] });
    const plugin = createPlugin({ apiUrl: sandbox.apiUrl, webhookUrlPrefix: `${sandbox.url}/services/` });
    ({ running, client } = await startInProcess(plugin, { logs }));
  });
  beforeEach(() => sandbox.reset());
  afterAll(async () => {
    client.close();
    await running.shutdown();
    await sandbox.close();
    // The whole run's logs: no token, no webhook URL, in any form.
    assertNoSecrets(logs.text, [TOKEN, OTHER_TOKEN, sandbox.webhookUrl(WEBHOOK_PATH), WEBHOOK_PATH], 'plugin logs');
  });

  const dispatch = (overrides: Record<string, unknown> = {}) =>
    client.call('Notification.dispatch', {
      secret_data: {},
      channel_data: botChannel,
      notification_type: 'INFO',
      message,
      options: {},
      ...overrides,
    });

  async function failure(call: Promise<unknown>): Promise<CoreCallError> {
    const err = await call.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(CoreCallError);
    return err as CoreCallError;
  }

  describe('reflection', () => {
    it('lists exactly the Protocol, Notification, Health and ServerInfo services', () => {
      expect(client.services).toEqual([
        'spaceone.api.notification.plugin.Protocol',
        'spaceone.api.notification.plugin.Notification',
        'grpc.health.v1.Health',
        'spaceone.api.core.v1.ServerInfo',
      ]);
      expect(client.methods).toMatchObject({ Protocol: ['init', 'verify'], Notification: ['dispatch'] });
    });

    it('serves descriptors with their dependency lists and the canonical snake_case struct.proto', async () => {
      const reflection = new ReflectionClient(running.endpoint, 'v1alpha');
      try {
        const { files } = await reflection.fileContainingSymbol('spaceone.api.notification.plugin.Notification');
        const byName = new Map(files.map((f) => [f.name, f]));
        expect(byName.get('spaceone/api/notification/plugin/notification.proto')?.dependency).toEqual([
          'google/protobuf/empty.proto',
          'google/protobuf/struct.proto',
        ]);
        const struct =
          byName.get('google/protobuf/struct.proto') ??
          (await reflection.fileByFilename('google/protobuf/struct.proto')).files[0];
        const value = struct.messageType.find((m) => m.name === 'Value');
        expect(value?.field.map((f) => f.name)).toEqual([
          'null_value',
          'number_value',
          'string_value',
          'bool_value',
          'struct_value',
          'list_value',
        ]);
      } finally {
        reflection.close();
      }
    });

    it('answers reflection v1 as well', async () => {
      const v1 = new ReflectionClient(running.endpoint, 'v1');
      try {
        expect(await v1.listServices()).toContain('spaceone.api.notification.plugin.Notification');
      } finally {
        v1.close();
      }
    });
  });

  describe('request keys', () => {
    it('accepts every key the 2.x core sends, with values and with None', () => {
      expect(() => client.buildRequest('Protocol.init', { options: {} })).not.toThrow();
      expect(() => client.buildRequest('Protocol.verify', { options: {}, secret_data: {} })).not.toThrow();
      for (const value of [null, {}]) {
        expect(() =>
          client.buildRequest('Notification.dispatch', {
            secret_data: value,
            channel_data: value,
            notification_type: 'INFO',
            message: value,
            options: value,
          }),
        ).not.toThrow();
      }
    });

    it('would fail a key its proto lacks, as ParseDict does in the core', () => {
      expect(() => client.buildRequest('Protocol.init', { options: {}, domain_id: 'domain-1' })).toThrow(
        ParseDictError,
      );
      expect(() => client.buildRequest('Protocol.init', { options: {}, domain_id: 'domain-1' })).toThrow(
        /has no field named "domain_id"/,
      );
    });
  });

  describe('Protocol.init', () => {
    it('answers the upstream channel schema with data_type SECRET', async () => {
      const { metadata } = (await client.call('Protocol.init', { options: {} })) as { metadata: InitMetadata };
      expect(metadata.data_type).toBe('SECRET');
      const schema = metadata.data.schema;
      expect(schema.type).toBe('object');
      expect(schema.required).toEqual(['token', 'channel']);
      expect(Object.keys(schema.properties)).toEqual(['token', 'channel', 'channel_id']);
      expect(schema.properties.token).toMatchObject({ type: 'string', title: 'Slack Token', minLength: 4 });
      expect(schema.properties.channel).toMatchObject({ type: 'string', title: 'Slack Channel', minLength: 4 });
      expect(schema.properties.channel_id).toMatchObject({ type: 'string', title: 'Slack Channel ID', minLength: 4 });
      // Struct numbers travel as doubles; JSON numbers here.
      expect(schema.properties.token.minLength).toBe(4);
    });

    it('answers the incoming-webhook schema when the protocol asks for it, and rejects unknown channel types', async () => {
      const { metadata } = (await client.call('Protocol.init', { options: { channel_type: 'incoming_webhook' } })) as {
        metadata: InitMetadata;
      };
      expect(metadata.data.schema.required).toEqual(['webhook_url']);
      const err = await failure(client.call('Protocol.init', { options: { channel_type: 'carrier_pigeon' } }));
      expect(err.codeName).toBe('INVALID_ARGUMENT');
      expect(err.details).toBe(
        'ERROR_INVALID_PARAMETER: Parameter is invalid. (key = options.channel_type, reason = must be one of bot_token, incoming_webhook)',
      );
    });
  });

  describe('Notification.dispatch', () => {
    it('posts the upstream layout to Slack: title, colour, tags, callbacks, link, time, image', async () => {
      expect(await dispatch({ notification_type: 'WARNING' })).toEqual({});
      expect(sandbox.messages).toHaveLength(1);
      const [sent] = sandbox.messages;
      expect(sent).toMatchObject({ api: 'chat.postMessage', token: TOKEN, channel: '#general' });
      const [attachment] = sent.body.attachments as Record<string, unknown>[];
      expect(attachment).toEqual({
        fallback: '[WARNING] CPU above 90% on web-1',
        pretext: 'CPU above 90% on web-1',
        color: '#FFCE02',
        text: 'Alert #42 was triggered by *cpu-high*.',
        mrkdwn_in: ['text'],
        footer: 'SpaceONE',
        footer_icon: 'https://spaceone-custom-assets.s3.ap-northeast-2.amazonaws.com/console-assets/icons/wanny.png',
        title: 'CPU above 90% on web-1',
        title_link: 'https://console.example.com/alerts/42',
        fields: [
          { title: 'Alert Number', value: '#42', short: true },
          { title: 'Urgency', value: 'HIGH', short: false },
          { title: 'Project', value: 'web' },
        ],
        actions: [
          {
            name: 'Acknowledge Alerts',
            text: 'Acknowledge Alerts',
            type: 'button',
            style: 'danger',
            url: 'https://console.example.com/ack/42',
          },
          {
            name: 'Open Runbook',
            text: 'Open Runbook',
            type: 'button',
            style: 'danger',
            url: 'https://wiki.example.com/runbook',
          },
        ],
        image_url: 'https://img.example.com/cpu.png',
        ts: String(Date.parse('2026-11-23T10:00:00.000Z') / 1000),
      });
    });

    it('posts to channel_id when it is set (private channels)', async () => {
      await dispatch({ channel_data: { ...botChannel, channel_id: 'C0000000002' } });
      expect(sandbox.messages[0].channel).toBe('C0000000002');
    });

    it('posts through an incoming webhook when the protocol is configured for it', async () => {
      const webhook_url = sandbox.webhookUrl(WEBHOOK_PATH);
      await dispatch({
        options: { channel_type: 'incoming_webhook' },
        channel_data: { webhook_url },
        notification_type: 'ERROR',
      });
      expect(sandbox.messages).toHaveLength(1);
      expect(sandbox.messages[0]).toMatchObject({ api: 'webhook', webhookPath: WEBHOOK_PATH });
      expect((sandbox.messages[0].body.attachments as { color: string }[])[0].color).toBe('#FF6A6A');
    });

    it('refuses a webhook URL outside the allowed prefix, without posting', async () => {
      const err = await failure(
        dispatch({
          options: { channel_type: 'incoming_webhook' },
          channel_data: { webhook_url: 'http://169.254.169.254/latest/meta-data' },
        }),
      );
      expect(err.details).toBe(
        `ERROR_INVALID_PARAMETER: Parameter is invalid. (key = channel_data.webhook_url, reason = URL must start with ${sandbox.url}/services/)`,
      );
      expect(sandbox.requests).toHaveLength(0);
    });

    it.each([
      ['a dot-dot segment', '../_sandbox/reset'],
      ['encoded dots', '%2e%2e/_sandbox/reset'],
      ['a backslash', '..\\_sandbox/reset'],
      ['an encoded slash', 'T1%2F..%2F..%2F_sandbox/reset'],
    ])('refuses a webhook URL that escapes the prefix with %s', async (_what, tail) => {
      const err = await failure(
        dispatch({
          options: { channel_type: 'incoming_webhook' },
          channel_data: { webhook_url: `${sandbox.url}/services/${tail}` },
        }),
      );
      expect(err.codeName).toBe('INVALID_ARGUMENT');
      expect(err.details).toMatch(
        /^ERROR_INVALID_PARAMETER: Parameter is invalid\. \(key = channel_data\.webhook_url, reason = URL /,
      );
      expect(sandbox.requests).toHaveLength(0);
    });

    it('refuses a webhook URL with userinfo or another port', async () => {
      const port = Number(new URL(sandbox.url).port);
      for (const url of [
        `http://user:pw@127.0.0.1:${port}/services/${WEBHOOK_PATH}`,
        `http://127.0.0.1:${port + 1}/services/${WEBHOOK_PATH}`,
        `http://127.0.0.1:${port}/servicesX/${WEBHOOK_PATH}`,
      ]) {
        const err = await failure(
          dispatch({ options: { channel_type: 'incoming_webhook' }, channel_data: { webhook_url: url } }),
        );
        expect(err.details).toContain('key = channel_data.webhook_url');
      }
      expect(sandbox.requests).toHaveLength(0);
    });
  });

  describe('bad input: exact status and details, process stays up', () => {
    afterEach(async () => {
      // The plugin still answers after every failure.
      expect(await client.call('Protocol.init', { options: {} })).toHaveProperty('metadata.data_type', 'SECRET');
    });

    it('missing channel_data.token', async () => {
      const err = await failure(dispatch({ channel_data: { channel: 'general' } }));
      expect(err.codeName).toBe('INVALID_ARGUMENT');
      expect(err.details).toBe('ERROR_REQUIRED_PARAMETER: Required parameter. (key = channel_data.token)');
      expect(sandbox.requests).toHaveLength(0);
    });

    it('unknown notification_type (a number the enum lacks)', async () => {
      const err = await failure(dispatch({ notification_type: 9 }));
      expect(err.codeName).toBe('INVALID_ARGUMENT');
      expect(err.details).toBe(
        'ERROR_INVALID_PARAMETER: Parameter is invalid. (key = notification_type, reason = must be one of INFO, ERROR, SUCCESS, WARNING)',
      );
    });

    it('notification_type missing', async () => {
      const err = await failure(dispatch({ notification_type: null }));
      expect(err.details).toBe('ERROR_REQUIRED_PARAMETER: Required parameter. (key = notification_type)');
    });

    it('a message that is not an object: refused by the core-side encoder, and a missing message by the plugin', async () => {
      expect(() => client.buildRequest('Notification.dispatch', { message: 'just text' })).toThrow(ParseDictError);
      const missing = await failure(dispatch({ message: null }));
      expect(missing.details).toBe('ERROR_REQUIRED_PARAMETER: Required parameter. (key = message)');
    });

    it('a message whose parts have the wrong type', async () => {
      const err = await failure(dispatch({ message: { ...message, tags: 'Project=web' } }));
      expect(err.codeName).toBe('INVALID_ARGUMENT');
      expect(err.details).toBe(
        'ERROR_INVALID_PARAMETER_TYPE: Parameter type is invalid. (key = message.tags, type = array)',
      );
      const cb = await failure(dispatch({ message: { ...message, callbacks: [{ label: 'x' }] } }));
      expect(cb.details).toBe('ERROR_REQUIRED_PARAMETER: Required parameter. (key = message.callbacks.0.url)');
    });

    it('Slack invalid_auth: names the cause and the key, never the token', async () => {
      const err = await failure(dispatch({ channel_data: { token: OTHER_TOKEN, channel: 'general' } }));
      expect(err.codeName).toBe('UNAUTHENTICATED');
      expect(err.details).toBe(
        'ERROR_AUTHENTICATE_FAILURE: Authenticate failure. (message = Slack rejected the token (invalid_auth); check channel_data.token)',
      );
      expect(err.details).not.toContain(OTHER_TOKEN);
    });

    it('Slack channel_not_found names the channel key', async () => {
      const err = await failure(dispatch({ channel_data: { token: TOKEN, channel: 'no-such-channel' } }));
      expect(err.codeName).toBe('INVALID_ARGUMENT');
      expect(err.details).toContain('(key = channel_data.channel, reason = Slack answered channel_not_found');
    });

    it('Slack 429 twice then 200: delivered once, after waiting Retry-After each time', async () => {
      sandbox.failNext({ status: 429, retryAfter: 1 }, { status: 429, retryAfter: 1 });
      const started = Date.now();
      expect(await dispatch()).toEqual({});
      expect(Date.now() - started).toBeGreaterThanOrEqual(2000);
      expect(sandbox.requests.map((r) => r.status)).toEqual([429, 429, 200]);
      expect(sandbox.messages).toHaveLength(1);
      const gap = sandbox.requests[2].at - sandbox.requests[1].at;
      expect(gap).toBeGreaterThanOrEqual(990);
    });

    it('Slack 5xx without Retry-After: not sent again (Slack may have posted it), a clear UNAVAILABLE error', async () => {
      sandbox.failNext({ status: 502 });
      const err = await failure(dispatch());
      expect(err.codeName).toBe('UNAVAILABLE');
      expect(err.details).toBe(
        'ERROR_SLACK_API: Slack answered HTTP 502; the message may have been posted, so it was not sent again.',
      );
      expect(sandbox.requests).toHaveLength(1);
    });

    it('Slack 503 with Retry-After is retried (nothing was posted), a bounded number of times', async () => {
      sandbox.failNext({ status: 503, retryAfter: 0 }, { status: 503, retryAfter: 0 });
      expect(await dispatch()).toEqual({});
      expect(sandbox.requests.map((r) => r.status)).toEqual([503, 503, 200]);
      expect(sandbox.messages).toHaveLength(1);
      sandbox.reset();
      sandbox.failNext(...Array.from({ length: 5 }, () => ({ status: 503 as const, retryAfter: 0 })));
      const err = await failure(dispatch());
      expect(err.details).toBe('ERROR_SLACK_API: Slack did not accept the message after 4 attempts: HTTP 503.');
      expect(sandbox.requests).toHaveLength(4);
    });

    it.each([
      ['CR/LF', `${TOKEN}\r\nX-Injected: 1`, 'U+000D at position 50'],
      ['NUL', `${TOKEN}\u0000`, 'U+0000 at position 50'],
      ['a non-Latin-1 character', `${TOKEN}\u4e2d`, 'U+4E2D at position 50'],
      ['invalid UTF-8 (decoded as U+FFFD)', `${TOKEN}\ufffd`, 'U+FFFD at position 50'],
    ])('a token with %s: INVALID_ARGUMENT naming the key, before any network call', async (_what, token, where) => {
      const err = await failure(dispatch({ channel_data: { token, channel: 'general' } }));
      expect(err.codeName).toBe('INVALID_ARGUMENT');
      expect(err.details).toBe(
        `ERROR_INVALID_PARAMETER: Parameter is invalid. (key = channel_data.token, reason = must be printable ASCII to be sent in an HTTP header (${where}))`,
      );
      expect(sandbox.requests).toHaveLength(0);
    });

    it('a 3 MB webhook_url: INVALID_ARGUMENT naming the key, nothing sent', async () => {
      const err = await failure(
        dispatch({
          options: { channel_type: 'incoming_webhook' },
          channel_data: { webhook_url: `${sandbox.url}/services/${'a'.repeat(3_000_000)}` },
        }),
      );
      expect(err.codeName).toBe('INVALID_ARGUMENT');
      expect(err.details).toContain(
        '(key = channel_data.webhook_url, reason = must NOT have more than 2048 characters)',
      );
      expect(sandbox.requests).toHaveLength(0);
    });

    it('a webhook answering invalid_token: UNAUTHENTICATED, like the bot API', async () => {
      sandbox.failNext({ slackError: 'invalid_token' });
      const err = await failure(
        dispatch({
          options: { channel_type: 'incoming_webhook' },
          channel_data: { webhook_url: sandbox.webhookUrl(WEBHOOK_PATH) },
        }),
      );
      expect(err.codeName).toBe('UNAUTHENTICATED');
      expect(err.details).toContain('Slack rejected the token (invalid_token)');
      expect(sandbox.requests).toHaveLength(1);
    });

    it("keeps Slack's error words whole: a channel name is not a secret", async () => {
      sandbox.failNext({ slackError: 'posting_to_general_channel_denied' });
      const err = await failure(dispatch());
      expect(err.details).toContain('Slack answered posting_to_general_channel_denied');
    });

    it('a token holding JSON syntax is redacted without breaking any log line', async () => {
      const token = 'xoxb-","rpc":"x-SecretWithQuotes';
      const from = logs.text.split('\n').length - 1;
      await failure(dispatch({ channel_data: { token, channel: 'general' } }));
      const lines = logs.text.split('\n').slice(from).filter(Boolean);
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
      assertNoSecrets(lines.join('\n'), [token], 'log lines');
    });

    it('a message past the Slack limits is refused before any work: 101 tags, a 40,001-character description', async () => {
      const tags = Array.from({ length: 101 }, (_, i) => ({ key: `k${i}`, value: 'v' }));
      const many = await failure(dispatch({ message: { ...message, tags } }));
      expect(many.details).toBe(
        'ERROR_INVALID_PARAMETER: Parameter is invalid. (key = message.tags, reason = must NOT have more than 100 items)',
      );
      const long = await failure(dispatch({ message: { ...message, description: 'x'.repeat(40_001) } }));
      expect(long.details).toContain('(key = message.description, reason = must NOT have more than 40000 characters)');
      expect(sandbox.requests).toHaveLength(0);
    });

    it('a Retry-After beyond the bound fails at once instead of holding the RPC', async () => {
      sandbox.failNext({ status: 429, retryAfter: 3600 });
      const started = Date.now();
      const err = await failure(dispatch());
      expect(Date.now() - started).toBeLessThan(1500);
      expect(err.details).toBe(
        'ERROR_SLACK_API: Slack did not accept the message after 1 attempts (Retry-After too long): rate limited (HTTP 429, Retry-After 3600 s).',
      );
    });
  });
});

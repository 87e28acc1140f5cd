// The Telegram plugin as the Cloudforet core sees it: a gRPC endpoint discovered by reflection
// only, called with the exact keys the notification service sends, delivering to the Bot API
// stand-in, which parses the HTML and enforces the limits as Telegram does.
import type { RunningPlugin } from '@cloudforet/plugin-core';
import { assertNoSecrets, CoreCallError, CoreClient, LogCapture, startInProcess } from '@cloudforet/plugin-testing';
import { startTelegramSandbox, type TelegramSandbox } from '@cloudforet/sandbox';
import { createPlugin } from '../src/plugin';

const TOKEN = '110201543:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw';
const OTHER_TOKEN = '987654321:AAF-RevokedTokenRevokedTokenRevoked1';
const CHAT = '-514081686';

const message = {
  title: 'CPU above 90% on web-1',
  description: 'Alert #42 was triggered by <cpu-high> & co.',
  link: 'https://console.example.com/alerts/42?a=1&b=2',
  image_url: 'https://img.example.com/cpu.png',
  occurred_at: '2026-11-23T10:00:00.000Z',
  tags: [
    { key: 'Alert Number', value: '#42', options: { short: true } },
    { key: 'Urgency', value: 'HIGH' },
    { key: 'Size', value: 58 },
  ],
  callbacks: [
    { label: 'Acknowledge Alerts', url: 'https://console.example.com/ack/42' },
    { label: 'Open Runbook', url: 'https://wiki.example.com/runbook' },
  ],
};
const channel = { chat_id: CHAT, token: TOKEN };
/** 100 lines of 99 characters and a final "!": 10,000 characters. */
const LONG = `${Array.from({ length: 100 }, (_, i) => `${String(i).padStart(3, '0')} ${'d'.repeat(95)}`).join('\n')}!`;

describe('telegram-noti-protocol over gRPC', () => {
  let sandbox: TelegramSandbox;
  let running: RunningPlugin;
  let client: CoreClient;
  const logs = new LogCapture();

  beforeAll(async () => {
    sandbox = await startTelegramSandbox({ tokens: [TOKEN] });
    ({ running, client } = await startInProcess(createPlugin({ apiUrl: sandbox.apiUrl }), { logs }));
  });
  beforeEach(() => sandbox.reset());
  afterAll(async () => {
    client.close();
    await running.shutdown();
    await sandbox.close();
    // The whole run's logs: no token in any form, the Bot API URL path (/bot<token>/...) included.
    const paths = [TOKEN, OTHER_TOKEN].flatMap((t) => [`bot${t}`, `${sandbox.apiUrl}/bot${t}/sendMessage`]);
    assertNoSecrets(logs.text, [TOKEN, OTHER_TOKEN, ...paths, TOKEN.split(':')[1]], 'plugin logs');
  });

  const dispatch = (overrides: Record<string, unknown> = {}) =>
    client.call('Notification.dispatch', {
      secret_data: {},
      channel_data: channel,
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
  const texts = () => sandbox.messages.filter((m) => m.method === 'sendMessage').map((m) => m.text);

  it('lists exactly the Protocol, Notification, Health and ServerInfo services', () => {
    expect(client.services).toEqual([
      'spaceone.api.notification.plugin.Protocol',
      'spaceone.api.notification.plugin.Notification',
      'grpc.health.v1.Health',
      'spaceone.api.core.v1.ServerInfo',
    ]);
  });

  it('Protocol.init answers the upstream channel schema with data_type SECRET; verify is Empty', async () => {
    const { metadata } = (await client.call('Protocol.init', { options: {} })) as {
      metadata: { data_type: string; data: { schema: { required: string[]; properties: Record<string, object> } } };
    };
    expect(metadata.data_type).toBe('SECRET');
    expect(metadata.data.schema.required).toEqual(['chat_id', 'token']);
    expect(Object.keys(metadata.data.schema.properties)).toEqual(['chat_id', 'token']);
    expect(metadata.data.schema.properties.chat_id).toMatchObject({ type: 'string', title: 'Chat ID', minLength: 1 });
    expect(metadata.data.schema.properties.token).toMatchObject({
      type: 'string',
      title: 'BOT API Token',
      minLength: 1,
    });
    expect(await client.call('Protocol.verify', { options: {}, secret_data: {} })).toEqual({});
  });

  describe('Notification.dispatch', () => {
    it('sends the upstream layout in HTML, user text escaped once, callbacks as buttons, then the image', async () => {
      expect(await dispatch({ notification_type: 'WARNING' })).toEqual({});
      const [text, photo] = sandbox.messages;
      expect(sandbox.messages).toHaveLength(2);
      expect(text).toMatchObject({ method: 'sendMessage', botId: 110201543, chatId: -514081686, parseMode: 'HTML' });
      expect(text.sent).toBe(
        '\n<b>[WARNING]</b> <a href="https://console.example.com/alerts/42?a=1&amp;b=2">CPU above 90% on web-1</a> ' +
          '\nAlert #42 was triggered by &lt;cpu-high&gt; &amp; co.\n \n<b>- Alert Number</b>: <pre>#42</pre> ' +
          '\n<b>- Urgency</b>: <pre>HIGH</pre> \n<b>- Size</b>: <pre>58</pre> ',
      );
      expect(text.text).toBe(
        '[WARNING] CPU above 90% on web-1 \nAlert #42 was triggered by <cpu-high> & co.\n \n' +
          '- Alert Number: #42 \n- Urgency: HIGH \n- Size: 58',
      );
      expect(text.entities?.slice(0, 2)).toEqual([
        { type: 'bold', offset: 0, length: 9 },
        { type: 'text_link', offset: 10, length: 22, url: 'https://console.example.com/alerts/42?a=1&b=2' },
      ]);
      expect(text.replyMarkup).toEqual({
        inline_keyboard: [
          [{ text: 'Acknowledge Alerts', url: 'https://console.example.com/ack/42' }],
          [{ text: 'Open Runbook', url: 'https://wiki.example.com/runbook' }],
        ],
      });
      // As upstream: a second message, sendPhoto with the URL, no caption.
      expect(photo).toMatchObject({ method: 'sendPhoto', chatId: -514081686, photo: message.image_url });
      expect(photo.caption).toBeUndefined();
      expect(photo.messageId).toBe(text.messageId + 1);
    });

    it('without a link the title is text; with a link and an empty title there is no title line (as upstream)', async () => {
      await dispatch({ message: { title: 'Disk <full>', description: 'd' } });
      await dispatch({ message: { title: '', link: 'https://x.example/1', description: 'only the description' } });
      expect(texts()).toEqual(['[INFO] Disk <full> \nd', 'only the description']);
    });

    it('a 10,000-character description arrives as 3 ordered messages whose concatenation is the whole text', async () => {
      expect(LONG).toHaveLength(10_000);
      await dispatch({ message: { title: 'Disk almost full', description: LONG, callbacks: message.callbacks } });
      expect(sandbox.messages).toHaveLength(3);
      expect(texts().join('\n')).toBe(`[INFO] Disk almost full \n${LONG}`);
      const [first] = sandbox.messages.map((m) => m.messageId);
      expect(sandbox.messages.map((m) => m.messageId)).toEqual([first, first + 1, first + 2]);
      for (const m of sandbox.messages) expect(m.text!.length).toBeLessThanOrEqual(4096);
      // The buttons sit under the last part only; the first keeps its bold header.
      expect(sandbox.messages.map((m) => m.replyMarkup !== undefined)).toEqual([false, false, true]);
      expect(sandbox.messages[0].entities).toEqual([{ type: 'bold', offset: 0, length: 6 }]);
    });

    it('one 10,000-character word is cut at the limit: 3 messages, concatenated exactly', async () => {
      const word = 'x'.repeat(10_000);
      await dispatch({ message: { title: 'T', description: word } });
      expect(texts()).toHaveLength(3);
      expect(texts().join('')).toBe(`[INFO] T \n${word}`);
    });

    it('"can\'t parse entities" falls back to the same text as plain text, delivered once', async () => {
      sandbox.failNext({
        status: 400,
        description: 'Bad Request: can\'t parse entities: Unsupported start tag "cpu-high" at byte offset 60',
      });
      expect(await dispatch({ message: { title: 'CPU', description: 'a <cpu-high> b' } })).toEqual({});
      expect(sandbox.requests.map((r) => r.status)).toEqual([400, 200]);
      expect(sandbox.messages).toHaveLength(1);
      expect(sandbox.messages[0]).toMatchObject({
        sent: '\n[INFO] CPU \na <cpu-high> b\n',
        text: '[INFO] CPU \na <cpu-high> b',
      });
      expect(sandbox.messages[0].parseMode).toBeUndefined();
      expect(logs.text).toContain('Telegram could not parse the HTML; sending it as plain text');
    });

    it('429 with retry_after is retried after that delay: delivered once', async () => {
      sandbox.failNext({ status: 429, retryAfter: 1 });
      const started = Date.now();
      expect(await dispatch({ message: { title: 'rate limited' } })).toEqual({});
      expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
      expect(sandbox.requests.map((r) => r.status)).toEqual([429, 200]);
      expect(sandbox.requests[1].at - sandbox.requests[0].at).toBeGreaterThanOrEqual(990);
      expect(texts()).toEqual(['[INFO] rate limited']);
    });

    it('a retry_after beyond the bound fails at once instead of holding the RPC', async () => {
      sandbox.failNext({ status: 429, retryAfter: 3600 });
      const err = await failure(dispatch({ message: { title: 'x' } }));
      expect(err.codeName).toBe('UNAVAILABLE');
      expect(err.details).toBe(
        'ERROR_TELEGRAM_API: Telegram did not accept the message after 1 attempts (retry_after too long): rate limited (HTTP 429, retry after 3600 s).',
      );
    });

    it('an invalid token (401) fails at once with a clear error and is not retried', async () => {
      const err = await failure(dispatch({ channel_data: { chat_id: CHAT, token: OTHER_TOKEN } }));
      expect(err.codeName).toBe('UNAUTHENTICATED');
      expect(err.details).toBe(
        'ERROR_AUTHENTICATE_FAILURE: Authenticate failure. (message = Telegram rejected the bot token (HTTP 401 Unauthorized); check channel_data.token)',
      );
      expect(sandbox.requests).toHaveLength(1);
    });

    it('an unknown chat fails at once naming channel_data.chat_id, not retried', async () => {
      const err = await failure(dispatch({ channel_data: { chat_id: '-42', token: TOKEN } }));
      expect(err.codeName).toBe('INVALID_ARGUMENT');
      expect(err.details).toBe(
        'ERROR_INVALID_PARAMETER: Parameter is invalid. (key = channel_data.chat_id, reason = Telegram answered "Bad Request: chat not found"; check the chat id and that the bot is a member of the chat and may post)',
      );
      expect(sandbox.requests).toHaveLength(1);
    });

    it('a group upgraded to a supergroup names the new chat id; a blocked bot names the chat', async () => {
      sandbox.failNext(
        {
          status: 400,
          description: 'Bad Request: group chat was upgraded to a supergroup chat',
          parameters: { migrate_to_chat_id: -1001234567890 },
        },
        { status: 403 },
      );
      expect((await failure(dispatch())).details).toContain(
        'the group is now the supergroup -1001234567890, use that chat id',
      );
      expect((await failure(dispatch())).details).toContain(
        '(key = channel_data.chat_id, reason = Telegram answered "Forbidden: bot was blocked by the user"',
      );
      expect(sandbox.requests).toHaveLength(2);
    });

    it('Telegram refusing the buttons (a localhost URL) still delivers: the callbacks follow as text', async () => {
      const callbacks = [{ label: 'Acknowledge Alerts', url: 'http://localhost:8080/ack/42' }];
      expect(await dispatch({ message: { title: 'dev console', callbacks } })).toEqual({});
      expect(sandbox.requests.map((r) => r.description ?? r.status)).toEqual([
        'Bad Request: BUTTON_URL_INVALID',
        200,
        200,
      ]);
      expect(texts()).toEqual(['[INFO] dev console', 'Acknowledge Alerts: http://localhost:8080/ack/42']);
      expect(sandbox.messages[0].replyMarkup).toBeUndefined();
    });

    it('a 502 on part 2 of 3 ends the dispatch: nothing sent again, the error says what was delivered', async () => {
      sandbox.failNext({ pass: true }, { status: 502 });
      const err = await failure(dispatch({ message: { title: 'Disk', description: LONG } }));
      expect(err.codeName).toBe('UNAVAILABLE');
      expect(err.details).toBe(
        'ERROR_TELEGRAM_API: Telegram answered HTTP 502 (message 2 of 3, 1 delivered before it); the message may have been delivered, so it was not sent again.',
      );
      expect(sandbox.requests).toHaveLength(2);
      expect(sandbox.messages).toHaveLength(1);
    });

    it('a connection dropped after Telegram took the message: not sent again', async () => {
      sandbox.failNext({ drop: true });
      const err = await failure(dispatch({ message: { title: 'dropped' } }));
      expect(err.details).toBe(
        'ERROR_TELEGRAM_API: the connection to Telegram broke before it answered; the message may have been delivered, so it was not sent again.',
      );
      expect(texts()).toEqual(['[INFO] dropped']);
      expect(sandbox.requests).toHaveLength(1);
    });

    it('an image Telegram cannot fetch fails the dispatch, saying the text was delivered', async () => {
      sandbox.failNext({
        status: 400,
        method: 'sendPhoto',
        description: 'Bad Request: failed to get HTTP URL content',
      });
      const err = await failure(dispatch());
      expect(err.codeName).toBe('INTERNAL');
      expect(err.details).toBe(
        'ERROR_TELEGRAM_API: Telegram refused the image (the text was delivered): Bad Request: failed to get HTTP URL content.',
      );
      expect(sandbox.messages.map((m) => m.method)).toEqual(['sendMessage']);
    });
  });

  describe('bad input: INVALID_ARGUMENT naming the key, nothing sent, the process stays up', () => {
    afterEach(async () => {
      expect(sandbox.requests).toHaveLength(0);
      expect(await client.call('Protocol.init', { options: {} })).toHaveProperty('metadata.data_type', 'SECRET');
    });

    it.each([
      [
        'missing channel_data.chat_id',
        { channel_data: { token: TOKEN } },
        'ERROR_REQUIRED_PARAMETER: Required parameter. (key = channel_data.chat_id)',
      ],
      [
        'missing channel_data.token',
        { channel_data: { chat_id: CHAT } },
        'ERROR_REQUIRED_PARAMETER: Required parameter. (key = channel_data.token)',
      ],
      [
        'an empty chat_id',
        { channel_data: { chat_id: '', token: TOKEN } },
        'ERROR_INVALID_PARAMETER: Parameter is invalid. (key = channel_data.chat_id, reason = must NOT have fewer than 1 characters)',
      ],
      [
        'a chat_id of another type',
        { channel_data: { chat_id: -514081686, token: TOKEN } },
        'ERROR_INVALID_PARAMETER_TYPE: Parameter type is invalid. (key = channel_data.chat_id, type = string)',
      ],
      [
        'a chat_id that is no chat id',
        { channel_data: { chat_id: 'general', token: TOKEN } },
        'ERROR_INVALID_PARAMETER: Parameter is invalid. (key = channel_data.chat_id, reason = must be a numeric chat id (e.g. -514081686) or a @channelusername)',
      ],
      [
        'a token that could change the URL path',
        { channel_data: { chat_id: CHAT, token: `${TOKEN}/../../x` } },
        'ERROR_INVALID_PARAMETER: Parameter is invalid. (key = channel_data.token, reason = must be the token BotFather gave: the bot id (digits), a colon, then 20 or more letters, digits, _ or -)',
      ],
      [
        'a token with CR/LF',
        { channel_data: { chat_id: CHAT, token: `${TOKEN}\r\nX: 1` } },
        'ERROR_INVALID_PARAMETER: Parameter is invalid. (key = channel_data.token, reason = must be the token BotFather gave: the bot id (digits), a colon, then 20 or more letters, digits, _ or -)',
      ],
      [
        'a message without title',
        { message: { description: 'no title' } },
        'ERROR_REQUIRED_PARAMETER: Required parameter. (key = message.title)',
      ],
      ['no message', { message: null }, 'ERROR_REQUIRED_PARAMETER: Required parameter. (key = message)'],
      [
        'tags that are not a list',
        { message: { title: 't', tags: 'Project=web' } },
        'ERROR_INVALID_PARAMETER_TYPE: Parameter type is invalid. (key = message.tags, type = array)',
      ],
      [
        'a callback without url',
        { message: { title: 't', callbacks: [{ label: 'x' }] } },
        'ERROR_REQUIRED_PARAMETER: Required parameter. (key = message.callbacks.0.url)',
      ],
      [
        'an image_url Telegram cannot fetch',
        { message: { title: 't', image_url: 'file:///etc/passwd' } },
        'ERROR_INVALID_PARAMETER: Parameter is invalid. (key = message.image_url, reason = must be an http(s) URL Telegram can fetch)',
      ],
      [
        'no notification_type',
        { notification_type: null },
        'ERROR_REQUIRED_PARAMETER: Required parameter. (key = notification_type)',
      ],
      [
        'an unknown notification_type',
        { notification_type: 9 },
        'ERROR_INVALID_PARAMETER: Parameter is invalid. (key = notification_type, reason = must be one of INFO, ERROR, SUCCESS, WARNING)',
      ],
    ])('%s', async (_what, overrides, details) => {
      const err = await failure(dispatch(overrides));
      expect([err.codeName, err.details]).toEqual(['INVALID_ARGUMENT', details]);
      expect(err.details).not.toContain(TOKEN);
    });
  });

  it('an error that carries the Bot API URL shows the path with the token redacted, in the answer and the log', async () => {
    const { running: broken, client: other } = await startInProcess(createPlugin({ apiUrl: 'http://bad host' }), {
      logs,
    });
    try {
      const from = logs.lines.length;
      const err = await failure(
        other.call('Notification.dispatch', {
          secret_data: {},
          channel_data: channel,
          notification_type: 'INFO',
          message: { title: 't' },
          options: {},
        }),
      );
      expect(err.details).toBe('ERROR_UNKNOWN: Failed to parse URL from http://bad host/bot[REDACTED]/sendMessage');
      expect(logs.lines.slice(from).join('\n')).toContain('/bot[REDACTED]/sendMessage');
    } finally {
      other.close();
      await broken.shutdown();
    }
  });
});

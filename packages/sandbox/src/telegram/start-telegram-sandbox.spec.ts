import { Agent, request } from 'node:http';
import { startTelegramSandbox } from './start-telegram-sandbox';
import type { TelegramSandbox } from './telegram-sandbox-types';

const TOKEN = '110201543:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw';
const GROUP = '-514081686';

interface BotApiAnswer {
  ok: boolean;
  error_code?: number;
  description?: string;
  result: { photo?: unknown[] } & Record<string, unknown>;
}

describe('Telegram Bot API sandbox', () => {
  let sandbox: TelegramSandbox;
  const call = async (method: string, params: Record<string, unknown>, token = TOKEN) => {
    const res = await fetch(`${sandbox.apiUrl}/bot${token}/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(params),
    });
    return { status: res.status, body: (await res.json()) as BotApiAnswer };
  };

  beforeAll(async () => {
    sandbox = await startTelegramSandbox({ tokens: [TOKEN] });
  });
  afterEach(() => sandbox.reset());
  afterAll(() => sandbox.close());

  it('sendMessage in HTML: answers the Message, records what the chat shows, never the token', async () => {
    const { status, body } = await call('sendMessage', {
      chat_id: GROUP,
      text: '\n<b>[INFO]</b> CPU &lt; 90%  \n',
      parse_mode: 'HTML',
      reply_markup: { inline_keyboard: [[{ text: 'Ack', url: 'https://console.example.com/ack' }]] },
    });
    expect(status).toBe(200);
    expect(body.result).toMatchObject({
      message_id: 1,
      from: { id: 110201543, is_bot: true },
      chat: { id: -514081686, type: 'group' },
      text: '[INFO] CPU < 90%',
      entities: [{ type: 'bold', offset: 0, length: 6 }],
    });
    expect(sandbox.messages[0]).toMatchObject({
      method: 'sendMessage',
      botId: 110201543,
      chatId: -514081686,
      text: '[INFO] CPU < 90%',
    });
    expect(JSON.stringify([sandbox.messages, sandbox.requests])).not.toContain(TOKEN.split(':')[1]);
    const listed = await (await fetch(`${sandbox.url}/_sandbox/requests`)).text();
    expect(listed).toContain('"apiMethod":"sendMessage"');
    expect(listed).not.toContain(TOKEN.split(':')[1]);
  });

  it('accepts the query string and form bodies too, and a chat by @username', async () => {
    const res = await fetch(`${sandbox.apiUrl}/bot${TOKEN}/sendMessage?chat_id=%40sandbox_channel`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ text: 'hi', reply_markup: '{"inline_keyboard":[]}' }).toString(),
    });
    expect(((await res.json()) as { result: { chat: { id: number } } }).result.chat.id).toBe(-1009876543210);
  });

  it.each([
    [{ chat_id: '-42', text: 'x' }, 400, 'Bad Request: chat not found'],
    [{ text: 'x' }, 400, 'Bad Request: chat_id is empty'],
    [{ chat_id: GROUP, text: '  \n' }, 400, 'Bad Request: message text is empty'],
    [{ chat_id: GROUP, text: '€'.repeat(4097) }, 400, 'Bad Request: message is too long'],
    [
      { chat_id: GROUP, text: '<b>x', parse_mode: 'HTML' },
      400,
      'Bad Request: can\'t parse entities: Can\'t find end tag corresponding to start tag "b"',
    ],
    [
      {
        chat_id: GROUP,
        text: 'x',
        reply_markup: { inline_keyboard: [[{ text: 'a', url: 'http://localhost:8080/ack' }]] },
      },
      400,
      'Bad Request: BUTTON_URL_INVALID',
    ],
    [
      { chat_id: GROUP, text: 'x', reply_markup: { inline_keyboard: [[{ text: 'a' }]] } },
      400,
      "Bad Request: can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard",
    ],
  ])('refuses %j as the Bot API does', async (params, status, description) => {
    const { status: got, body } = await call('sendMessage', params);
    expect({ got, body }).toEqual({ got: status, body: { ok: false, error_code: status, description } });
    expect(sandbox.messages).toHaveLength(0);
  });

  it('counts the 4,096-character limit after the markup is parsed, in code points', async () => {
    const text = `<b>${'😀'.repeat(4096)}</b>`;
    expect((await call('sendMessage', { chat_id: GROUP, text, parse_mode: 'HTML' })).status).toBe(200);
  });

  it('answers a malformed token 404 and an unknown one 401, an unknown method 404', async () => {
    expect((await call('sendMessage', { chat_id: GROUP, text: 'x' }, 'not-a-token')).body).toEqual({
      ok: false,
      error_code: 404,
      description: 'Not Found',
    });
    expect((await call('sendMessage', { chat_id: GROUP, text: 'x' }, '1:other')).body.error_code).toBe(401);
    expect((await call('sendSticker', { chat_id: GROUP })).body.error_code).toBe(404);
  });

  it('sendPhoto takes a URL and answers the sizes; a wrong one is refused', async () => {
    const ok = await call('sendPhoto', { chat_id: GROUP, photo: 'https://img.example.com/cpu.png' });
    expect(ok.body.result.photo).toHaveLength(2);
    expect(sandbox.messages[0]).toMatchObject({ method: 'sendPhoto', photo: 'https://img.example.com/cpu.png' });
    expect((await call('sendPhoto', { chat_id: GROUP, photo: 'ftp://x' })).body.description).toBe(
      'Bad Request: wrong file identifier/HTTP URL specified',
    );
  });

  it('answers queued faults in order, per method when asked, then normally', async () => {
    sandbox.failNext(
      { pass: true },
      { status: 429, retryAfter: 3 },
      { status: 502, method: 'sendPhoto' },
      { status: 403 },
    );
    expect((await call('sendMessage', { chat_id: GROUP, text: 'passed' })).status).toBe(200);
    const limited = await call('sendMessage', { chat_id: GROUP, text: 'a' });
    expect(limited).toEqual({
      status: 429,
      body: {
        ok: false,
        error_code: 429,
        description: 'Too Many Requests: retry after 3',
        parameters: { retry_after: 3 },
      },
    });
    expect((await call('sendMessage', { chat_id: GROUP, text: 'b' })).body.description).toBe(
      'Forbidden: bot was blocked by the user',
    );
    const photo = await fetch(`${sandbox.apiUrl}/bot${TOKEN}/sendPhoto`, { method: 'POST' });
    expect([photo.status, await photo.text()]).toEqual([
      502,
      expect.stringContaining('<title>502 Bad Gateway</title>'),
    ]);
    expect((await call('sendMessage', { chat_id: GROUP, text: 'c' })).status).toBe(200);
    expect(sandbox.requests.map((r) => r.status)).toEqual([200, 429, 403, 502, 200]);
  });

  it('a drop fault delivers the message and never answers', async () => {
    sandbox.failNext({ drop: true });
    await expect(call('sendMessage', { chat_id: GROUP, text: 'lost answer' })).rejects.toThrow();
    expect(sandbox.messages.map((m) => m.text)).toEqual(['lost answer']);
  });

  it('refuses invalid faults through the control endpoint, naming the first', async () => {
    const res = await fetch(`${sandbox.url}/_sandbox/faults`, { method: 'POST', body: '[{"status":429}]' });
    expect(await res.json()).toMatchObject({
      error: 'invalid_faults',
      detail: expect.stringContaining('#0: a 429 fault needs retryAfter'),
    });
  });

  it('counts connections; with keepAlive off, each request opens one', async () => {
    const closing = await startTelegramSandbox({ keepAlive: false });
    const agent = new Agent({ keepAlive: true });
    try {
      const get = () =>
        new Promise<void>((resolve, reject) =>
          request(`${closing.apiUrl}/bot${TOKEN}/getMe`, { agent }, (res) => {
            res.resume().on('end', resolve);
          })
            .on('error', reject)
            .end(),
        );
      for (let i = 0; i < 3; i++) await get();
      expect(closing.connections).toBe(3);
    } finally {
      agent.destroy();
      await closing.close();
    }
  });
});

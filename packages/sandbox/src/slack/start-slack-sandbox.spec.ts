import { ErrorCode, LogLevel, WebClient } from '@slack/web-api';
import { IncomingWebhook } from '@slack/webhook';
import { startSlackSandbox } from './start-slack-sandbox';
import type { SlackSandbox } from './slack-sandbox-types';

const TOKEN = 'xoxb-sandbox-token';

/** `null` builds a client that sends no token at all. */
function webClient(sandbox: SlackSandbox, token: string | null = TOKEN): WebClient {
  return new WebClient(token ?? undefined, {
    slackApiUrl: sandbox.apiUrl,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    logLevel: LogLevel.ERROR,
  });
}

describe('startSlackSandbox', () => {
  let sandbox: SlackSandbox;

  beforeAll(async () => {
    sandbox = await startSlackSandbox({ tokens: [TOKEN] });
  });
  afterEach(() => sandbox.reset());
  afterAll(() => sandbox.close());

  it('binds loopback and exposes Slack-shaped URLs', () => {
    expect(sandbox.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(sandbox.apiUrl).toBe(`${sandbox.url}/api/`);
    expect(sandbox.webhookUrl()).toBe(`${sandbox.url}/services/T0000/B0000/sandboxsecret`);
    expect(sandbox.webhookUrl('T1/B1/s1')).toBe(`${sandbox.url}/services/T1/B1/s1`);
  });

  describe('Web API through the real WebClient', () => {
    it('delivers chat.postMessage with attachments and records the parsed fields', async () => {
      const attachments = [{ color: '#ff0000', title: 'CPU high', fields: [{ title: 'host', value: 'web-1' }] }];
      const result = await webClient(sandbox).chat.postMessage({ channel: '#alerts', text: 'Alert', attachments });

      expect(result).toMatchObject({ ok: true, channel: 'C0000000002', message: { text: 'Alert', attachments } });
      expect(result.ts).toMatch(/^\d{10}\.\d{6}$/);
      expect(sandbox.messages).toHaveLength(1);
      const [message] = sandbox.messages;
      expect(message).toMatchObject({ api: 'chat.postMessage', token: TOKEN, channel: '#alerts' });
      expect(message.body.attachments).toEqual(attachments);
      expect(message.body.text).toBe('Alert');
      expect(message.body).not.toHaveProperty('token');
      expect(Math.abs(message.receivedAt - Date.now())).toBeLessThan(5_000);
      expect(sandbox.requests).toEqual([
        { method: 'POST', path: '/api/chat.postMessage', status: 200, at: expect.any(Number) },
      ]);
    });

    it.each([
      ['#general', 'C0000000001'],
      ['general', 'C0000000001'],
      ['C0000000002', 'C0000000002'],
    ])('resolves channel %s to %s', async (channel, id) => {
      const result = await webClient(sandbox).chat.postMessage({ channel, text: 'hi' });
      expect(result.channel).toBe(id);
      expect(sandbox.messages[0].channel).toBe(channel);
    });

    it('issues distinct timestamps and posts blocks-only messages', async () => {
      const blocks = [{ type: 'section', text: { type: 'mrkdwn', text: '*bold*' } }];
      const client = webClient(sandbox);
      const first = await client.chat.postMessage({ channel: 'general', blocks, text: '' });
      const second = await client.chat.postMessage({ channel: 'general', blocks, text: '' });
      expect(first.ts).not.toBe(second.ts);
      expect(first.message).toMatchObject({ text: '', blocks });
      expect(sandbox.messages.map((m) => m.body.blocks)).toEqual([blocks, blocks]);
    });

    it('rejects an unknown token with invalid_auth', async () => {
      await expect(
        webClient(sandbox, 'xoxb-not-registered').chat.postMessage({ channel: '#general', text: 'x' }),
      ).rejects.toMatchObject({ code: ErrorCode.PlatformError, data: { ok: false, error: 'invalid_auth' } });
      expect(sandbox.messages).toEqual([]);
      expect(sandbox.requests.map((r) => r.status)).toEqual([200]);
    });

    it('rejects a call without a token with not_authed', async () => {
      await expect(webClient(sandbox, null).auth.test()).rejects.toMatchObject({
        data: { error: 'not_authed' },
      });
    });

    it('rejects an unknown channel with channel_not_found', async () => {
      await expect(webClient(sandbox).chat.postMessage({ channel: '#nowhere', text: 'x' })).rejects.toMatchObject({
        code: ErrorCode.PlatformError,
        data: { error: 'channel_not_found' },
      });
      expect(sandbox.messages).toEqual([]);
    });

    it('rejects a message without text, attachments or blocks with no_text', async () => {
      await expect(
        webClient(sandbox).chat.postMessage({ channel: '#general', text: '', attachments: [] }),
      ).rejects.toMatchObject({ data: { error: 'no_text' } });
    });

    it('answers auth.test with the sandbox identity', async () => {
      await expect(webClient(sandbox).auth.test()).resolves.toMatchObject({
        ok: true,
        url: 'https://sandbox.slack.com/',
        team: 'Sandbox',
        user: 'bot',
        team_id: 'T0000',
        user_id: 'U0000',
        bot_id: 'B0000',
      });
    });

    it('answers an unknown method with unknown_method', async () => {
      await expect(webClient(sandbox).apiCall('chat.teleport', {})).rejects.toMatchObject({
        data: { error: 'unknown_method' },
      });
    });

    it('turns a queued 429 into a rate-limited error carrying retryAfter, then serves the next call', async () => {
      sandbox.failNext({ status: 429, retryAfter: 1 });
      const client = webClient(sandbox);

      await expect(client.chat.postMessage({ channel: '#general', text: 'first' })).rejects.toMatchObject({
        code: ErrorCode.RateLimitedError,
        retryAfter: 1,
      });
      await expect(client.chat.postMessage({ channel: '#general', text: 'second' })).resolves.toMatchObject({
        ok: true,
      });
      expect(sandbox.requests.map((r) => r.status)).toEqual([429, 200]);
      expect(sandbox.messages.map((m) => m.body.text)).toEqual(['second']);
    });

    it('turns a queued 503 into an HTTP error with statusCode 503', async () => {
      sandbox.failNext({ status: 503 });
      await expect(webClient(sandbox).chat.postMessage({ channel: '#general', text: 'x' })).rejects.toMatchObject({
        code: ErrorCode.HTTPError,
        statusCode: 503,
      });
      expect(sandbox.messages).toEqual([]);
      expect(sandbox.requests.map((r) => r.status)).toEqual([503]);
    });

    it('turns a queued slackError into an ok:false answer and consumes faults in order', async () => {
      sandbox.failNext({ slackError: 'ratelimited' }, { slackError: 'is_archived' });
      const client = webClient(sandbox);
      await expect(client.auth.test()).rejects.toMatchObject({ data: { error: 'ratelimited' } });
      await expect(client.auth.test()).rejects.toMatchObject({ data: { error: 'is_archived' } });
      await expect(client.auth.test()).resolves.toMatchObject({ ok: true });
    });

    it('rejects an invalid fault at once', () => {
      expect(() => sandbox.failNext({ status: 418 } as never)).toThrow(/invalid Slack fault #0/);
      expect(() => sandbox.failNext({ status: 429 } as never)).toThrow(/retryAfter/);
    });
  });

  describe('Web API over raw HTTP', () => {
    it('accepts a JSON body with the bearer token and records it', async () => {
      const blocks = [{ type: 'divider' }];
      const response = await fetch(`${sandbox.apiUrl}chat.postMessage`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json; charset=utf-8', Authorization: `Bearer ${TOKEN}` },
        body: JSON.stringify({ channel: 'C0000000001', blocks }),
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      await expect(response.json()).resolves.toMatchObject({ ok: true, channel: 'C0000000001' });
      expect(sandbox.messages[0]).toMatchObject({ token: TOKEN, body: { channel: 'C0000000001', blocks } });
    });

    it('accepts the token as a form field without recording it in the body', async () => {
      const response = await fetch(`${sandbox.apiUrl}chat.postMessage`, {
        method: 'POST',
        body: new URLSearchParams({ token: TOKEN, channel: 'general', text: 'form' }),
      });
      await expect(response.json()).resolves.toMatchObject({ ok: true });
      expect(sandbox.messages[0]).toMatchObject({ token: TOKEN, body: { channel: 'general', text: 'form' } });
      expect(sandbox.messages[0].body).not.toHaveProperty('token');
    });

    it('answers malformed JSON with invalid_json', async () => {
      const response = await fetch(`${sandbox.apiUrl}auth.test`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
        body: '{nope',
      });
      await expect(response.json()).resolves.toEqual({ ok: false, error: 'invalid_json' });
    });

    it('records requests to unknown paths as 404 without consuming a fault', async () => {
      sandbox.failNext({ status: 500 });
      const response = await fetch(`${sandbox.url}/elsewhere?token=${TOKEN}`);
      expect(response.status).toBe(404);
      expect(sandbox.requests).toEqual([{ method: 'GET', path: '/elsewhere', status: 404, at: expect.any(Number) }]);
      await expect(webClient(sandbox).auth.test()).rejects.toMatchObject({ statusCode: 500 });
    });
  });

  describe('incoming webhooks through the real IncomingWebhook', () => {
    it('delivers a message, answers ok and records it', async () => {
      const attachments = [{ color: 'good', text: 'resolved' }];
      const result = await new IncomingWebhook(sandbox.webhookUrl()).send({ text: 'Resolved', attachments });

      expect(result).toEqual({ text: 'ok' });
      expect(sandbox.messages).toEqual([
        {
          api: 'webhook',
          webhookPath: 'T0000/B0000/sandboxsecret',
          body: { text: 'Resolved', attachments },
          receivedAt: expect.any(Number),
        },
      ]);
      expect(sandbox.requests.map((r) => [r.path, r.status])).toEqual([['/services/T0000/B0000/sandboxsecret', 200]]);
    });

    it.each([
      [{ slackError: 'invalid_token' }, 403],
      [{ slackError: 'action_prohibited' }, 403],
      [{ slackError: 'no_service' }, 404],
      [{ slackError: 'channel_is_archived' }, 410],
      [{ slackError: 'user_not_found' }, 400],
    ])('surfaces fault %j as HTTP %i with the error as body', async (fault, status) => {
      sandbox.failNext(fault);
      await expect(new IncomingWebhook(sandbox.webhookUrl()).send('hello')).rejects.toMatchObject({
        statusCode: status,
        body: fault.slackError,
      });
      expect(sandbox.messages).toEqual([]);
      expect(sandbox.requests.map((r) => r.status)).toEqual([status]);
    });

    it('surfaces a queued 429 with Retry-After', async () => {
      sandbox.failNext({ status: 429, retryAfter: 7 });
      const response = await fetch(sandbox.webhookUrl(), { method: 'POST', body: JSON.stringify({ text: 'x' }) });
      expect(response.status).toBe(429);
      expect(response.headers.get('retry-after')).toBe('7');
    });

    it('answers a payload without content with 400 invalid_payload', async () => {
      await expect(new IncomingWebhook(sandbox.webhookUrl()).send({ username: 'bot' })).rejects.toMatchObject({
        statusCode: 400,
        body: 'invalid_payload',
      });
      const response = await fetch(sandbox.webhookUrl(), { method: 'POST', body: '{not json' });
      expect(response.status).toBe(400);
      await expect(response.text()).resolves.toBe('invalid_payload');
    });

    it('accepts the form-encoded payload field', async () => {
      const response = await fetch(sandbox.webhookUrl('T9/B9/form'), {
        method: 'POST',
        body: new URLSearchParams({ payload: JSON.stringify({ text: 'via form', channel: '#alerts' }) }),
      });
      expect(response.status).toBe(200);
      expect(sandbox.messages[0]).toMatchObject({ webhookPath: 'T9/B9/form', channel: '#alerts' });
    });

    it('answers a malformed webhook path with 404 no_service', async () => {
      const response = await fetch(`${sandbox.url}/services/T0000/B0000`, { method: 'POST', body: '{"text":"x"}' });
      expect(response.status).toBe(404);
      await expect(response.text()).resolves.toBe('no_service');
    });
  });

  describe('control endpoints', () => {
    it('lists messages and requests, queues faults and resets', async () => {
      await webClient(sandbox).chat.postMessage({ channel: '#general', text: 'listed' });

      const messages = await (await fetch(`${sandbox.url}/_sandbox/messages`)).json();
      expect(messages).toEqual([
        expect.objectContaining({ api: 'chat.postMessage', body: expect.objectContaining({ text: 'listed' }) }),
      ]);
      const requests = await (await fetch(`${sandbox.url}/_sandbox/requests`)).json();
      expect(requests).toEqual([
        { method: 'POST', path: '/api/chat.postMessage', status: 200, at: expect.any(Number) },
      ]);

      const queued = await fetch(`${sandbox.url}/_sandbox/faults`, {
        method: 'POST',
        body: JSON.stringify([{ status: 502 }, { slackError: 'channel_is_archived' }]),
      });
      await expect(queued.json()).resolves.toEqual({ ok: true, pending: 2 });
      await expect(webClient(sandbox).auth.test()).rejects.toMatchObject({ statusCode: 502 });
      await expect(new IncomingWebhook(sandbox.webhookUrl()).send('x')).rejects.toMatchObject({ statusCode: 410 });

      await fetch(`${sandbox.url}/_sandbox/faults`, { method: 'POST', body: '[{"status":503}]' });
      const reset = await fetch(`${sandbox.url}/_sandbox/reset`, { method: 'POST' });
      await expect(reset.json()).resolves.toEqual({ ok: true });
      expect(sandbox.messages).toEqual([]);
      expect(sandbox.requests).toEqual([]);
      await expect(webClient(sandbox).auth.test()).resolves.toMatchObject({ ok: true });
    });

    it('rejects invalid faults without queueing any', async () => {
      const response = await fetch(`${sandbox.url}/_sandbox/faults`, {
        method: 'POST',
        body: JSON.stringify([{ status: 503 }, { status: 429 }]),
      });
      expect(response.status).toBe(400);
      await expect(response.json()).resolves.toMatchObject({ ok: false, error: 'invalid_faults' });
      await expect(webClient(sandbox).auth.test()).resolves.toMatchObject({ ok: true });
    });

    it('answers a wrong method with 405 and is never recorded', async () => {
      const response = await fetch(`${sandbox.url}/_sandbox/reset`);
      expect(response.status).toBe(405);
      expect(sandbox.requests).toEqual([]);
    });
  });
});

describe('startSlackSandbox options', () => {
  it('accepts any xox token shape when no tokens are configured', async () => {
    const sandbox = await startSlackSandbox();
    try {
      await expect(webClient(sandbox, 'xoxp-anything').auth.test()).resolves.toMatchObject({ ok: true });
      await expect(webClient(sandbox, 'ghp_not-slack').auth.test()).rejects.toMatchObject({
        data: { error: 'invalid_auth' },
      });
    } finally {
      await sandbox.close();
    }
  });

  it('uses the configured channels and webhook ids', async () => {
    const sandbox = await startSlackSandbox({
      channels: [{ id: 'C0000000099', name: 'ops' }],
      webhookIds: ['T1/B1/known'],
    });
    try {
      await expect(webClient(sandbox).chat.postMessage({ channel: '#ops', text: 'x' })).resolves.toMatchObject({
        channel: 'C0000000099',
      });
      await expect(webClient(sandbox).chat.postMessage({ channel: '#general', text: 'x' })).rejects.toMatchObject({
        data: { error: 'channel_not_found' },
      });
      await expect(new IncomingWebhook(sandbox.webhookUrl('T1/B1/known')).send('x')).resolves.toEqual({ text: 'ok' });
      await expect(new IncomingWebhook(sandbox.webhookUrl()).send('x')).rejects.toMatchObject({
        statusCode: 404,
        body: 'no_service',
      });
    } finally {
      await sandbox.close();
    }
  });

  it('delays every Slack answer by latencyMs', async () => {
    const sandbox = await startSlackSandbox({ latencyMs: 250 });
    try {
      const apiStarted = performance.now();
      await webClient(sandbox).auth.test();
      expect(performance.now() - apiStarted).toBeGreaterThanOrEqual(240);

      const hookStarted = performance.now();
      await new IncomingWebhook(sandbox.webhookUrl()).send('x');
      expect(performance.now() - hookStarted).toBeGreaterThanOrEqual(240);
    } finally {
      await sandbox.close();
    }
  });

  it('closes promptly while an answer is still waiting out its latency', async () => {
    const sandbox = await startSlackSandbox({ latencyMs: 10_000 });
    const pending = fetch(`${sandbox.apiUrl}auth.test`, { method: 'POST' });
    await waitFor(() => sandbox.requests.length === 1);
    const started = performance.now();
    await sandbox.close();
    expect(performance.now() - started).toBeLessThan(1_000);
    await expect(pending).rejects.toThrow();
    await expect(fetch(`${sandbox.url}/_sandbox/messages`)).rejects.toThrow();
  });

  it('rejects a negative latency', async () => {
    await expect(startSlackSandbox({ latencyMs: -1 })).rejects.toThrow(RangeError);
  });
});

async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  if (!condition()) throw new Error('condition not met in time');
}

import { RetryExhaustedError } from '@cloudforet/plugin-core';
import { BotApiError } from './bot-api-client';
import { classifyTelegramError, isKeyboardError, isParseError, toTelegramPluginError } from './telegram-errors';

const one = { what: 'message', part: 1, of: 1 } as const;

describe('Telegram failures', () => {
  it('retries only what proves nothing was delivered: 429 (after retry_after), 503 with Retry-After, refused connections', () => {
    expect(classifyTelegramError(new BotApiError(429, 'Too Many Requests: retry after 7', 7000))).toEqual({
      retry: true,
      retryAfterMs: 7000,
    });
    expect(classifyTelegramError(new BotApiError(503, 'HTTP 503', 2000, undefined, true))).toEqual({
      retry: true,
      retryAfterMs: 2000,
    });
    for (const status of [400, 401, 403, 500, 502])
      expect(classifyTelegramError(new BotApiError(status, 'x'))).toEqual({ retry: false });
    const refused = Object.assign(new TypeError('fetch failed'), {
      cause: Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }),
    });
    const reset = Object.assign(new TypeError('fetch failed'), {
      cause: Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }),
    });
    expect(classifyTelegramError(refused)).toEqual({ retry: true });
    expect(classifyTelegramError(reset)).toEqual({ retry: false });
  });

  it('tells a parse refusal and a keyboard refusal from other 400s', () => {
    expect(
      isParseError(new BotApiError(400, "Bad Request: can't parse entities: Unclosed start tag at byte offset 4")),
    ).toBe(true);
    expect(isKeyboardError(new BotApiError(400, 'Bad Request: BUTTON_URL_INVALID'))).toBe(true);
    expect(isParseError(new BotApiError(400, 'Bad Request: chat not found'))).toBe(false);
    expect(isKeyboardError(new BotApiError(400, 'Bad Request: chat not found'))).toBe(false);
  });

  it('names the step in the error of a multi-part dispatch', () => {
    const err = toTelegramPluginError(new RetryExhaustedError(4, new BotApiError(429, 'x', 1000), 'attempts'), {
      what: 'message',
      part: 3,
      of: 3,
    });
    expect(err.details).toBe(
      'ERROR_TELEGRAM_API: Telegram did not accept the message (message 3 of 3, 2 delivered before it) after 4 attempts: rate limited (HTTP 429, retry after 1 s).',
    );
    expect(toTelegramPluginError(new BotApiError(404, 'Not Found'), one).details).toContain(
      'Telegram rejected the bot token (HTTP 404 Not Found)',
    );
  });

  it('rethrows what is not Telegram’s doing, to be reported as ERROR_UNKNOWN with its stack', () => {
    expect(() => toTelegramPluginError(new TypeError('Failed to parse URL'), one)).toThrow('Failed to parse URL');
  });
});

import { OutboundTimeoutError, RetryExhaustedError } from '@cloudforet/plugin-core';
import { classifySlackError, toSlackPluginError } from './slack-errors';

const platform = (error: string) => ({ code: 'slack_webapi_platform_error', data: { ok: false, error } });

describe('classifySlackError', () => {
  it('retries only answers that prove nothing was posted: 429, 503 with Retry-After, a refused connection', () => {
    expect(classifySlackError({ code: 'slack_webapi_rate_limited_error', retryAfter: 3 })).toEqual({
      retry: true,
      retryAfterMs: 3000,
    });
    expect(classifySlackError({ code: 'slack_webhook_http_error', statusCode: 429 }, { retryAfterMs: 2000 })).toEqual({
      retry: true,
      retryAfterMs: 2000,
    });
    expect(classifySlackError({ code: 'slack_webapi_http_error', statusCode: 503 }, { retryAfterMs: 1000 })).toEqual({
      retry: true,
      retryAfterMs: 1000,
    });
    const refused = {
      code: 'slack_webapi_request_error',
      original: new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } }),
    };
    expect(classifySlackError(refused)).toEqual({ retry: true });
  });

  it('never retries what Slack may have posted: a timeout, a reset, a 5xx without Retry-After', () => {
    expect(classifySlackError({ code: 'slack_webapi_http_error', statusCode: 503 })).toEqual({ retry: false });
    expect(classifySlackError({ code: 'slack_webapi_http_error', statusCode: 500 }, { retryAfterMs: 1000 })).toEqual({
      retry: false,
    });
    const timeout = new DOMException('The operation was aborted due to timeout', 'TimeoutError');
    expect(classifySlackError({ code: 'slack_webhook_request_error', original: timeout })).toEqual({ retry: false });
    const reset = {
      code: 'slack_webapi_request_error',
      original: new TypeError('fetch failed', { cause: { code: 'ECONNRESET' } }),
    };
    expect(classifySlackError(reset)).toEqual({ retry: false });
    expect(classifySlackError({ code: 'slack_webapi_http_error', statusCode: 400 })).toEqual({ retry: false });
    expect(classifySlackError(platform('invalid_auth'))).toEqual({ retry: false });
    expect(classifySlackError(new Error('other'))).toEqual({ retry: false });
  });
});

describe('toSlackPluginError', () => {
  it('maps Slack error codes to Cloudforet errors naming the key to fix', () => {
    expect(toSlackPluginError(platform('invalid_auth'), 'channel_data.channel', 'channel_data.token').details).toBe(
      'ERROR_AUTHENTICATE_FAILURE: Authenticate failure. (message = Slack rejected the token (invalid_auth); check channel_data.token)',
    );
    expect(
      toSlackPluginError(platform('channel_not_found'), 'channel_data.channel_id', 'channel_data.token').details,
    ).toBe(
      'ERROR_INVALID_PARAMETER: Parameter is invalid. (key = channel_data.channel_id, reason = Slack answered channel_not_found; check the channel and that the app is a member of it)',
    );
    expect(toSlackPluginError(platform('missing_scope'), 'c', 'channel_data.token').code).toBe(
      'ERROR_INVALID_PARAMETER',
    );
    expect(toSlackPluginError(platform('msg_too_long'), 'c', 't').details).toBe(
      'ERROR_SLACK_API: Slack API error: msg_too_long.',
    );
    expect(
      toSlackPluginError(
        { code: 'slack_webhook_http_error', statusCode: 404, body: 'no_service' },
        'channel_data.webhook_url',
        'x',
      ).details,
    ).toContain('key = channel_data.webhook_url, reason = Slack answered no_service');
  });

  it('says that a message may have been posted when Slack timed out or failed', () => {
    const slow = toSlackPluginError(
      { code: 'slack_webapi_request_error', original: new OutboundTimeoutError(1500) },
      'c',
      't',
    );
    expect(slow.details).toBe(
      'ERROR_SLACK_API: Slack did not answer within 1500 ms; the message may have been posted, so it was not sent again.',
    );
    expect(slow.status).toBe(14);
    const failed = toSlackPluginError({ code: 'slack_webapi_http_error', statusCode: 502 }, 'c', 't');
    expect(failed.details).toBe(
      'ERROR_SLACK_API: Slack answered HTTP 502; the message may have been posted, so it was not sent again.',
    );
  });

  it('maps a webhook invalid_token to UNAUTHENTICATED, like the bot API', () => {
    const e = toSlackPluginError(
      { code: 'slack_webhook_http_error', statusCode: 403, body: 'invalid_token' },
      'channel_data.webhook_url',
      'channel_data.webhook_url',
    );
    expect(e.status).toBe(16);
    expect(e.details).toBe(
      'ERROR_AUTHENTICATE_FAILURE: Authenticate failure. (message = Slack rejected the token (invalid_token); check channel_data.webhook_url)',
    );
  });

  it('says how many attempts were made when retries run out', () => {
    const e = toSlackPluginError(
      new RetryExhaustedError(4, { code: 'slack_webapi_rate_limited_error', retryAfter: 1 }, 'attempts'),
      'c',
      't',
    );
    expect(e.details).toBe(
      'ERROR_SLACK_API: Slack did not accept the message after 4 attempts: rate limited (HTTP 429, Retry-After 1 s).',
    );
    expect(e.status).toBe(14);
  });
});

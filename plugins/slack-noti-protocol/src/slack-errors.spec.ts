import { RetryExhaustedError } from '@cloudforet/plugin-core';
import { classifySlackError, toSlackPluginError } from './slack-errors';

const platform = (error: string) => ({ code: 'slack_webapi_platform_error', data: { ok: false, error } });

describe('classifySlackError', () => {
  it('retries rate limits after Retry-After, 5xx and network errors, and nothing else', () => {
    expect(classifySlackError({ code: 'slack_webapi_rate_limited_error', retryAfter: 3 })).toEqual({
      retry: true,
      retryAfterMs: 3000,
    });
    expect(classifySlackError({ code: 'slack_webapi_http_error', statusCode: 503 })).toEqual({ retry: true });
    expect(classifySlackError({ code: 'slack_webapi_http_error', statusCode: 400 })).toEqual({ retry: false });
    expect(classifySlackError({ code: 'slack_webhook_http_error', statusCode: 429 }, { retryAfterMs: 2000 })).toEqual({
      retry: true,
      retryAfterMs: 2000,
    });
    expect(classifySlackError({ code: 'slack_webapi_request_error' })).toEqual({ retry: true });
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

  it('says how many attempts were made when retries run out', () => {
    const e = toSlackPluginError(
      new RetryExhaustedError(4, { code: 'slack_webapi_http_error', statusCode: 503 }, 'attempts'),
      'c',
      't',
    );
    expect(e.details).toBe('ERROR_SLACK_API: Slack did not accept the message after 4 attempts: HTTP 503.');
    expect(e.status).toBe(14);
  });
});

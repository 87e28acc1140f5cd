import {
  authenticateFailure,
  GrpcStatus,
  invalidParameter,
  PluginError,
  RetryExhaustedError,
  type RetryDecision,
} from '@cloudforet/plugin-core';

const AUTH_ERRORS = new Set([
  'invalid_auth',
  'not_authed',
  'account_inactive',
  'token_revoked',
  'token_expired',
  'no_permission',
]);
const CHANNEL_ERRORS = new Set(['channel_not_found', 'not_in_channel', 'is_archived', 'restricted_action']);
const WEBHOOK_CHANNEL_ERRORS = new Set([
  'no_service',
  'no_team',
  'team_disabled',
  'channel_is_archived',
  'action_prohibited',
  'posting_to_general_channel_denied',
]);

interface SlackLikeError {
  code?: string;
  data?: { error?: string };
  retryAfter?: number;
  statusCode?: number;
  body?: unknown;
}

/** The HTTP status and Retry-After seen on the last webhook response (the webhook SDK drops headers). */
export interface WebhookResponseInfo {
  retryAfterMs?: number;
}

/** Which Slack failures are worth another attempt: rate limits (after Retry-After), 5xx and network errors. */
export function classifySlackError(err: unknown, webhook?: WebhookResponseInfo): RetryDecision {
  const e = err as SlackLikeError;
  switch (e?.code) {
    case 'slack_webapi_rate_limited_error':
      return { retry: true, retryAfterMs: (e.retryAfter ?? 1) * 1000 };
    case 'slack_webapi_http_error':
    case 'slack_webhook_http_error':
      if (e.statusCode === 429) return { retry: true, retryAfterMs: webhook?.retryAfterMs ?? 1000 };
      return { retry: (e.statusCode ?? 0) >= 500 };
    case 'slack_webapi_request_error':
    case 'slack_webhook_request_error':
      return { retry: true };
    default:
      return { retry: false };
  }
}

/**
 * Turns a Slack failure into a Cloudforet error that names the cause and the
 * channel_data key to fix. The token never appears: messages are built from
 * Slack's error codes, not from the request.
 */
export function toSlackPluginError(err: unknown, channelKey: string, tokenKey: string): PluginError {
  if (err instanceof PluginError) return err;
  if (err instanceof RetryExhaustedError) {
    const last = describe(err.lastError);
    const why =
      err.reason === 'attempts'
        ? `after ${err.attempts} attempts`
        : `after ${err.attempts} attempts (Retry-After too long)`;
    return new PluginError(
      'ERROR_SLACK_API',
      `Slack did not accept the message ${why}: ${last}.`,
      GrpcStatus.UNAVAILABLE,
    );
  }
  const e = err as SlackLikeError;
  const slackError = e?.data?.error ?? (typeof e?.body === 'string' ? e.body.trim() : undefined);
  if (slackError && AUTH_ERRORS.has(slackError)) {
    return authenticateFailure(`Slack rejected the token (${slackError}); check ${tokenKey}`);
  }
  if (slackError === 'missing_scope') {
    return invalidParameter(tokenKey, 'the Slack app lacks the chat:write scope (missing_scope)');
  }
  if (slackError && (CHANNEL_ERRORS.has(slackError) || WEBHOOK_CHANNEL_ERRORS.has(slackError))) {
    return invalidParameter(
      channelKey,
      `Slack answered ${slackError}; check the channel and that the app is a member of it`,
    );
  }
  return new PluginError('ERROR_SLACK_API', `Slack API error: ${describe(err)}.`, GrpcStatus.INTERNAL);
}

function describe(err: unknown): string {
  const e = err as SlackLikeError;
  if (e?.data?.error) return e.data.error;
  if (e?.code === 'slack_webapi_rate_limited_error') return `rate limited (HTTP 429, Retry-After ${e.retryAfter} s)`;
  if (e?.statusCode) return `HTTP ${e.statusCode}`;
  if (e?.code === 'slack_webapi_request_error' || e?.code === 'slack_webhook_request_error')
    return 'Slack could not be reached';
  return err instanceof Error ? err.message : String(err);
}

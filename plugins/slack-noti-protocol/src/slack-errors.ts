import {
  authenticateFailure,
  deliveryRetryDecision,
  errorChain,
  GrpcStatus,
  invalidParameter,
  mayHaveBeenDelivered,
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
  'invalid_token',
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

const GAVE_UP = {
  attempts: '',
  'retry-after-too-long': ' (Retry-After too long)',
  deadline: " (the caller's deadline came first)",
};

interface SlackLikeError {
  code?: string;
  data?: { error?: string };
  retryAfter?: number;
  statusCode?: number;
  body?: unknown;
}

/** What the last HTTP exchange with Slack showed (the SDKs drop headers and timeouts' nature). */
export interface SlackResponseInfo {
  status?: number;
  retryAfterMs?: number;
}

/**
 * Which failures may be sent again, by plugin-core's rule for requests that are not
 * idempotent: rate limits (after Retry-After), 503 with Retry-After, and
 * connections refused before anything was sent. A timeout, a reset or another
 * 5xx may have posted the message and is not retried.
 */
export function classifySlackError(err: unknown, seen: SlackResponseInfo = {}): RetryDecision {
  const e = err as SlackLikeError;
  switch (e?.code) {
    case 'slack_webapi_rate_limited_error':
      return deliveryRetryDecision({ status: 429, retryAfterMs: (e.retryAfter ?? 1) * 1000 });
    case 'slack_webapi_http_error':
    case 'slack_webhook_http_error':
      return deliveryRetryDecision({ status: e.statusCode, retryAfterMs: seen.retryAfterMs });
    case 'slack_webapi_request_error':
    case 'slack_webhook_request_error':
      return deliveryRetryDecision({ error: err });
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
  const timeout = timeoutOf(err);
  if (timeout) {
    return mayHaveBeenDelivered(
      'ERROR_SLACK_API',
      `Slack did not answer within ${timeout.timeoutMs ?? '?'} ms`,
      'posted',
    );
  }
  if (err instanceof RetryExhaustedError) {
    const last = describe(err.lastError);
    const why = `after ${err.attempts} attempts${GAVE_UP[err.reason]}`;
    return new PluginError(
      'ERROR_SLACK_API',
      `Slack did not accept the message ${why}: ${last}.`,
      GrpcStatus.UNAVAILABLE,
    );
  }
  const e = err as SlackLikeError;
  if ((e?.code === 'slack_webapi_http_error' || e?.code === 'slack_webhook_http_error') && (e.statusCode ?? 0) >= 500) {
    return mayHaveBeenDelivered('ERROR_SLACK_API', `Slack answered HTTP ${e.statusCode}`, 'posted');
  }
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

/** A request cut by a timeout (fetchWithin's or fetch's own): Slack may have received it. */
function timeoutOf(err: unknown): { timeoutMs?: unknown } | undefined {
  return errorChain(err).find((e) => e.name === 'TimeoutError');
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

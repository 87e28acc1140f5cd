import { STATUS_CODES } from 'node:http';
import { jsonReply, textReply, type HttpReply } from '../http/http-reply';
import type { SlackFault } from './slack-sandbox-types';
import { webhookErrorStatus } from './webhook-error-status';

export type SlackSurface = 'web-api' | 'webhook';

/** The answer real Slack gives for the fault on the given surface. */
export function faultReply(fault: SlackFault, surface: SlackSurface): HttpReply {
  if ('slackError' in fault) {
    return surface === 'web-api'
      ? jsonReply(200, { ok: false, error: fault.slackError })
      : textReply(webhookErrorStatus(fault.slackError), fault.slackError);
  }
  if (fault.status === 429) {
    const headers = { 'Retry-After': String(fault.retryAfter) };
    return surface === 'web-api'
      ? jsonReply(429, { ok: false, error: 'ratelimited' }, headers)
      : textReply(429, 'rate_limited', headers);
  }
  const headers = fault.retryAfter === undefined ? undefined : { 'Retry-After': String(fault.retryAfter) };
  return textReply(fault.status, `${fault.status} ${STATUS_CODES[fault.status] ?? 'Server Error'}`, headers);
}

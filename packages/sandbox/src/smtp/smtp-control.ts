import { handleControlRequest, type StandInControl } from '../http/control-endpoints';
import { jsonReply, type HttpReply } from '../http/http-reply';
import type { SmtpConnectionCounts } from './smtp-sandbox-types';

export interface SmtpControl extends StandInControl {
  readonly connections: SmtpConnectionCounts;
  readonly accepted: number;
  readonly transactions: number;
  readonly auth: { succeeded: number; failed: number };
}

/**
 * The shared /_sandbox/* endpoints (messages: the received mails; requests: each mail
 * transaction's outcome; faults; reset), plus `GET /_sandbox/connections`, the counts.
 */
export function handleSmtpControl(method: string, pathname: string, body: string, control: SmtpControl): HttpReply {
  if (method === 'GET' && pathname === '/_sandbox/connections') {
    const { connections, accepted, transactions, auth } = control;
    return jsonReply(200, { ...connections, accepted, transactions, auth });
  }
  return handleControlRequest(method, pathname, body, control);
}

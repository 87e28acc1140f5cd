import { jsonReply, textReply, type HttpReply } from '../http/http-reply';
import type { TelegramFault } from './telegram-sandbox-types';

const DESCRIPTIONS: Record<number, string> = {
  400: 'Bad Request: can\'t parse entities: Unsupported start tag "sandbox" at byte offset 0',
  401: 'Unauthorized',
  403: 'Forbidden: bot was blocked by the user',
  404: 'Not Found',
};
const CLIENT = new Set([400, 401, 403, 404]);
const SERVER = new Set([500, 502, 503, 504]);
const whole = (v: unknown) => Number.isInteger(v) && (v as number) >= 0;

/** Why `value` is not a TelegramFault, or undefined when it is one. */
export function describeInvalidTelegramFault(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'a fault must be an object';
  const f = value as Record<string, unknown>;
  if (f.method !== undefined && (typeof f.method !== 'string' || f.method === ''))
    return 'method must be a non-empty string';
  if ('pass' in f) return f.pass === true && !('status' in f) ? undefined : 'a pass is { pass: true }';
  if ('drop' in f) return f.drop === true && !('status' in f) ? undefined : 'a drop fault is { drop: true }';
  if (f.status === 429)
    return whole(f.retryAfter) ? undefined : 'a 429 fault needs retryAfter, a whole number of seconds >= 0';
  if (typeof f.status === 'number' && CLIENT.has(f.status)) {
    if (f.description !== undefined && typeof f.description !== 'string') return 'description must be a string';
    if (f.parameters !== undefined && (typeof f.parameters !== 'object' || f.parameters === null))
      return 'parameters must be an object';
    return undefined;
  }
  if (typeof f.status === 'number' && SERVER.has(f.status))
    return f.retryAfter === undefined || whole(f.retryAfter)
      ? undefined
      : 'retryAfter must be a whole number of seconds >= 0';
  return 'status must be 400, 401, 403, 404, 429, 500, 502, 503 or 504, or the fault must be { drop: true } or { pass: true }';
}

export function assertTelegramFaults(values: readonly unknown[]): asserts values is TelegramFault[] {
  values.forEach((value, index) => {
    const problem = describeInvalidTelegramFault(value);
    if (problem !== undefined) throw new TypeError(`invalid Telegram fault #${index}: ${problem}`);
  });
}

/** The answer the Bot API (or the proxy in front of it) gives for the fault; drop faults have none. */
export function telegramFaultReply(fault: Exclude<TelegramFault, { drop: true } | { pass: true }>): HttpReply {
  if (fault.status === 429) {
    const description = `Too Many Requests: retry after ${fault.retryAfter}`;
    return jsonReply(429, { ok: false, error_code: 429, description, parameters: { retry_after: fault.retryAfter } });
  }
  if (fault.status === 400 || fault.status === 401 || fault.status === 403 || fault.status === 404) {
    const body = { ok: false, error_code: fault.status, description: fault.description ?? DESCRIPTIONS[fault.status] };
    return jsonReply(fault.status, fault.parameters ? { ...body, parameters: fault.parameters } : body);
  }
  const { status, retryAfter } = fault as Extract<TelegramFault, { status: 500 | 502 | 503 | 504 }>;
  const headers = retryAfter === undefined ? undefined : { 'Retry-After': String(retryAfter) };
  if (status === 500)
    return jsonReply(500, { ok: false, error_code: 500, description: 'Internal Server Error' }, headers);
  if (status === 503) return textReply(503, 'Service Unavailable', headers);
  const title = status === 502 ? '502 Bad Gateway' : '504 Gateway Time-out';
  return {
    status,
    contentType: 'text/html',
    body: `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx/1.18.0</center>\r\n</body>\r\n</html>\r\n`,
    headers,
  };
}

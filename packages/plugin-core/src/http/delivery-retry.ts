import type { RetryDecision } from './retry';

/**
 * Connection errors that prove the request never left this process: nothing
 * reached the server, so sending again cannot deliver twice.
 */
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

export interface OutboundFailure {
  /** The HTTP status, when the server answered. */
  status?: number;
  /** The server's Retry-After, in ms. */
  retryAfterMs?: number;
  /** The thrown error, when there was no answer. */
  error?: unknown;
}

/**
 * The retry rule for requests that are not idempotent (a notification POST, an
 * SNS subscription confirmation): retry only answers that prove nothing was
 * delivered. 429, 503 with Retry-After, and a connection refused before sending
 * are retried; a timeout, a reset connection or any other 5xx are not, because
 * the server may already have acted on the request.
 */
export function deliveryRetryDecision(failure: OutboundFailure): RetryDecision {
  const { status, retryAfterMs } = failure;
  if (status === 429) return { retry: true, retryAfterMs: retryAfterMs ?? 1000 };
  if (status === 503 && retryAfterMs !== undefined) return { retry: true, retryAfterMs };
  if (status === undefined && failure.error !== undefined) return { retry: neverSent(failure.error) };
  return { retry: false };
}

/** True when the error (or one it wraps) is a connection failure that happened before anything was sent. */
export function neverSent(error: unknown): boolean {
  return errorCodes(error).some((code) => NOT_SENT_CODES.has(code));
}

/** The `code`s of an error and of what it wraps. */
export function errorCodes(error: unknown): string[] {
  return errorChain(error).flatMap((e) => (typeof e.code === 'string' ? [e.code] : []));
}

export interface ChainedError {
  name?: unknown;
  code?: unknown;
  cause?: unknown;
  original?: unknown;
  errors?: unknown;
  timeoutMs?: unknown;
}

/**
 * An error and everything it wraps (`cause`, an SDK's `original`, an AggregateError's
 * `errors`), depth first, at most 5 levels deep: where a transport failure's nature hides.
 */
export function errorChain(error: unknown, depth = 0): ChainedError[] {
  if (!error || typeof error !== 'object' || depth > 5) return [];
  const e = error as ChainedError;
  const nested = [e.cause, e.original, ...(Array.isArray(e.errors) ? e.errors : [])];
  return [e, ...nested.flatMap((n) => errorChain(n, depth + 1))];
}

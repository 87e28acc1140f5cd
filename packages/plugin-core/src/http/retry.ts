import { sleep } from './sleep';

export interface RetryDecision {
  retry: boolean;
  /** Server-mandated wait (from Retry-After), in ms. */
  retryAfterMs?: number;
}

export interface RetryOptions {
  /** Total attempts including the first (default 4). */
  attempts?: number;
  /** Base of the exponential backoff (default 250 ms). */
  baseDelayMs?: number;
  /** Cap of one backoff delay (default 8 s). */
  maxDelayMs?: number;
  /** A Retry-After longer than this is not waited for: the error is thrown (default 30 s). */
  maxRetryAfterMs?: number;
  signal?: AbortSignal;
  /** The caller's deadline (epoch ms): a wait that would end after it is not started. */
  deadline?: number;
  /** Classifies an error; errors it does not mark retryable are thrown at once. */
  classify: (err: unknown) => RetryDecision;
  /** Called before each wait, e.g. to log it. */
  onRetry?: (info: { attempt: number; delayMs: number; error: unknown }) => void;
  /** Injected in tests. */
  random?: () => number;
}

const REASONS = {
  attempts: '',
  'retry-after-too-long': ': the server asked to wait longer than allowed',
  deadline: ": the next attempt would come after the caller's deadline",
};

export class RetryExhaustedError extends Error {
  constructor(
    readonly attempts: number,
    readonly lastError: unknown,
    readonly reason: 'attempts' | 'retry-after-too-long' | 'deadline',
  ) {
    super(`gave up after ${attempts} attempts${REASONS[reason]}`, { cause: lastError });
    this.name = 'RetryExhaustedError';
  }
}

/**
 * Runs `fn` until it succeeds, retrying errors that `classify` marks retryable:
 * it waits the server's Retry-After when given (bounded by maxRetryAfterMs),
 * otherwise a full-jitter exponential backoff. Aborting the signal stops waiting.
 * For requests that are not idempotent, classify with `deliveryRetryDecision`.
 */
export async function retry<T>(fn: (attempt: number) => Promise<T>, opts: RetryOptions): Promise<T> {
  const attempts = opts.attempts ?? 4;
  const base = opts.baseDelayMs ?? 250;
  const cap = opts.maxDelayMs ?? 8_000;
  const maxRetryAfter = opts.maxRetryAfterMs ?? 30_000;
  const random = opts.random ?? Math.random;
  for (let attempt = 1; ; attempt++) {
    opts.signal?.throwIfAborted();
    try {
      return await fn(attempt);
    } catch (error) {
      const decision = opts.classify(error);
      if (!decision.retry) throw error;
      if (attempt >= attempts) throw new RetryExhaustedError(attempt, error, 'attempts');
      if (decision.retryAfterMs !== undefined && decision.retryAfterMs > maxRetryAfter) {
        throw new RetryExhaustedError(attempt, error, 'retry-after-too-long');
      }
      const delayMs = decision.retryAfterMs ?? Math.floor(random() * Math.min(cap, base * 2 ** (attempt - 1)));
      if (opts.deadline !== undefined && Date.now() + delayMs >= opts.deadline) {
        throw new RetryExhaustedError(attempt, error, 'deadline');
      }
      opts.onRetry?.({ attempt, delayMs, error });
      await sleep(delayMs, opts.signal);
    }
  }
}

/** Parses an HTTP Retry-After header (delta-seconds or HTTP-date) into ms. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (value == null || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

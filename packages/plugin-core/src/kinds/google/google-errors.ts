import { parseRetryAfter, RetryExhaustedError, type RetryDecision } from '../../http/retry';

/** What a Google API error answer says (`{error: {code, message, errors: [{reason}], status, details}}`). */
export interface GoogleErrorInfo {
  status?: number;
  /** `rateLimitExceeded`, `accessNotConfigured`, `forbidden`, `invalid_grant`, … */
  reason: string;
  message: string;
}

type Detail = { reason?: string; '@type'?: string };
type Failure = {
  status?: number;
  message?: string;
  response?: { status?: number; data?: unknown; headers?: { get?(name: string): string | null } };
};

/** Reads a gaxios error (the @googleapis clients'), or any other, without its request's headers. */
export function googleErrorOf(error: unknown): GoogleErrorInfo {
  if (error instanceof RetryExhaustedError) return googleErrorOf(error.lastError);
  const e = (error ?? {}) as Failure;
  const status = e.response?.status ?? e.status;
  const data = e.response?.data as
    | {
        error?: { message?: string; status?: string; errors?: Detail[]; details?: Detail[] } | string;
        error_description?: string;
      }
    | undefined;
  if (data && typeof data.error === 'string')
    return { status, reason: data.error, message: data.error_description ?? data.error };
  const body = data && typeof data.error === 'object' ? data.error : undefined;
  const info = body?.details?.find((d) => d['@type']?.endsWith('google.rpc.ErrorInfo'));
  const reason = body?.errors?.[0]?.reason ?? info?.reason ?? body?.status ?? (status ? `HTTP ${status}` : 'Error');
  return { status, reason, message: body?.message ?? (error as Error)?.message ?? String(error) };
}

export function googleErrorText(error: unknown): string {
  const { status, reason, message } = googleErrorOf(error);
  return `${status ? `${status} ` : ''}${reason}: ${message}`;
}

/** An API the project has not enabled (upstream skips the type then, without an ErrorResource). */
export function isApiNotEnabled(error: unknown): boolean {
  if (error instanceof RetryExhaustedError) return false;
  const e = (error ?? {}) as Failure;
  const text = JSON.stringify(e.response?.data ?? '');
  const { status, reason } = googleErrorOf(error);
  return status === 403 && (reason === 'accessNotConfigured' || text.includes('SERVICE_DISABLED'));
}

/** 429 and 5xx are retried (every call is a read), waiting the answer's Retry-After when it gives one. */
export function retryDecision(error: unknown): RetryDecision {
  const e = (error ?? {}) as Failure;
  const status = e.response?.status ?? e.status;
  if (status === 429 || (status !== undefined && status >= 500)) {
    const header = e.response?.headers?.get?.('retry-after');
    return { retry: true, retryAfterMs: parseRetryAfter(header) };
  }
  return { retry: false };
}

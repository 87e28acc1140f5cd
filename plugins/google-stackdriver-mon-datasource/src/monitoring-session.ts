import { setMaxListeners } from 'node:events';
import type { JWT } from 'google-auth-library';
import {
  authenticateFailure,
  concurrencyLimit,
  fetchWithin,
  PluginError,
  retry,
  type CallContext,
  type Logger,
} from '@cloudforet/plugin-core';
import {
  gcpSecretOf,
  getGoogleJson,
  GOOGLE_MONITORING_ROOT,
  googleErrorOf,
  googleErrorText,
  googleRestUrl,
  openServiceAccountJwt,
  retryDecision,
} from '@cloudforet/plugin-core/google';
import type { MonitoringSettings } from './monitoring-settings';

/** Cloud Monitoring calls of one RPC in flight at once (resources are read concurrently, at most this many). */
export const CONCURRENT_CALLS = 16;
/** Read-only access to Cloud Monitoring is all the plugin needs. */
const SCOPES = ['https://www.googleapis.com/auth/monitoring.read'];
/** One call's cap on waiting for an answer's headers (the RPC's deadline shortens it). */
const CALL_TIMEOUT_MS = 30_000;

/**
 * One RPC's Cloud Monitoring access: the service-account token (the JWT-bearer grant to the key's
 * token_uri, refreshed by google-auth-library when it expires), REST reads through Node's fetch,
 * at most CONCURRENT_CALLS in flight, each retried on 429/5xx (every call is an idempotent GET) with
 * the answer's Retry-After, all cancelled with the RPC.
 */
export class MonitoringSession {
  calls = 0;
  private readonly limit = concurrencyLimit(CONCURRENT_CALLS);
  private readonly fetch: typeof fetch;
  private readonly root: string;

  private constructor(
    private readonly jwt: JWT,
    private readonly settings: MonitoringSettings,
    private readonly ctx: CallContext,
  ) {
    this.root = settings.rootUrl ?? GOOGLE_MONITORING_ROOT;
    this.fetch = fetchWithin(ctx, { maxMs: CALL_TIMEOUT_MS });
  }

  get signal(): AbortSignal {
    return this.ctx.signal;
  }

  get log(): Logger {
    return this.ctx.log;
  }

  /** Checks the secret's shape, then makes the token grant: a refused key is ERROR_AUTHENTICATE_FAILURE. */
  static async open(
    secretData: Record<string, unknown> | undefined,
    settings: MonitoringSettings,
    ctx: CallContext,
  ): Promise<MonitoringSession> {
    const secret = gcpSecretOf(secretData);
    setMaxListeners(0, ctx.signal); // every in-flight call listens on it
    const jwt = await openServiceAccountJwt(secret, { scopes: SCOPES, signal: ctx.signal });
    return new MonitoringSession(jwt, settings, ctx);
  }

  /** GET `v3/<path>?<params>`: the parsed JSON, or a GoogleApiError once the retries are spent. */
  get<T>(path: string, params: Record<string, string | undefined>): Promise<T> {
    const url = googleRestUrl(this.root, `v3/${path}`, params);
    return this.limit(() =>
      retry(
        async () => {
          this.signal.throwIfAborted();
          this.calls++;
          const { token } = await this.jwt.getAccessToken();
          return getGoogleJson<T>(url, { token: token ?? '', fetch: this.fetch });
        },
        {
          attempts: this.settings.maxAttempts,
          baseDelayMs: this.settings.retryBaseMs,
          classify: retryDecision,
          signal: this.signal,
          deadline: this.ctx.deadline,
          onRetry: ({ attempt, delayMs, error }) =>
            this.log.debug({ attempt, delayMs, error: googleErrorText(error) }, 'Cloud Monitoring call retried'),
        },
      ),
    );
  }

  close(): void {
    this.jwt.credentials = {};
  }
}

/** What the core is told when Cloud Monitoring refuses: ERROR_AUTHENTICATE_FAILURE for 401/403, else ERROR_GOOGLE_CLOUD_API. */
export function monitoringError(error: unknown, action: string): PluginError {
  if (error instanceof PluginError) return error;
  const { status } = googleErrorOf(error);
  const text = `monitoring.${action} failed: ${googleErrorText(error)}`;
  if (status === 401 || status === 403) return authenticateFailure(text);
  return new PluginError('ERROR_GOOGLE_CLOUD_API', text, undefined, { cause: error });
}

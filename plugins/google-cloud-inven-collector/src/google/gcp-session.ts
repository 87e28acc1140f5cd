// One API version each (the packages' index would load every version: alpha and beta of Compute are 3 MB).
import { cloudresourcemanager_v3 } from '@googleapis/cloudresourcemanager/build/v3';
import { compute_v1 } from '@googleapis/compute/build/v1';
import { storage_v1 } from '@googleapis/storage/build/v1';
import type { JWT } from 'google-auth-library';
import { concurrencyLimit, followSignal, retry } from '@cloudforet/plugin-core';
import {
  getGoogleJson,
  GOOGLE_MONITORING_ROOT,
  googleRestUrl,
  openServiceAccountJwt,
  retryDecision,
  type GcpSecret,
} from '@cloudforet/plugin-core/google';
import type { GcpSettings } from '../gcp-settings';

const SCOPES = ['https://www.googleapis.com/auth/cloud-platform.read-only'];

/**
 * One collect's (or verify's) Google access: a service-account JWT client (the JWT-bearer grant to
 * the key's own `token_uri`, as Python's google-auth does), the REST clients of the APIs (Cloud
 * Monitoring's reads by `monitoring`), and every call through one concurrency limit, the RPC's
 * signal and a retry of 429/5xx that waits Retry-After.
 */
export class GcpSession {
  readonly compute: compute_v1.Compute;
  readonly storage: storage_v1.Storage;
  readonly resourceManager: cloudresourcemanager_v3.Cloudresourcemanager;
  readonly signal: AbortSignal;
  readonly projectId: string;
  calls = 0;
  private readonly limit: <R>(fn: () => Promise<R>) => Promise<R>;

  private constructor(
    private readonly jwt: JWT,
    secret: GcpSecret,
    private readonly settings: GcpSettings,
    rpcSignal: AbortSignal,
    concurrency: number,
  ) {
    this.projectId = secret.project_id;
    this.limit = concurrencyLimit(concurrency);
    this.signal = followSignal(rpcSignal);
    // Retries are ours (Retry-After honoured); Node's fetch, not gaxios' node-fetch import.
    const options = {
      auth: jwt,
      retry: false,
      fetchImplementation: fetch,
      ...(settings.rootUrl ? { rootUrl: settings.rootUrl } : {}),
    };
    this.compute = new compute_v1.Compute(options);
    this.storage = new storage_v1.Storage(options);
    this.resourceManager = new cloudresourcemanager_v3.Cloudresourcemanager(options);
  }

  /**
   * Makes the JWT-bearer grant for the key's account: a key Google does not know, a wrong private
   * key or an unreachable token endpoint fail with ERROR_AUTHENTICATE_FAILURE (the key never shown).
   */
  static async open(
    secret: GcpSecret,
    settings: GcpSettings,
    { signal, concurrency }: { signal: AbortSignal; concurrency: number },
  ): Promise<GcpSession> {
    const jwt = await openServiceAccountJwt(secret, { scopes: SCOPES, signal });
    return new GcpSession(jwt, secret, settings, signal, concurrency);
  }

  /** One API call within the limit, retried on 429/5xx, cancelled with the RPC. */
  call<T>(request: (options: { signal: AbortSignal }) => Promise<{ data: T }>): Promise<T> {
    return this.limit(() =>
      retry(
        async () => {
          this.signal.throwIfAborted();
          this.calls++;
          return (await request({ signal: this.signal })).data;
        },
        { attempts: this.settings.maxAttempts, classify: retryDecision, signal: this.signal },
      ),
    );
  }

  /** GET of Cloud Monitoring v3 (`v3/<path>?<params>`, no @googleapis client of its own), as `call` makes it. */
  monitoring<T>(path: string, params: Record<string, string | undefined>): Promise<T> {
    const url = googleRestUrl(this.settings.rootUrl ?? GOOGLE_MONITORING_ROOT, `v3/${path}`, params);
    return this.call(async ({ signal }) => {
      const { token } = await this.jwt.getAccessToken();
      return { data: await getGoogleJson<T>(url, { token: token ?? '', signal }) };
    });
  }

  close(): void {
    this.jwt.credentials = {};
  }
}

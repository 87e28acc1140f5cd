// The only part that talks to Google: the reachability check and tokeninfo.
import { authenticateFailure, fetchWithin, notFound } from '@cloudforet/plugin-core';
import { googleServerError } from './google-errors';

export const GOOGLE_API_URL = 'https://www.googleapis.com';
const TIMEOUT_MS = 10_000;

/** What Google's v2 tokeninfo says of an access token. */
export interface TokenInfo {
  email?: string;
  verified_email?: boolean;
  audience?: string;
  issued_to?: string;
  expires_in?: number;
}

export class GoogleConnector {
  /** `GOOGLE_OAUTH2_API_URL` or https://www.googleapis.com (the sandbox stands in for it in tests). */
  constructor(readonly apiUrl = GOOGLE_API_URL) {}

  get tokenInfoUrl(): string {
    return `${this.apiUrl}/oauth2/v2/tokeninfo`;
  }

  get userInfoUrl(): string {
    return `${this.apiUrl}/oauth2/v3/userinfo`;
  }

  /** Upstream's check: www.googleapis.com answers 404 at its root. */
  async checkServer(signal: AbortSignal): Promise<void> {
    let status: number | undefined;
    try {
      const res = await within(signal)(this.apiUrl, { redirect: 'manual' });
      status = res.status;
      await res.body?.cancel();
    } catch {
      status = undefined;
    }
    if (status !== 404) throw notFound('auth_server', this.apiUrl);
  }

  /** POST tokeninfo `{access_token}` as upstream; one attempt. The token never appears in an error. */
  async tokenInfo(accessToken: string, signal: AbortSignal): Promise<TokenInfo> {
    let res: Response;
    try {
      res = await within(signal)(this.tokenInfoUrl, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ access_token: accessToken }),
      });
    } catch (error) {
      const name = (error as Error).name;
      throw googleServerError(
        `none (tokeninfo: ${name === 'TimeoutError' ? 'timed out' : name === 'AbortError' ? 'cancelled' : 'unreachable'})`,
      );
    }
    if (res.status === 400 || res.status === 401) {
      await res.body?.cancel();
      throw authenticateFailure(`Google does not recognise the access token (tokeninfo HTTP ${res.status})`);
    }
    if (res.status !== 200) {
      await res.body?.cancel();
      throw googleServerError(`${res.status} (tokeninfo)`);
    }
    try {
      return (await res.json()) as TokenInfo;
    } catch {
      throw googleServerError('200 with a body that is not JSON (tokeninfo)');
    }
  }
}

/** fetch ending with the RPC or after TIMEOUT_MS (plugin-core's fetchWithin). */
function within(signal: AbortSignal): typeof fetch {
  return fetchWithin({ signal }, { maxMs: TIMEOUT_MS });
}

import * as oidc from 'openid-client';
import { discoveryFailed } from './keycloak-errors';
import type { ProviderFetch } from './provider-http';

/** What upstream requires of the discovery document (a missing one fails init). */
export const REQUIRED_ENDPOINTS = [
  'authorization_endpoint',
  'token_endpoint',
  'userinfo_endpoint',
  'issuer',
  'end_session_endpoint',
] as const;

/**
 * openid-client's discovery of the openid-configuration URL (used as given), each failure with
 * its own reason: unreachable, a status other than 200, not JSON, a required endpoint missing.
 */
export async function discover(url: string, clientId: string, fetch: ProviderFetch): Promise<oidc.Configuration> {
  let server: URL;
  try {
    server = new URL(url);
  } catch {
    throw discoveryFailed('not a URL');
  }
  let config: oidc.Configuration;
  try {
    config = await oidc.discovery(server, clientId, undefined, undefined, {
      [oidc.customFetch]: fetch,
      execute: server.protocol === 'http:' ? [oidc.allowInsecureRequests] : [],
    });
  } catch (error) {
    throw discoveryFailed(discoveryReason(error), error);
  }
  const metadata = config.serverMetadata() as Record<string, unknown>;
  const missing = REQUIRED_ENDPOINTS.filter((k) => typeof metadata[k] !== 'string');
  if (missing.length > 0) throw discoveryFailed(`the discovery document lacks ${missing.join(', ')}`);
  return config;
}

function discoveryReason(error: unknown): string {
  const e = error as { code?: string; cause?: unknown; message?: string };
  const cause = e?.cause as { status?: number } | undefined;
  if (e?.code === 'OAUTH_RESPONSE_IS_NOT_CONFORM' && typeof cause?.status === 'number')
    return `the discovery URL answered HTTP ${cause.status}`;
  if (e?.code === 'OAUTH_RESPONSE_IS_NOT_JSON' || e?.code === 'OAUTH_PARSE_ERROR' || /JSON/i.test(e?.message ?? ''))
    return 'the discovery URL did not answer JSON';
  if (e?.code === 'OAUTH_INVALID_RESPONSE' || e?.code === 'ERR_INVALID_ARG_TYPE' || e?.code === 'ERR_INVALID_ARG_VALUE')
    return 'the discovery document is not valid OpenID metadata';
  return `the discovery URL is unreachable (${networkReason(error)})`;
}

export function networkReason(error: unknown): string {
  let e = error as { name?: string; code?: string; cause?: unknown; message?: string } | undefined;
  for (let depth = 0; e && depth < 5; depth++, e = e.cause as typeof e) {
    if (e.name === 'TimeoutError') return 'timed out';
    if (e.name === 'AbortError') return 'cancelled';
    if (typeof e.code === 'string' && !e.code.startsWith('OAUTH_')) return e.code;
    if (!e.cause || typeof e.cause !== 'object') return e.message ?? 'network failure';
  }
  return 'network failure';
}

/** Keycloak's realm: the last path segment of the issuer. */
export function realmOf(issuer: string): string {
  return new URL(issuer).pathname.split('/').filter(Boolean).at(-1) ?? '';
}

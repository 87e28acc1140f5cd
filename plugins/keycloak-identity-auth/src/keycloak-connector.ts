// The only part that talks to Keycloak: discovery, the connectivity check, userinfo, the local
// token check, and (1.x find) the client credentials grant and the admin users API.
import * as oidc from 'openid-client';
import { authenticateFailure, notFound } from '@cloudforet/plugin-core';
import { discover, networkReason, realmOf } from './discovery';
import { JwksCache } from './jwks-cache';
import { authorizationServerError, discoveryFailed } from './keycloak-errors';
import type { KeycloakOptions } from './keycloak-options';
import { providerFetch, type ProviderFetch } from './provider-http';
import { validateAccessToken } from './token-validator';
import { TtlCache } from './ttl-cache';

export interface KeycloakConnectorOptions {
  /** How long a discovery document is reused; default 300 s. */
  discoveryTtlMs?: number;
  /** How long a JWKS is reused before a refresh; default 300 s (an unknown kid refreshes sooner). */
  jwksTtlMs?: number;
}

/** The provider as one set of options describes it. */
export interface Provider {
  config: oidc.Configuration;
  fetch: ProviderFetch;
  endpoints: Record<string, string>;
  /** True when the endpoints came from discovery (upstream then reports the realm). */
  discovered: boolean;
}

const EXPLICIT = ['authorization_endpoint', 'token_endpoint', 'userinfo_endpoint', 'user_find_url'] as const;

export class KeycloakConnector {
  readonly jwks: JwksCache;
  private readonly discoveries: TtlCache<oidc.Configuration>;
  /** Discovery requests made, for tests and the benchmark. */
  discoveryFetches = 0;

  constructor(opts: KeycloakConnectorOptions = {}) {
    this.discoveries = new TtlCache(opts.discoveryTtlMs ?? 300_000);
    this.jwks = new JwksCache(opts.jwksTtlMs ?? 300_000);
  }

  /** Discovery (cached) or the explicit endpoints of `options.metadata`. */
  async provider(options: KeycloakOptions): Promise<Provider> {
    const verify = options.verify ?? true;
    const fetch = providerFetch({ verify, ca: options.ca_bundle });
    // openid-client needs a client id; userinfo and the connectivity check do not use it.
    const clientId = options.client_id || 'cloudforet';
    if (options.metadata) return explicitProvider(options.metadata, clientId, fetch);
    const url = options['openid-configuration'];
    if (!url) throw discoveryFailed('required unless options.metadata lists the endpoints');
    const key = JSON.stringify([url, clientId, verify, options.ca_bundle ?? '']);
    const config = await this.discoveries.get(key, () => {
      this.discoveryFetches++;
      return discover(url, clientId, fetch);
    });
    const md = config.serverMetadata() as unknown as Record<string, string>;
    const endpoints = Object.fromEntries(
      ['issuer', 'authorization_endpoint', 'token_endpoint', 'userinfo_endpoint', 'end_session_endpoint', 'jwks_uri']
        .filter((k) => typeof md[k] === 'string')
        .map((k) => [k, md[k]]),
    );
    return { config, fetch, endpoints, discovered: true };
  }

  /** Keycloak answers 400 to a bare GET of its authorization endpoint (no client_id); upstream's check. */
  async checkAuthorizationEndpoint(provider: Provider): Promise<void> {
    const url = provider.endpoints.authorization_endpoint;
    let status: number | string;
    try {
      const res = await provider.fetch(url, { redirect: 'manual' });
      status = res.status;
      await res.body?.cancel();
    } catch (error) {
      status = networkReason(error);
    }
    if (status !== 400) throw notFound('authorization_endpoint', url);
  }

  /** Verifies the token against the JWKS (validate_token) before any userinfo call. */
  async validateToken(provider: Provider, token: string, options: KeycloakOptions): Promise<void> {
    const { issuer, jwks_uri: jwksUri } = provider.endpoints;
    if (!issuer || !jwksUri)
      throw discoveryFailed('validate_token needs issuer and jwks_uri', undefined, 'options.metadata');
    const audience = options.audience === undefined ? undefined : [options.audience].flat();
    await validateAccessToken(
      token,
      { issuer, jwksUri, clockSkew: options.clock_skew ?? 30, audience },
      this.jwks,
      provider.fetch,
    );
  }

  /** The userinfo claims for a bearer token. The token never appears in an error. */
  async userinfo(provider: Provider, token: string): Promise<Record<string, unknown>> {
    try {
      return (await oidc.fetchUserInfo(provider.config, token, oidc.skipSubjectCheck)) as Record<string, unknown>;
    } catch (error) {
      const e = error as { status?: number; code?: string; cause?: unknown; name?: string };
      const status = e.status ?? (e.cause as { status?: number } | undefined)?.status;
      if (status === 401 || status === 403 || e.name === 'WWWAuthenticateChallengeError')
        throw authenticateFailure(`the userinfo endpoint refused the access token (HTTP ${status ?? 401})`);
      if (typeof status === 'number') throw authorizationServerError(`${status} (userinfo)`);
      if (e.code === 'OAUTH_RESPONSE_IS_NOT_JSON' || e.code === 'OAUTH_PARSE_ERROR')
        throw authorizationServerError('200 with a body that is not JSON (userinfo)');
      throw authorizationServerError(`none (userinfo: ${networkReason(error)})`);
    }
  }

  /** Client credentials grant (1.x find): one POST, never retried. */
  async clientCredentialsToken(provider: Provider, clientId: string, clientSecret: string): Promise<string> {
    const md = provider.config.serverMetadata();
    const config = new oidc.Configuration(md, clientId, undefined, oidc.ClientSecretPost(clientSecret));
    config[oidc.customFetch] = provider.fetch;
    if (new URL(provider.endpoints.token_endpoint).protocol === 'http:') oidc.allowInsecureRequests(config);
    try {
      const tokens = await oidc.clientCredentialsGrant(config);
      return tokens.access_token;
    } catch (error) {
      const status = (error as { status?: number }).status;
      if (status === 401) throw new Error('the client credentials were refused (HTTP 401), check the find client');
      if (status === 400) throw new Error('the token endpoint refused the request (HTTP 400)');
      throw new Error(`the token endpoint failed (${status ? `HTTP ${status}` : networkReason(error)})`);
    }
  }

  /** `GET <user_find_url>?<query>&max=25` with the service account's token. */
  async findUsers(
    provider: Provider,
    token: string,
    query: Record<string, string>,
  ): Promise<Record<string, unknown>[]> {
    const url = new URL(userFindUrl(provider));
    for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
    url.searchParams.set('max', '25');
    const res = await provider.fetch(url.href, {
      headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
    });
    if (res.status !== 200) {
      await res.body?.cancel();
      throw new Error(`the admin users API answered HTTP ${res.status}`);
    }
    const users = (await res.json()) as unknown;
    if (!Array.isArray(users)) throw new Error('the admin users API did not answer a list');
    return users as Record<string, unknown>[];
  }
}

/** upstream ≤ 1.3.3: urljoin(issuer, admin_url_base_path + realm + "/users"); or metadata.user_find_url. */
export function userFindUrl(provider: Provider, adminBasePath = '/auth/admin/realms/'): string {
  if (provider.endpoints.user_find_url) return provider.endpoints.user_find_url;
  const { issuer } = provider.endpoints;
  return new URL(`${adminBasePath}${realmOf(issuer)}/users`, issuer).href;
}

function explicitProvider(md: Record<string, unknown>, clientId: string, fetch: ProviderFetch): Provider {
  const missing = EXPLICIT.filter((k) => typeof md[k] !== 'string');
  if (missing.length > 0) throw discoveryFailed(`lacks ${missing.join(', ')}`, undefined, 'options.metadata');
  const endpoints = Object.fromEntries(
    Object.entries(md).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
  const issuer = endpoints.issuer ?? new URL(endpoints.userinfo_endpoint).origin;
  const config = new oidc.Configuration({ ...endpoints, issuer }, clientId);
  config[oidc.customFetch] = fetch;
  if (new URL(endpoints.userinfo_endpoint).protocol === 'http:') oidc.allowInsecureRequests(config);
  return { config, fetch, endpoints, discovered: false };
}

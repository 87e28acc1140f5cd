import { createPublicKey, type JsonWebKey, type KeyObject } from 'node:crypto';
import { authorizationServerError } from './keycloak-errors';
import { networkReason } from './discovery';
import { detached, type ProviderFetch } from './provider-http';

interface KeySet {
  keys: Map<string, KeyObject>;
  fetchedAt: number;
  /** Unknown kids already looked up since that fetch: asked again, they fail without a fetch. */
  missed: Set<string>;
}

/**
 * The provider's signing keys by `kid`, kept for `ttlMs`. A token with an unknown kid triggers
 * one refresh (the provider rotated its key); the same unknown kid does not trigger another
 * until the TTL has passed, so forged kids cannot turn into a JWKS request each.
 */
export class JwksCache {
  private readonly sets = new Map<string, KeySet>();
  private readonly inflight = new Map<string, Promise<KeySet>>();
  /** JWKS requests made, for tests and the benchmark. */
  fetches = 0;

  constructor(private readonly ttlMs: number) {}

  async key(jwksUri: string, kid: string | undefined, fetch: ProviderFetch): Promise<KeyObject | undefined> {
    let set = this.sets.get(jwksUri);
    const stale = !set || Date.now() - set.fetchedAt >= this.ttlMs;
    if (stale) set = await this.refresh(jwksUri, fetch);
    const found = lookup(set!, kid);
    if (found || kid === undefined) return found;
    const running = this.inflight.get(jwksUri);
    if (running) return lookup(await running, kid);
    if (set!.missed.has(kid)) return undefined;
    if (!stale) set = await this.refresh(jwksUri, fetch); // just fetched: no second request
    const refreshed = lookup(set!, kid);
    if (!refreshed) set!.missed.add(kid);
    return refreshed;
  }

  private refresh(jwksUri: string, fetch: ProviderFetch): Promise<KeySet> {
    const running = this.inflight.get(jwksUri);
    if (running) return running;
    const load = detached(() => this.load(jwksUri, fetch)).finally(() => this.inflight.delete(jwksUri));
    this.inflight.set(jwksUri, load);
    return load;
  }

  private async load(jwksUri: string, fetch: ProviderFetch): Promise<KeySet> {
    this.fetches++;
    let body: unknown;
    try {
      const res = await fetch(jwksUri, { headers: { Accept: 'application/json' } });
      if (res.status !== 200) {
        await res.body?.cancel();
        throw authorizationServerError(`${res.status} (jwks_uri)`);
      }
      body = await res.json();
    } catch (error) {
      if ((error as { code?: string }).code === 'ERROR_AUTHORIZATION_SERVER') throw error;
      throw authorizationServerError(`none (jwks_uri: ${networkReason(error)})`);
    }
    const keys = new Map<string, KeyObject>();
    for (const jwk of ((body as { keys?: unknown }).keys ?? []) as (JsonWebKey & { kid?: string; use?: string })[]) {
      if (jwk.use !== undefined && jwk.use !== 'sig') continue;
      try {
        keys.set(jwk.kid ?? '', createPublicKey({ key: jwk, format: 'jwk' }));
      } catch {
        // a key type node cannot import is skipped, as a JOSE library would
      }
    }
    const set: KeySet = { keys, fetchedAt: Date.now(), missed: new Set() };
    this.sets.set(jwksUri, set);
    return set;
  }
}

function lookup(set: KeySet, kid: string | undefined): KeyObject | undefined {
  if (kid !== undefined) return set.keys.get(kid);
  return set.keys.size === 1 ? [...set.keys.values()][0] : undefined;
}

import { generateKeyPairSync } from 'node:crypto';
import { JwksCache } from './jwks-cache';
import type { ProviderFetch } from './provider-http';

const jwk = (kid: string) => ({
  ...generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ format: 'jwk' }),
  kid,
  use: 'sig',
});

/** A JWKS endpoint whose keys the test changes, counting requests; each answer waits a tick. */
function provider(kids: string[]) {
  const published = { keys: kids.map(jwk) };
  let requests = 0;
  const fetch: ProviderFetch = async () => {
    requests++;
    await new Promise((r) => setTimeout(r, 5));
    return new Response(JSON.stringify(published), { status: 200 });
  };
  return { fetch, published, requests: () => requests };
}

const URI = 'https://sso.example.com/realms/r/protocol/openid-connect/certs';

describe('JwksCache', () => {
  it('serves known kids from the cache until the TTL passes', async () => {
    const p = provider(['k1']);
    const cache = new JwksCache(60_000);
    for (let i = 0; i < 5; i++) expect(await cache.key(URI, 'k1', p.fetch)).toBeDefined();
    expect(p.requests()).toBe(1);
  });

  it('refreshes once for a new kid (rotation), concurrent callers sharing the request', async () => {
    const p = provider(['k1']);
    const cache = new JwksCache(60_000);
    await cache.key(URI, 'k1', p.fetch);
    p.published.keys.unshift(jwk('k2'));
    const keys = await Promise.all(Array.from({ length: 10 }, () => cache.key(URI, 'k2', p.fetch)));
    expect(keys.every(Boolean)).toBe(true);
    expect(p.requests()).toBe(2);
  });

  it('asks once per unknown kid within the TTL, and again after it', async () => {
    const p = provider(['k1']);
    const cache = new JwksCache(50);
    await cache.key(URI, 'k1', p.fetch);
    for (let i = 0; i < 3; i++) expect(await cache.key(URI, 'forged', p.fetch)).toBeUndefined();
    expect(p.requests()).toBe(2);
    await new Promise((r) => setTimeout(r, 60));
    expect(await cache.key(URI, 'forged', p.fetch)).toBeUndefined();
    expect(p.requests()).toBe(3);
  });

  it('reports a JWKS endpoint that fails as the provider failing', async () => {
    const cache = new JwksCache(60_000);
    const down: ProviderFetch = async () => new Response('nope', { status: 503 });
    await expect(cache.key(URI, 'k1', down)).rejects.toMatchObject({
      code: 'ERROR_AUTHORIZATION_SERVER',
      message: 'Authorization Server response code: 503 (jwks_uri)',
    });
  });
});

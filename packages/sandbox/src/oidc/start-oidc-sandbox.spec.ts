import { startOidcSandbox } from './start-oidc-sandbox';
import type { OidcSandbox } from './oidc-sandbox-types';

describe('OIDC sandbox (a Keycloak-like realm on oidc-provider)', () => {
  let sandbox: OidcSandbox;
  beforeAll(async () => {
    sandbox = await startOidcSandbox();
  });
  afterAll(() => sandbox.close());

  it('publishes Keycloak-shaped discovery', async () => {
    const doc = (await (await fetch(sandbox.discoveryUrl)).json()) as Record<string, string>;
    expect(doc.issuer).toBe(`${sandbox.url}/realms/sandbox`);
    expect(doc.authorization_endpoint).toBe(`${sandbox.issuer}/protocol/openid-connect/auth`);
    expect(doc.token_endpoint).toBe(`${sandbox.issuer}/protocol/openid-connect/token`);
    expect(doc.userinfo_endpoint).toBe(`${sandbox.issuer}/protocol/openid-connect/userinfo`);
    expect(doc.jwks_uri).toBe(`${sandbox.issuer}/protocol/openid-connect/certs`);
    expect(doc.end_session_endpoint).toBe(`${sandbox.issuer}/protocol/openid-connect/logout`);
    expect(sandbox.calls.discovery).toBe(1);
  });

  it('answers 400 on the authorization endpoint without a query, as Keycloak does', async () => {
    const res = await fetch(`${sandbox.issuer}/protocol/openid-connect/auth`);
    expect(res.status).toBe(400);
  });

  it('issues a JWT access token by password grant that its userinfo accepts', async () => {
    const token = await sandbox.passwordGrant('alice');
    const [header, payload] = token
      .split('.')
      .slice(0, 2)
      .map((p) => JSON.parse(Buffer.from(p, 'base64url').toString()));
    expect(header).toMatchObject({ alg: 'RS256', kid: sandbox.currentKid() });
    expect(payload).toMatchObject({
      iss: sandbox.issuer,
      aud: 'account',
      azp: 'cloudforet-console',
      preferred_username: 'alice',
    });
    const res = await fetch(`${sandbox.issuer}/protocol/openid-connect/userinfo`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      sub: '5f0c6a4e-8a34-4c2b-9d1e-000000000001',
      preferred_username: 'alice',
      name: 'Alice Liddell',
      given_name: 'Alice',
      family_name: 'Liddell',
      email: 'alice@example.com',
      email_verified: true,
    });
  });

  it('refuses a wrong password and a disabled user', async () => {
    await expect(sandbox.passwordGrant('alice', 'nope')).rejects.toThrow('HTTP 400 invalid_grant');
    await expect(sandbox.passwordGrant('carol')).rejects.toThrow('invalid_grant');
  });

  it('rotates its key: the JWKS publishes the new and the previous key, new tokens use the new one', async () => {
    const before = sandbox.currentKid();
    const old = await sandbox.passwordGrant('bob');
    const kid = await sandbox.rotateKey();
    const jwks = (await (await fetch(`${sandbox.issuer}/protocol/openid-connect/certs`)).json()) as {
      keys: { kid: string; d?: string }[];
    };
    expect(jwks.keys.map((k) => k.kid)).toEqual([kid, before]);
    expect(jwks.keys.every((k) => k.d === undefined)).toBe(true);
    const fresh = await sandbox.passwordGrant('bob');
    expect(JSON.parse(Buffer.from(fresh.split('.')[0], 'base64url').toString()).kid).toBe(kid);
    for (const t of [old, fresh]) {
      const res = await fetch(`${sandbox.issuer}/protocol/openid-connect/userinfo`, {
        headers: { Authorization: `Bearer ${t}` },
      });
      expect(res.status).toBe(200);
    }
  });

  it('serves the admin users API to the find client only', async () => {
    const form = new URLSearchParams({ grant_type: 'client_credentials', ...sandbox.findClient });
    const { access_token } = (await (
      await fetch(`${sandbox.issuer}/protocol/openid-connect/token`, { method: 'POST', body: form })
    ).json()) as { access_token: string };
    const get = (q: string, token = access_token) =>
      fetch(`${sandbox.adminUsersUrl}?${q}`, { headers: { Authorization: `Bearer ${token}` } });
    const bySearch = (await (await get('search=example.com&max=25')).json()) as {
      username: string;
      password?: string;
    }[];
    expect(bySearch.map((u) => u.username)).toEqual(['alice', 'bob', 'carol']);
    expect(bySearch.some((u) => 'password' in u)).toBe(false);
    expect(((await (await get('username=bob&exact=true')).json()) as { email: string }[])[0].email).toBe(
      'bob@example.com',
    );
    expect((await get('search=a', 'not-a-token')).status).toBe(401);
  });
});

// AUTH_API=v1: identity 1.x's Auth service (init, verify, login, find) against the same provider,
// called with the keys the 1.x identity core sent.
import { assertNoSecrets } from '@cloudforet/plugin-testing';
import { startOidcSandbox, type OidcSandbox } from '@cloudforet/sandbox';
import { authApiOf } from '@cloudforet/plugin-core';
import { keycloakOptions } from './harness';
import { callFailure, startPlugin, type PluginUnderTest } from './plugin-under-test';

describe('keycloak-identity-auth legacy Auth (identity 1.x, AUTH_API=v1)', () => {
  let oidc: OidcSandbox;
  let plugin: PluginUnderTest;
  let options: Record<string, unknown>;
  let secret_data: Record<string, unknown>;
  const tokens: string[] = [];

  const find = (params: Record<string, unknown>) =>
    plugin.client.call('Auth.find', { options, secret_data, schema: 'oauth2_client_credentials', ...params });

  beforeAll(async () => {
    oidc = await startOidcSandbox();
    plugin = await startPlugin('v1');
    options = keycloakOptions(oidc, { admin_url_base_path: '/admin/realms/' });
    secret_data = { ...oidc.findClient };
  });
  afterAll(async () => {
    await plugin.close();
    await oidc.close();
  });

  it('serves Auth (not ExternalAuth) by reflection, from the 1.x descriptor set', () => {
    expect(plugin.client.services).toContain('spaceone.api.identity.plugin.Auth');
    expect(plugin.client.services).not.toContain('spaceone.api.identity.plugin.ExternalAuth');
    expect(plugin.client.methods.Auth).toEqual(['init', 'verify', 'find', 'login']);
  });

  it('init answers the discovery result with issuer, realm and user_find_url (as ≤ 1.3.3)', async () => {
    await expect(plugin.client.call('Auth.init', { options })).resolves.toEqual({
      metadata: {
        authorization_endpoint: `${oidc.issuer}/protocol/openid-connect/auth`,
        token_endpoint: `${oidc.issuer}/protocol/openid-connect/token`,
        userinfo_endpoint: `${oidc.issuer}/protocol/openid-connect/userinfo`,
        issuer: oidc.issuer,
        end_session_endpoint: `${oidc.issuer}/protocol/openid-connect/logout`,
        realm: 'sandbox',
        user_find_url: `${oidc.url}/admin/realms/sandbox/users`,
      },
    });
  });

  it('verify runs the connectivity check and answers Empty', async () => {
    await expect(plugin.client.call('Auth.verify', { options, secret_data, schema: '' })).resolves.toEqual({});
  });

  it('login returns the user of a genuine token', async () => {
    const access_token = await oidc.passwordGrant('alice');
    tokens.push(access_token);
    await expect(
      plugin.client.call('Auth.login', { options, secret_data: {}, user_credentials: { access_token }, schema: '' }),
    ).resolves.toEqual({ user_id: 'alice', name: 'Alice Liddell', email: 'alice@example.com', state: 'ENABLED' });
    const error = await callFailure(
      plugin.client.call('Auth.login', {
        options,
        secret_data: {},
        user_credentials: { access_token: 'not-a-token-at-all' },
        schema: '',
      }),
    );
    expect(error.errorCode).toBe('ERROR_AUTHENTICATE_FAILURE');
  });

  it('find by user_id asks the admin users API with client credentials and matches exactly', async () => {
    oidc.reset();
    await expect(find({ user_id: 'bob' })).resolves.toEqual({
      results: [{ user_id: 'bob', name: 'Bob Builder', email: 'bob@example.com', state: 'ENABLED' }],
      total_count: 1,
    });
    expect(oidc.calls).toMatchObject({ token: 1, admin_users: 1 });
  });

  it('find by keyword lists the enabled users that match (disabled ones skipped)', async () => {
    await expect(find({ keyword: 'example.com' })).resolves.toEqual({
      results: [
        { user_id: 'alice', name: 'Alice Liddell', email: 'alice@example.com', state: 'ENABLED' },
        { user_id: 'bob', name: 'Bob Builder', email: 'bob@example.com', state: 'ENABLED' },
      ],
      total_count: 2,
    });
  });

  it('find through field_mapper matches on the mapped Keycloak field', async () => {
    const byEmail = keycloakOptions(oidc, {
      admin_url_base_path: '/admin/realms/',
      field_mapper: { user_id: 'email', name: 'name' },
    });
    await expect(
      plugin.client.call('Auth.find', { options: byEmail, secret_data, schema: '', user_id: 'alice@example.com' }),
    ).resolves.toMatchObject({ results: [{ user_id: 'alice@example.com', name: 'Alice Liddell' }], total_count: 1 });
  });

  it('find without a secret answers an unidentified user, or refuses a keyword search (as upstream)', async () => {
    await expect(plugin.client.call('Auth.find', { options, secret_data: {}, user_id: 'zed' })).resolves.toEqual({
      results: [{ user_id: 'zed', state: 'UNIDENTIFIED' }],
      total_count: 1,
    });
    const error = await callFailure(plugin.client.call('Auth.find', { options, secret_data: {}, keyword: 'a' }));
    expect(error.details).toBe('ERROR_NOT_SUPPORT_KEYWORD_SEARCH: Keyword search is not supported, use user_id(email)');
  });

  it('find gives the upstream errors: no query, wrong client secret, nobody found', async () => {
    expect((await callFailure(find({}))).details).toBe('ERROR_INVALID_FIND_REQUEST: user_id or keyword is required');
    const wrong = await callFailure(
      find({ secret_data: { ...secret_data, client_secret: 'wrong-secret-value' }, user_id: 'bob' }),
    );
    expect(wrong.details).toBe(
      'ERROR_INVALID_FIND_REQUEST: user_id or keyword is required (find failed: the client credentials were refused (HTTP 401), check the find client)',
    );
    expect((await callFailure(find({ user_id: 'carol' }))).details).toBe('ERROR_NOT_FOUND_USERS: not found users.');
  });

  it('logs no token, client secret or password', () => {
    assertNoSecrets(plugin.logs.text, [
      ...tokens,
      oidc.findClient.client_secret,
      'wrong-secret-value',
      ...oidc.users.map((u) => u.password),
    ]);
  });

  it('AUTH_API selects the API; anything else is refused at start', () => {
    expect(authApiOf({})).toBe('v2');
    expect(authApiOf({ AUTH_API: 'v1' })).toBe('v1');
    expect(() => authApiOf({ AUTH_API: '1' })).toThrow('key = env.AUTH_API');
  });
});

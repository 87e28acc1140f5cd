// ExternalAuth through the core-like client, with exactly the keys identity 2.x sends, against
// a real OpenID provider (oidc-provider, shaped like a Keycloak realm) on loopback.
import { assertNoSecrets } from '@cloudforet/plugin-testing';
import { startOidcSandbox, type OidcSandbox } from '@cloudforet/sandbox';
import { badTokens, keycloakOptions } from './harness';
import { callFailure, startFakeProvider, startPlugin, type PluginUnderTest } from './plugin-under-test';

const DOMAIN = 'domain-1234';

describe('keycloak-identity-auth ExternalAuth (identity 2.x)', () => {
  let oidc: OidcSandbox;
  let plugin: PluginUnderTest;
  const issued: string[] = [];

  const init = (options: Record<string, unknown>) =>
    plugin.client.call('ExternalAuth.init', { options, domain_id: DOMAIN });
  const authorize = (options: Record<string, unknown>, access_token: unknown, metadata: Record<string, unknown> = {}) =>
    plugin.client.call('ExternalAuth.authorize', {
      options,
      secret_data: {},
      credentials: access_token === undefined ? {} : { access_token },
      schema_id: null,
      domain_id: DOMAIN,
      metadata,
    });
  const grant = async (username = 'alice') => {
    const token = await oidc.passwordGrant(username);
    issued.push(token);
    return token;
  };

  beforeAll(async () => {
    oidc = await startOidcSandbox();
    plugin = await startPlugin();
  });
  afterAll(async () => {
    await plugin.close();
    await oidc.close();
  });

  describe('init', () => {
    it('answers the upstream metadata, key for key', async () => {
      await expect(init(keycloakOptions(oidc))).resolves.toEqual({
        metadata: {
          client_id: 'cloudforet-console',
          realm: 'sandbox',
          authorization_endpoint: `${oidc.issuer}/protocol/openid-connect/auth`,
          token_endpoint: `${oidc.issuer}/protocol/openid-connect/token`,
          userinfo_endpoint: `${oidc.issuer}/protocol/openid-connect/userinfo`,
          end_session_endpoint: `${oidc.issuer}/protocol/openid-connect/logout`,
          auth_type: 'keycloak',
          protocol: 'oidc',
          identity_provider: 'keycloak',
        },
      });
    });

    it('leaves client_id out when the options have none', async () => {
      const { metadata } = await init({ 'openid-configuration': oidc.discoveryUrl });
      expect(metadata).not.toHaveProperty('client_id');
      expect(metadata).toHaveProperty('realm', 'sandbox');
    });

    it('gives a distinct clear error for a discovery URL that is down, not JSON, incomplete or not found', async () => {
      const broken = await startFakeProvider((path) =>
        path.startsWith('/html')
          ? { status: 200, type: 'text/html', body: '<html>login</html>' }
          : path.startsWith('/partial')
            ? {
                status: 200,
                body: JSON.stringify({
                  issuer: 'x',
                  authorization_endpoint: 'a',
                  token_endpoint: 't',
                  userinfo_endpoint: 'u',
                }),
              }
            : path.startsWith('/array')
              ? { status: 200, body: '[1, 2]' }
              : { status: 404, body: 'no' },
      );
      const down = await startFakeProvider(() => ({ status: 200, body: '{}' }));
      await down.close();
      try {
        const cases = {
          [`${down.url}/.well-known/openid-configuration`]: 'the discovery URL is unreachable (ECONNREFUSED)',
          [`${broken.url}/html/.well-known/openid-configuration`]: 'the discovery URL did not answer JSON',
          [`${broken.url}/partial/.well-known/openid-configuration`]:
            'the discovery document lacks end_session_endpoint',
          [`${broken.url}/missing/.well-known/openid-configuration`]: 'the discovery URL answered HTTP 404',
          [`${broken.url}/array/.well-known/openid-configuration`]:
            'the discovery document is not valid OpenID metadata',
          'not a url': 'not a URL',
        };
        for (const [url, reason] of Object.entries(cases)) {
          const error = await callFailure(init({ 'openid-configuration': url }));
          expect([error.codeName, error.details]).toEqual([
            'INVALID_ARGUMENT',
            `ERROR_INVALID_ARGUMENT: Argument is invalid. (key = options.openid-configuration, reason = ${reason})`,
          ]);
        }
        const none = await callFailure(init({}));
        expect(none.details).toBe(
          'ERROR_INVALID_ARGUMENT: Argument is invalid. (key = options.openid-configuration, reason = required unless options.metadata lists the endpoints)',
        );
      } finally {
        await broken.close();
      }
    });

    it('fails the connectivity check when the authorization endpoint does not answer 400', async () => {
      const error = await callFailure(
        init({
          metadata: {
            authorization_endpoint: `${oidc.discoveryUrl}`, // answers 200
            token_endpoint: `${oidc.issuer}/protocol/openid-connect/token`,
            userinfo_endpoint: `${oidc.issuer}/protocol/openid-connect/userinfo`,
            user_find_url: `${oidc.url}/admin/realms/sandbox/users`,
          },
        }),
      );
      expect([error.codeName, error.details]).toEqual([
        'NOT_FOUND',
        `ERROR_NOT_FOUND: Resource cannot be found or access is denied. (authorization_endpoint = ${oidc.discoveryUrl})`,
      ]);
    });

    it('gives the upstream codes for every field_mapper case, and accepts one without email', async () => {
      const options = (field_mapper: Record<string, unknown>) => keycloakOptions(oidc, { field_mapper });
      const cases: [Record<string, unknown>, string, string][] = [
        [
          { name: 'name' },
          'INVALID_ARGUMENT',
          'ERROR_REQUIRED_PARAMETER: Required parameter. (key = options.field_mapper.user_id)',
        ],
        [
          { user_id: 'sub' },
          'INVALID_ARGUMENT',
          "ERROR_INVALID_PARAMETER: Parameter is invalid. (key = options.field_mapper.user_id, reason = Choose one of the following: ['username', 'email', 'firstName', 'lastName', 'name'])",
        ],
        [
          { user_id: 'name' },
          'INVALID_ARGUMENT',
          'ERROR_INVALID_PARAMETER: Parameter is invalid. (key = options.field_mapper.user_id, reason = user_id field does not allow name.)',
        ],
        [
          { user_id: 'username', name: 'nickname' },
          'INVALID_ARGUMENT',
          "ERROR_INVALID_PARAMETER: Parameter is invalid. (key = options.field_mapper.name, reason = Choose one of the following: ['username', 'email', 'firstName', 'lastName', 'name'])",
        ],
        [
          { user_id: 'username', email: 'mail' },
          'INVALID_ARGUMENT',
          "ERROR_INVALID_PARAMETER: Parameter is invalid. (key = options.field_mapper.email, reason = Choose one of the following: ['username', 'email', 'firstName', 'lastName', 'name'])",
        ],
      ];
      for (const [mapper, code, details] of cases) {
        const error = await callFailure(init(options(mapper)));
        expect([error.codeName, error.details]).toEqual([code, details]);
      }
      await expect(init(options({ user_id: 'email', name: 'firstName' }))).resolves.toHaveProperty('metadata.realm');
      const user = await authorize(options({ user_id: 'email', name: 'firstName' }), await grant());
      expect(user).toEqual({ user_id: 'alice@example.com', name: 'Alice', state: 'ENABLED' });
    });

    it('names a mistyped option by its key path', async () => {
      const error = await callFailure(init(keycloakOptions(oidc, { validate_token: 'yes' })));
      expect(error.details).toBe(
        'ERROR_INVALID_PARAMETER_TYPE: Parameter type is invalid. (key = options.validate_token, type = boolean)',
      );
    });
  });

  describe('authorize', () => {
    it('returns the user of a genuine token, with the init metadata passed back as identity does', async () => {
      const options = keycloakOptions(oidc);
      const { metadata } = await init(options);
      await expect(authorize(options, await grant(), metadata as Record<string, unknown>)).resolves.toEqual({
        user_id: 'alice',
        name: 'Alice Liddell',
        email: 'alice@example.com',
        state: 'ENABLED',
      });
    });

    it('validates the token locally first with validate_token, and still answers the user', async () => {
      const options = keycloakOptions(oidc, { validate_token: true, audience: 'cloudforet-console' });
      await expect(authorize(options, await grant('bob'))).resolves.toEqual({
        user_id: 'bob',
        name: 'Bob Builder',
        email: 'bob@example.com',
        state: 'ENABLED',
      });
    });

    it('rejects each bad token with a clear error that contains no token', async () => {
      const reasons = [
        'it has expired',
        'it is signed with a key the provider does not publish',
        'its signature does not verify',
        'it was issued by another issuer',
        'it was issued for another audience',
        'it is not a signed JWT',
      ];
      const cases = badTokens(oidc);
      expect(cases).toHaveLength(reasons.length);
      for (const [i, bad] of cases.entries()) {
        const creds = (typeof bad.credentials === 'function' ? await bad.credentials() : bad.credentials) as {
          access_token: string;
        };
        issued.push(creds.access_token);
        const options = bad.options ?? keycloakOptions(oidc, { validate_token: true });
        const error = await callFailure(authorize(options, creds.access_token));
        expect([bad.what, error.codeName, error.details]).toEqual([
          bad.what,
          'UNAUTHENTICATED',
          `ERROR_AUTHENTICATE_FAILURE: Authenticate failure. (message = the access token is not valid: ${reasons[i]})`,
        ]);
        expect(error.details).not.toContain(creds.access_token);
      }
    });

    it('without validate_token, leaves the verdict to userinfo (upstream), still without the token in the error', async () => {
      const random = 'sOmE-rAnDoM-bearer-value-9876';
      const error = await callFailure(authorize(keycloakOptions(oidc), random));
      expect([error.codeName, error.details]).toEqual([
        'UNAUTHENTICATED',
        'ERROR_AUTHENTICATE_FAILURE: Authenticate failure. (message = the userinfo endpoint refused the access token (HTTP 401))',
      ]);
    });

    it('requires credentials.access_token', async () => {
      const error = await callFailure(authorize(keycloakOptions(oidc), undefined));
      expect(error.details).toBe('ERROR_REQUIRED_PARAMETER: Required parameter. (key = credentials.access_token)');
    });

    it('reports a missing user_id claim as a Keycloak configuration error', async () => {
      // a token of the realm whose user has no e-mail in userinfo would do; here: a realm user without email
      const noMail = await startOidcSandbox({
        users: [{ id: 'u-1', username: 'dora', password: 'dora-password-1', firstName: 'Dora' }],
      });
      try {
        const token = await noMail.passwordGrant('dora');
        issued.push(token);
        const error = await callFailure(
          authorize(keycloakOptions(noMail, { field_mapper: { user_id: 'email' } }), token),
        );
        expect(error.details).toBe('ERROR_KEYCLOAK_CONFIGURATION: Contact keycloak administrator, field=email');
      } finally {
        await noMail.close();
      }
    });

    it('works with explicit endpoints in options.metadata instead of discovery', async () => {
      const options = {
        metadata: {
          authorization_endpoint: `${oidc.issuer}/protocol/openid-connect/auth`,
          token_endpoint: `${oidc.issuer}/protocol/openid-connect/token`,
          userinfo_endpoint: `${oidc.issuer}/protocol/openid-connect/userinfo`,
          user_find_url: `${oidc.url}/admin/realms/sandbox/users`,
        },
      };
      await expect(init(options)).resolves.toEqual({
        metadata: {
          authorization_endpoint: options.metadata.authorization_endpoint,
          token_endpoint: options.metadata.token_endpoint,
          userinfo_endpoint: options.metadata.userinfo_endpoint,
          auth_type: 'keycloak',
          protocol: 'oidc',
          identity_provider: 'keycloak',
        },
      });
      await expect(authorize(options, await grant())).resolves.toMatchObject({ user_id: 'alice' });
    });
    it('reports a JWKS it cannot fetch as the provider failing, not the token', async () => {
      const options = {
        validate_token: true,
        metadata: {
          issuer: oidc.issuer,
          authorization_endpoint: `${oidc.issuer}/protocol/openid-connect/auth`,
          token_endpoint: `${oidc.issuer}/protocol/openid-connect/token`,
          userinfo_endpoint: `${oidc.issuer}/protocol/openid-connect/userinfo`,
          user_find_url: `${oidc.url}/admin/realms/sandbox/users`,
          jwks_uri: `${oidc.issuer}/no-such-jwks`,
        },
      };
      const error = await callFailure(authorize(options, await grant()));
      expect([error.codeName, error.details]).toEqual([
        'INTERNAL',
        'ERROR_AUTHORIZATION_SERVER: Authorization Server response code: 404 (jwks_uri)',
      ]);
    });
  });

  describe('caching and key rotation', () => {
    it('calls only userinfo per token: discovery and JWKS come from the cache', async () => {
      const options = keycloakOptions(oidc, { validate_token: true });
      await authorize(options, await grant()); // warm
      oidc.reset();
      for (let i = 0; i < 5; i++) await authorize(options, await grant());
      expect(oidc.calls).toMatchObject({ discovery: 0, jwks: 0, userinfo: 5, token: 5 });
    });

    it('validates tokens of a rotated key without a restart, fetching the JWKS once per unknown kid', async () => {
      const options = keycloakOptions(oidc, { validate_token: true });
      await authorize(options, await grant());
      const before = plugin.connector.jwks.fetches;
      await oidc.rotateKey();
      const fresh = await grant();
      await expect(authorize(options, fresh)).resolves.toMatchObject({ user_id: 'alice' });
      await expect(authorize(options, await grant('bob'))).resolves.toMatchObject({ user_id: 'bob' });
      expect(plugin.connector.jwks.fetches).toBe(before + 1);
      // a forged kid costs one JWKS request, not one per attempt
      const forged = await oidc.signWithUnpublishedKey(oidc.claimsOf('alice'), 'forged-kid');
      for (let i = 0; i < 3; i++) await callFailure(authorize(options, forged));
      expect(plugin.connector.jwks.fetches).toBe(before + 2);
    });
  });

  it('logs no access token, client secret or password anywhere in the run', () => {
    const secrets = [...issued, oidc.findClient.client_secret, ...oidc.users.map((u) => u.password)];
    expect(plugin.logs.lines.length).toBeGreaterThan(10);
    assertNoSecrets(plugin.logs.text, secrets, 'plugin logs');
  });
});

// ExternalAuth and the 1.x Auth through the core-like client, with exactly the keys identity
// sends, against the sandbox's Google tokeninfo.
import { assertNoSecrets } from '@cloudforet/plugin-testing';
import { startGoogleSandbox, type GoogleSandbox } from '@cloudforet/sandbox';
import { googleOptions } from './harness';
import { callFailure, startPlugin, type PluginUnderTest } from './plugin-under-test';

describe('googleoauth2-identity-auth', () => {
  let google: GoogleSandbox;
  const issued: string[] = [];
  const token = (grant: Parameters<GoogleSandbox['issueToken']>[0] = {}) => {
    const t = google.issueToken(grant);
    issued.push(t);
    return t;
  };

  beforeAll(async () => {
    google = await startGoogleSandbox();
  });
  afterAll(() => google.close());

  describe('ExternalAuth (identity 2.x)', () => {
    let plugin: PluginUnderTest;
    const authorize = (
      options: Record<string, unknown>,
      access_token: unknown,
      metadata: Record<string, unknown> = {},
    ) =>
      plugin.client.call('ExternalAuth.authorize', {
        options,
        secret_data: {},
        credentials: access_token === undefined ? {} : { access_token },
        schema_id: null,
        domain_id: 'domain-1',
        metadata,
      });

    beforeAll(async () => {
      plugin = await startPlugin(google.url);
    });
    afterAll(() => plugin.close());

    it('init answers the three endpoints, every option, then identity_provider and protocol', async () => {
      const options = {
        auth_type: 'google_oauth2',
        client_id: 'cid',
        domain: 'gmail.com',
        protocol: 'x',
        identity_provider: 'y',
      };
      await expect(plugin.client.call('ExternalAuth.init', { options, domain_id: 'domain-1' })).resolves.toEqual({
        metadata: {
          authorization_endpoint: google.url,
          token_endpoint: `${google.url}/oauth2/v2/tokeninfo`,
          userinfo_endpoint: `${google.url}/oauth2/v3/userinfo`,
          auth_type: 'google_oauth2',
          client_id: 'cid',
          domain: 'gmail.com',
          identity_provider: 'google',
          protocol: 'oauth2',
        },
      });
    });

    it('init fails the reachability check when the API host does not answer 404', async () => {
      const down = await startPlugin('http://127.0.0.1:9');
      try {
        const error = await callFailure(down.client.call('ExternalAuth.init', { options: {}, domain_id: 'd' }));
        expect([error.codeName, error.details]).toEqual([
          'NOT_FOUND',
          'ERROR_NOT_FOUND: Resource cannot be found or access is denied. (auth_server = http://127.0.0.1:9)',
        ]);
      } finally {
        await down.close();
      }
    });

    it('authorize answers user_id = email, with the stored metadata passed back', async () => {
      const options = googleOptions(google);
      const { metadata } = await plugin.client.call('ExternalAuth.init', { options, domain_id: 'domain-1' });
      await expect(
        authorize(options, token({ email: 'dave@example.org' }), metadata as Record<string, unknown>),
      ).resolves.toEqual({
        user_id: 'dave@example.org',
        email: 'dave@example.org',
        state: 'ENABLED',
      });
    });

    it('applies the validator domain, from the metadata first, then the options (upstream error)', async () => {
      const t = token({ email: 'eve@evil.example' });
      const fromOptions = await callFailure(authorize(googleOptions(google, { validator: 'example.com' }), t));
      expect([fromOptions.codeName, fromOptions.details]).toEqual([
        'INTERNAL',
        'ERROR_NOT_FOUND_USER_ID: User_id: eve@evil.example does not exist.',
      ]);
      await expect(
        authorize(googleOptions(google, { validator: 'example.com' }), t, { validator: 'evil.example' }),
      ).resolves.toMatchObject({ user_id: 'eve@evil.example' });
    });

    it('refuses bad tokens with a clear error that contains no token', async () => {
      const revoked = token();
      google.revoke(revoked);
      const cases: [Record<string, unknown>, string, string][] = [
        [googleOptions(google), revoked, 'Google does not recognise the access token (tokeninfo HTTP 400)'],
        [
          googleOptions(google),
          'ya29.random-string-0000',
          'Google does not recognise the access token (tokeninfo HTTP 400)',
        ],
        [googleOptions(google), token({ verified_email: false }), 'the e-mail of the access token is not verified'],
        [
          googleOptions(google, { check_audience: true }),
          token({ audience: 'other.apps.googleusercontent.com' }),
          'the access token was issued to another OAuth client',
        ],
      ];
      for (const [options, t, reason] of cases) {
        const error = await callFailure(authorize(options, t));
        expect([error.codeName, error.details]).toEqual([
          'UNAUTHENTICATED',
          `ERROR_AUTHENTICATE_FAILURE: Authenticate failure. (message = ${reason})`,
        ]);
        expect(error.details).not.toContain(t);
      }
    });

    it('check_audience accepts any of client_id and client_ids; without it, any audience passes (upstream)', async () => {
      const other = token({ audience: 'mobile.apps.googleusercontent.com' });
      await expect(authorize(googleOptions(google), other)).resolves.toMatchObject({ state: 'ENABLED' });
      await expect(
        authorize(
          googleOptions(google, { check_audience: true, client_ids: ['mobile.apps.googleusercontent.com'] }),
          other,
        ),
      ).resolves.toMatchObject({ state: 'ENABLED' });
      const noClient = await callFailure(authorize({ check_audience: true }, other));
      expect(noClient.details).toBe('ERROR_REQUIRED_PARAMETER: Required parameter. (key = options.client_id)');
    });

    it('requires credentials.access_token', async () => {
      const error = await callFailure(authorize(googleOptions(google), undefined));
      expect(error.details).toBe('ERROR_REQUIRED_PARAMETER: Required parameter. (key = credentials.access_token)');
    });

    it('stops waiting for tokeninfo when the caller gives up (the RPC signal reaches fetch)', async () => {
      google.latencyMs = 3000;
      try {
        const error = await callFailure(
          plugin.client.call(
            'ExternalAuth.authorize',
            {
              options: googleOptions(google),
              secret_data: {},
              credentials: { access_token: token() },
              domain_id: 'd',
              metadata: {},
            },
            { timeoutMs: 300 },
          ),
        );
        expect(error.codeName).toBe('DEADLINE_EXCEEDED');
        const deadline = Date.now() + 2000;
        let line: Record<string, unknown> | undefined;
        while (!line && Date.now() < deadline) {
          line = plugin.logs
            .records()
            .find((r) => r.rpc === 'ExternalAuth.authorize' && r.code !== 'OK' && (r.duration_ms as number) > 250);
          await new Promise((r) => setTimeout(r, 50));
        }
        expect(line?.duration_ms).toBeLessThan(1500);
      } finally {
        google.latencyMs = 0;
      }
    });

    it('logs no access token', () => {
      expect(plugin.logs.lines.length).toBeGreaterThan(5);
      assertNoSecrets(plugin.logs.text, issued, 'plugin logs');
    });
  });

  describe('legacy Auth (identity 1.x, AUTH_API=v1)', () => {
    let plugin: PluginUnderTest;
    beforeAll(async () => {
      plugin = await startPlugin(google.url, 'v1');
    });
    afterAll(() => plugin.close());

    it('serves Auth by reflection; init answers the three endpoints only; verify is Empty', async () => {
      expect(plugin.client.methods.Auth).toEqual(['init', 'verify', 'find', 'login']);
      expect(plugin.client.services).not.toContain('spaceone.api.identity.plugin.ExternalAuth');
      await expect(plugin.client.call('Auth.init', { options: { client_id: 'cid' } })).resolves.toEqual({
        metadata: {
          authorization_endpoint: google.url,
          token_endpoint: `${google.url}/oauth2/v2/tokeninfo`,
          userinfo_endpoint: `${google.url}/oauth2/v3/userinfo`,
        },
      });
      await expect(plugin.client.call('Auth.verify', { options: {}, secret_data: {}, schema: '' })).resolves.toEqual(
        {},
      );
    });

    it('login checks the options.domain suffix', async () => {
      const login = (options: Record<string, unknown>, access_token: string) =>
        plugin.client.call('Auth.login', { options, secret_data: {}, user_credentials: { access_token }, schema: '' });
      await expect(login({ domain: 'example.com' }, token())).resolves.toEqual({
        user_id: 'alice@example.com',
        email: 'alice@example.com',
        state: 'ENABLED',
      });
      const error = await callFailure(login({ domain: 'gmail.com' }, token()));
      expect(error.details).toBe('ERROR_NOT_FOUND_USER_ID: User_id: alice@example.com does not exist.');
    });

    it('find answers an unidentified user of the domain, refuses keywords and other domains', async () => {
      const find = (params: Record<string, unknown>) =>
        plugin.client.call('Auth.find', { options: {}, secret_data: {}, schema: '', ...params });
      await expect(find({ user_id: 'zed@gmail.com' })).resolves.toEqual({
        results: [{ user_id: 'zed@gmail.com', email: 'zed@gmail.com', state: 'UNIDENTIFIED' }],
        total_count: 1,
      });
      expect((await callFailure(find({ keyword: 'zed' }))).errorCode).toBe('ERROR_NOT_SUPPORT_KEYWORD_SEARCH');
      expect((await callFailure(find({ user_id: 'zed@example.com' }))).details).toBe(
        'ERROR_NOT_FOUND_USER_ID: User_id: zed@example.com does not exist.',
      );
      await expect(
        plugin.client.call('Auth.find', {
          options: { domain: 'example.com' },
          secret_data: {},
          user_id: 'zed@example.com',
        }),
      ).resolves.toMatchObject({ total_count: 1 });
    });

    it('logs no access token', () => {
      assertNoSecrets(plugin.logs.text, issued, 'plugin logs');
    });
  });
});

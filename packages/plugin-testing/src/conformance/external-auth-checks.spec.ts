import { authenticateFailure, implement, requiredParameter, type ServiceImplementation } from '@cloudforet/plugin-core';
import { ExternalAuthService, UserInfo_State } from '@cloudforet/api/gen/spaceone/api/identity/plugin/external_auth';
import { externalAuthChecks, type ExternalAuthFixture } from './external-auth-checks';
import { genericChecks } from './plugin-kind';
import { failures, resultOf, runSuite } from './test-support/run-suite';

const TOKEN = 'token-of-alice-0123456789';
const FIXTURE: ExternalAuthFixture = {
  options: { realm: 'example' },
  credentials: { access_token: TOKEN },
  user: { user_id: 'alice@example.com', email: 'alice@example.com' },
};

function auth(handlers: Parameters<typeof implement<typeof ExternalAuthService>>[1] = {}): ServiceImplementation[] {
  return [
    implement(ExternalAuthService, {
      init: () => ({ metadata: { identity_provider: 'example', protocol: 'oidc' } }),
      authorize: (req) => {
        const token = req.credentials?.access_token;
        if (!token) throw requiredParameter('credentials.access_token');
        if (token !== TOKEN) throw authenticateFailure('the access token is not valid');
        return { user_id: 'alice@example.com', email: 'alice@example.com', state: UserInfo_State.ENABLED };
      },
      ...handlers,
    }),
  ];
}

describe('externalAuthChecks', () => {
  it('passes a correct external auth, called as identity calls it (init metadata passed back)', async () => {
    const seen: unknown[] = [];
    const results = await runSuite(
      auth({
        authorize: (req) => {
          seen.push({ metadata: req.metadata, secret_data: req.secret_data, domain_id: req.domain_id });
          return auth()[0].handlers.authorize!(req, undefined as never) as never;
        },
      }),
      externalAuthChecks(FIXTURE),
    );
    expect(failures(results)).toEqual({});
    expect(seen[0]).toEqual({
      metadata: { identity_provider: 'example', protocol: 'oidc' },
      secret_data: {},
      domain_id: 'domain-conformance',
    });
  });

  it('requires identity_provider and protocol/auth_type', async () => {
    const results = await runSuite(auth({ init: () => ({ metadata: {} }) }), externalAuthChecks(FIXTURE));
    expect(resultOf(results, 'ExternalAuth.init answers').error).toBe(
      'ExternalAuth.init metadata: identity_provider is missing; neither protocol nor auth_type is set',
    );
  });

  it('requires user_id and the fixture user', async () => {
    const results = await runSuite(
      auth({ authorize: () => ({ name: 'Alice', email: 'bob@example.com' }) }),
      externalAuthChecks(FIXTURE),
    );
    expect(resultOf(results, 'fixture credentials').error).toBe(
      'authorize: no user_id (identity then fails the login): {"name":"Alice","email":"bob@example.com"}; ' +
        'user_id is undefined, expected "alice@example.com"; email is "bob@example.com", expected "alice@example.com"',
    );
  });

  it('requires UNAUTHENTICATED ERROR_AUTHENTICATE_FAILURE for bad credentials, without repeating them', async () => {
    const notFound = await runSuite(
      auth({
        authorize: (req) => {
          if (req.credentials?.access_token !== TOKEN) throw requiredParameter(`user ${req.credentials?.access_token}`);
          return { user_id: 'alice@example.com' };
        },
      }),
      externalAuthChecks(FIXTURE),
    );
    const error = resultOf(notFound, 'bad credentials').error;
    expect(error).toContain('expected UNAUTHENTICATED ERROR_AUTHENTICATE_FAILURE');
    expect(error).not.toContain(TOKEN);
  });

  it('fails when any credentials authorize', async () => {
    const results = await runSuite(
      auth({ authorize: () => ({ user_id: 'alice@example.com' }) }),
      externalAuthChecks(FIXTURE),
    );
    expect(resultOf(results, 'bad credentials').error).toBe(
      'authorize with bad credentials: expected an error, the call succeeded',
    );
    expect(resultOf(results, 'without credentials').error).toBe(
      'ExternalAuth.authorize with empty credentials: expected an error, the call succeeded',
    );
  });

  it('obtains fresh credentials from a function before each use, and checks every named bad token', async () => {
    let grants = 0;
    const seenOptions: unknown[] = [];
    const results = await runSuite(
      auth({
        authorize: (req) => {
          seenOptions.push(req.options);
          if (req.credentials?.access_token !== TOKEN) throw authenticateFailure('the access token is not valid');
          return { user_id: 'alice@example.com', email: 'alice@example.com', state: UserInfo_State.ENABLED };
        },
      }),
      externalAuthChecks({
        ...FIXTURE,
        credentials: async () => (grants++, { access_token: TOKEN }),
        rejects: [
          { what: 'an expired token', credentials: { access_token: 'expired-token-0000' } },
          {
            what: 'another audience',
            credentials: async () => ({ access_token: 'aud-token-0000' }),
            options: { audience: 'x' },
          },
        ],
      }),
    );
    expect(failures(results)).toEqual({});
    expect(grants).toBe(2); // the good login and the altered one
    expect(resultOf(results, 'each bad token').name).toBe(
      'ExternalAuth.authorize refuses each bad token (an expired token, another audience) without repeating it',
    );
    expect(seenOptions).toContainEqual({ audience: 'x' });
  });

  it('names the bad token that was accepted', async () => {
    const leaky = auth({
      authorize: (req) => {
        const token = req.credentials?.access_token;
        if (token === TOKEN || token === 'accepted-token-0000')
          return { user_id: 'alice@example.com', email: 'alice@example.com' };
        throw authenticateFailure(`bad token ${token}`);
      },
    });
    const accepted = await runSuite(
      leaky,
      externalAuthChecks({
        ...FIXTURE,
        rejects: [{ what: 'a forged token', credentials: { access_token: 'accepted-token-0000' } }],
      }),
    );
    expect(resultOf(accepted, 'each bad token').error).toBe(
      'authorize with a forged token: expected an error, the call succeeded',
    );
  });

  it('generic checks pass without a fixture', async () => {
    const results = await runSuite(auth(), genericChecks('identity.ExternalAuth'));
    expect(failures(results)).toEqual({});
  });
});

import type { CoreClient } from '../client/core-client';
import { badInputCheck } from './bad-input-check';
import { expectCleanError, expectNoProblems, type Dict } from './call-outcome';
import { commonChecks, coreKeysCheck } from './common-checks';
import { type ConformanceCheck, expectFailure, expectThat } from './conformance-check';
import { initChecks } from './init-checks';

/** An external auth set up on a domain, and a login through it. */
export interface ExternalAuthFixture {
  /** `options` of the domain's external auth plugin_info. */
  options: Dict;
  /**
   * Credentials of a user who may log in (e.g. `{ access_token }` from the sandbox IdP), or how
   * to obtain fresh ones (a real grant against the sandbox) before each check that uses them.
   */
  credentials: Credentials;
  /** Credentials that must be refused (default: each string of `credentials` altered). */
  badCredentials?: Credentials;
  /**
   * Tokens that must each be refused with UNAUTHENTICATED ERROR_AUTHENTICATE_FAILURE, never
   * repeated in the error: e.g. expired, signed by another key, from another issuer.
   * `options` replaces the fixture's for that case (e.g. with an audience option set).
   */
  rejects?: { what: string; credentials: Credentials; options?: Dict }[];
  /** The user `credentials` belong to; `user_id` must match, `name`/`email` when given. */
  user?: { user_id: string; name?: string; email?: string };
  /** Default `{}`: identity passes no secret in the token flow. */
  secret_data?: Dict;
  /** Default `domain-conformance`. */
  domain_id?: string;
}

/** Fixed credentials, or a function that obtains them (awaited before each use). */
export type Credentials = Dict | (() => Promise<Dict> | Dict);

const resolve = async (c: Credentials): Promise<Dict> => (typeof c === 'function' ? c() : c);

/** The keys the Cloudforet 2.x identity service sends (docs/wire-contract.md, request keys). */
export const EXTERNAL_AUTH_CORE_KEYS = {
  'ExternalAuth.init': ['options', 'domain_id'],
  'ExternalAuth.authorize': ['options', 'secret_data', 'credentials', 'schema_id', 'domain_id', 'metadata'],
};

const AUTH_SERVICES = [{ name: 'spaceone.api.identity.plugin.ExternalAuth', methods: ['init', 'authorize'] }];
const USER_STATES = ['ENABLED', 'DISABLED', 'UNIDENTIFIED'];
const INIT_DESCRIBES = 'identity_provider and protocol (or auth_type) for the console';

/**
 * The console drives the login from this metadata; the upstream plugins answer `identity_provider`
 * and `protocol` (Keycloak also `auth_type`).
 */
export function externalAuthMetadataProblems(metadata: Dict): string[] {
  const problems: string[] = [];
  if (typeof metadata.identity_provider !== 'string' || metadata.identity_provider === '')
    problems.push('identity_provider is missing');
  if (![metadata.protocol, metadata.auth_type].some((v) => typeof v === 'string' && v !== ''))
    problems.push('neither protocol nor auth_type is set');
  return problems;
}

/** The checks that need no fixture. */
export function externalAuthGenericChecks(): ConformanceCheck[] {
  const domain_id = 'domain-conformance';
  return [
    ...commonChecks(AUTH_SERVICES),
    coreKeysCheck(EXTERNAL_AUTH_CORE_KEYS),
    ...initChecks({
      method: 'ExternalAuth.init',
      request: { options: {}, domain_id },
      problemsOf: externalAuthMetadataProblems,
      describes: INIT_DESCRIBES,
      mayRequireOptions: true,
    }),
    badInputCheck(
      'ExternalAuth.authorize without credentials fails cleanly, and the plugin keeps serving',
      [
        {
          method: 'ExternalAuth.authorize',
          params: { options: {}, secret_data: {}, credentials: {}, domain_id, metadata: {} },
          what: 'empty credentials',
        },
      ],
      { mustFail: true },
    ),
  ];
}

/** The conformance suite of an identity.ExternalAuth plugin. */
export function externalAuthChecks(fixture: ExternalAuthFixture): ConformanceCheck[] {
  const domain_id = fixture.domain_id ?? 'domain-conformance';
  const { options } = fixture;
  // The identity service's login: options, the stored init metadata, no secret, the login credentials.
  const authorize = async (client: CoreClient, credentials: Dict, opts: Dict = options) => {
    const { metadata } = await client.call('ExternalAuth.init', { options: opts, domain_id });
    return client.call('ExternalAuth.authorize', {
      options: opts,
      secret_data: fixture.secret_data ?? {},
      credentials,
      schema_id: null,
      domain_id,
      metadata: metadata ?? {},
    });
  };
  return [
    ...commonChecks(AUTH_SERVICES),
    coreKeysCheck(EXTERNAL_AUTH_CORE_KEYS),
    ...initChecks({
      method: 'ExternalAuth.init',
      request: { options, domain_id },
      problemsOf: externalAuthMetadataProblems,
      describes: INIT_DESCRIBES,
    }),
    {
      name: 'ExternalAuth.authorize with the fixture credentials answers the user (user_id, state, name, email)',
      async run(client) {
        const user = await authorize(client, await resolve(fixture.credentials));
        expectNoProblems(userProblems(user, fixture.user), 'authorize');
      },
    },
    {
      name: 'ExternalAuth.authorize with bad credentials answers UNAUTHENTICATED ERROR_AUTHENTICATE_FAILURE',
      async run(client) {
        const bad = await resolve(fixture.badCredentials ?? (async () => alter(await resolve(fixture.credentials))));
        await expectRefused(authorize(client, bad), bad, 'authorize with bad credentials');
      },
    },
    ...(fixture.rejects?.length
      ? [
          {
            name: `ExternalAuth.authorize refuses each bad token (${fixture.rejects.map((r) => r.what).join(', ')}) without repeating it`,
            async run(client: CoreClient) {
              for (const reject of fixture.rejects!) {
                const bad = await resolve(reject.credentials);
                const what = `authorize with ${reject.what}`;
                await expectRefused(authorize(client, bad, reject.options ?? options), bad, what);
              }
            },
          },
        ]
      : []),
    badInputCheck(
      'ExternalAuth.authorize without credentials fails cleanly, and the plugin keeps serving',
      [
        {
          method: 'ExternalAuth.authorize',
          params: { options, secret_data: {}, credentials: {}, domain_id, metadata: {} },
          what: 'empty credentials',
        },
      ],
      { mustFail: true },
    ),
  ];
}

/** The login is refused as UNAUTHENTICATED ERROR_AUTHENTICATE_FAILURE, and the error repeats no credential. */
async function expectRefused(call: Promise<Dict>, credentials: Dict, what: string): Promise<void> {
  const err = await expectFailure(call, what);
  expectCleanError(err, what);
  expectThat(
    err.codeName === 'UNAUTHENTICATED' && err.errorCode === 'ERROR_AUTHENTICATE_FAILURE',
    `${what} answered ${err.codeName} ${err.details}; expected UNAUTHENTICATED ERROR_AUTHENTICATE_FAILURE`,
  );
  const leaked = Object.values(credentials).filter(
    (v) => typeof v === 'string' && v.length >= 4 && err.details?.includes(v),
  );
  expectThat(leaked.length === 0, `${what}: the error details repeat the credentials`);
}

function userProblems(user: Dict, expected: ExternalAuthFixture['user']): string[] {
  const problems: string[] = [];
  if (typeof user.user_id !== 'string' || user.user_id === '')
    problems.push(`no user_id (identity then fails the login): ${JSON.stringify(user)}`);
  if ('state' in user && !USER_STATES.includes(String(user.state)))
    problems.push(`state is ${JSON.stringify(user.state)}, not one of ${USER_STATES.join(', ')}`);
  if ('email' in user && !/^[^@\s]+@[^@\s]+$/.test(String(user.email))) problems.push('email is not an address');
  for (const key of ['user_id', 'name', 'email'] as const)
    if (expected?.[key] !== undefined && user[key] !== expected[key])
      problems.push(`${key} is ${JSON.stringify(user[key])}, expected ${JSON.stringify(expected[key])}`);
  return problems;
}

/** Every string changed, so no value of the good credentials survives. */
function alter(credentials: Dict): Dict {
  return Object.fromEntries(
    Object.entries(credentials).map(([k, v]) => [
      k,
      typeof v === 'string' ? `invalid-${v.split('').reverse().join('')}` : v,
    ]),
  );
}

// How the plugin runs against the sandbox's Keycloak-like realm (oidc-provider), for its
// conformance test, its image check, `npm start` and `cfplugin serve` (see PluginHarness).
// Options carry the discovery URL, so no environment is needed.
import { externalAuthChecks, type PluginHarness } from '@cloudforet/plugin-testing';
import type { OidcSandbox, Sandbox } from '@cloudforet/sandbox';

export const ALICE = { user_id: 'alice', name: 'Alice Liddell', email: 'alice@example.com' };

/** The options identity stores for a Keycloak external auth, pointed at the sandbox realm. */
export function keycloakOptions(oidc: OidcSandbox, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    'openid-configuration': oidc.discoveryUrl,
    client_id: oidc.loginClientId,
    auth_type: 'keycloak_oidc',
    protocol: 'oidc',
    identity_provider: 'keycloak',
    ...extra,
  };
}

/** Tokens the plugin must refuse with validate_token on: each is a reason a login must fail. */
export function badTokens(oidc: OidcSandbox) {
  const now = Math.floor(Date.now() / 1000);
  return [
    {
      what: 'an expired token',
      credentials: async () => ({
        access_token: await oidc.signWithRealmKey({ ...oidc.claimsOf('alice'), iat: now - 7200, exp: now - 3600 }),
      }),
    },
    {
      what: 'a token signed by another key',
      credentials: async () => ({ access_token: await oidc.signWithUnpublishedKey(oidc.claimsOf('alice')) }),
    },
    {
      what: 'a token signed by another key under the current kid',
      credentials: async () => ({
        access_token: await oidc.signWithUnpublishedKey(oidc.claimsOf('alice'), oidc.currentKid()),
      }),
    },
    {
      what: 'a token from another issuer',
      credentials: async () => ({
        access_token: await oidc.signWithRealmKey({ ...oidc.claimsOf('alice'), iss: `${oidc.url}/realms/other` }),
      }),
    },
    {
      what: 'a token for another audience (audience option set)',
      credentials: async () => ({ access_token: await oidc.passwordGrant('alice') }),
      options: keycloakOptions(oidc, { validate_token: true, audience: 'another-client' }),
    },
    { what: 'a random string', credentials: { access_token: 'rAnDoM-sTrInG-that-is-no-token-1234' } },
  ];
}

export async function harness(sandbox: Sandbox): Promise<PluginHarness> {
  const oidc = await sandbox.start('oidc');
  const options = keycloakOptions(oidc, { validate_token: true, audience: oidc.loginClientId });
  return {
    env: {},
    initOptions: options,
    docsInitOptions: [
      keycloakOptions(oidc),
      keycloakOptions(oidc, { field_mapper: { user_id: 'email', name: 'name' } }),
    ],
    checks: externalAuthChecks({
      options,
      credentials: async () => ({ access_token: await oidc.passwordGrant('alice') }),
      user: ALICE,
      rejects: badTokens(oidc),
    }),
    example: {
      method: 'ExternalAuth.authorize',
      params: {
        options: keycloakOptions(oidc, { validate_token: true }),
        secret_data: {},
        credentials: { access_token: oidc.demoToken },
        schema_id: null,
        domain_id: 'domain-example',
        metadata: {},
      },
    },
  };
}

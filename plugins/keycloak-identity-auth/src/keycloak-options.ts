import { invalidParameterType, type JsonSchema } from '@cloudforet/plugin-core';

/** The options this plugin reads (identity's own keys — protocol, identity_provider, ... — pass through). */
export interface KeycloakOptions {
  'openid-configuration'?: string;
  client_id?: string;
  verify?: boolean;
  ca_bundle?: string;
  admin_url_base_path?: string;
  field_mapper?: Record<string, unknown>;
  metadata?: Record<string, unknown>;
  validate_token?: boolean;
  audience?: string | string[];
  clock_skew?: number;
}

/** Type checks with the key path, before anything is fetched. */
export function readOptions(options: Record<string, unknown> | undefined): KeycloakOptions {
  const o = options ?? {};
  const expect = (
    key: string,
    type: 'string' | 'boolean' | 'number' | 'object',
    ok = (v: unknown) => typeof v === type,
  ) => {
    if (o[key] !== undefined && o[key] !== null && !ok(o[key])) throw invalidParameterType(`options.${key}`, type);
  };
  expect('openid-configuration', 'string');
  expect('client_id', 'string');
  expect('verify', 'boolean');
  expect('ca_bundle', 'string');
  expect('admin_url_base_path', 'string');
  expect('field_mapper', 'object', (v) => typeof v === 'object' && !Array.isArray(v));
  expect('metadata', 'object', (v) => typeof v === 'object' && !Array.isArray(v));
  expect('validate_token', 'boolean');
  expect('clock_skew', 'number', (v) => typeof v === 'number' && v >= 0);
  expect(
    'audience',
    'string',
    (v) => typeof v === 'string' || (Array.isArray(v) && v.every((x) => typeof x === 'string')),
  );
  return o as KeycloakOptions;
}

export const optionsSchema: JsonSchema = {
  type: 'object',
  properties: {
    'openid-configuration': {
      type: 'string',
      title: 'OpenID configuration URL',
      description:
        'https://<host>/realms/<realm>/.well-known/openid-configuration (Keycloak ≤ 16: /auth/realms/...). Required unless `metadata` lists the endpoints.',
    },
    client_id: { type: 'string', title: 'Login client id (public client), echoed into the metadata' },
    auth_type: { type: 'string', title: 'Informational (keycloak_oidc)' },
    verify: {
      type: 'boolean',
      default: true,
      title: 'Verify TLS certificates (false for a private CA; prefer ca_bundle)',
    },
    ca_bundle: { type: 'string', title: 'PEM certificates trusted in addition to the system roots' },
    admin_url_base_path: {
      type: 'string',
      default: '/auth/admin/realms/',
      title: 'Admin API base path for the 1.x find (Keycloak ≥ 17: /admin/realms/)',
    },
    field_mapper: {
      type: 'object',
      title: 'Keycloak fields for user_id, name, email (username, email, firstName, lastName, name)',
      properties: { user_id: { type: 'string' }, name: { type: 'string' }, email: { type: 'string' } },
    },
    metadata: {
      type: 'object',
      title:
        'Explicit endpoints instead of discovery: authorization_endpoint, token_endpoint, userinfo_endpoint, user_find_url',
    },
    validate_token: {
      type: 'boolean',
      default: false,
      title: 'Verify the access token locally (JWKS signature, issuer, expiry) before userinfo',
    },
    audience: { type: ['string', 'array'], title: 'With validate_token: the token aud or azp must be one of these' },
    clock_skew: {
      type: 'number',
      default: 30,
      title: 'With validate_token: seconds of clock skew allowed on exp/nbf/iat',
    },
  },
  examples: [
    {
      'openid-configuration': 'https://sso.example.com/realms/cloudforet/.well-known/openid-configuration',
      client_id: 'cloudforet-console',
      auth_type: 'keycloak_oidc',
      protocol: 'oidc',
      identity_provider: 'keycloak',
      field_mapper: { user_id: 'username', name: 'name', email: 'email' },
      validate_token: true,
      audience: 'cloudforet-console',
    },
  ],
};

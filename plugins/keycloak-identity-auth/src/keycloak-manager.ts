// Shapes Cloudforet's answers from what the connector fetched; shared by ExternalAuth and the 1.x Auth.
import { requiredParameter } from '@cloudforet/plugin-core';
import { readFieldMapper } from './field-mapper';
import { realmOf } from './discovery';
import type { KeycloakConnector, Provider } from './keycloak-connector';
import { readOptions, type KeycloakOptions } from './keycloak-options';
import { userFromClaims, type MappedUser } from './user-mapping';

/** The fixed part of init's metadata: the console drives the login from it. */
export const KEYCLOAK_METADATA = { auth_type: 'keycloak', protocol: 'oidc', identity_provider: 'keycloak' };

export class KeycloakManager {
  constructor(readonly connector: KeycloakConnector) {}

  /** Options and field_mapper checks (no network), then discovery and the connectivity check. */
  async prepare(
    rawOptions: Record<string, unknown> | undefined,
  ): Promise<{ options: KeycloakOptions; provider: Provider }> {
    const options = readOptions(rawOptions);
    readFieldMapper(options.field_mapper);
    const provider = await this.connector.provider(options);
    await this.connector.checkAuthorizationEndpoint(provider);
    return { options, provider };
  }

  /** ExternalAuth.init's metadata, key for key as upstream 1.3.4. */
  async initMetadata(rawOptions: Record<string, unknown> | undefined): Promise<Record<string, string>> {
    const { options, provider } = await this.prepare(rawOptions);
    const e = provider.endpoints;
    return {
      ...(options.client_id ? { client_id: options.client_id } : {}),
      ...(provider.discovered ? { realm: realmOf(e.issuer) } : {}),
      authorization_endpoint: e.authorization_endpoint,
      token_endpoint: e.token_endpoint,
      userinfo_endpoint: e.userinfo_endpoint,
      ...(e.end_session_endpoint ? { end_session_endpoint: e.end_session_endpoint } : {}),
      ...KEYCLOAK_METADATA,
    };
  }

  /** The user a bearer token belongs to: optional local validation, then userinfo. */
  async authorize(
    rawOptions: Record<string, unknown> | undefined,
    credentials: Record<string, unknown> | undefined,
    credentialsKey: string,
  ): Promise<MappedUser> {
    const options = readOptions(rawOptions);
    const mapper = readFieldMapper(options.field_mapper);
    const token = credentials?.access_token;
    if (typeof token !== 'string' || token === '') throw requiredParameter(`${credentialsKey}.access_token`);
    const provider = await this.connector.provider(options);
    if (options.validate_token) await this.connector.validateToken(provider, token, options);
    const claims = await this.connector.userinfo(provider, token);
    return userFromClaims(claims, mapper);
  }
}

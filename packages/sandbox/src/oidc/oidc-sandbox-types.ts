import type { OidcEndpoint } from './keycloak-routes';
import type { RealmUser } from './realm-users';

export interface OidcClientConfig {
  client_id: string;
  /** Set for a confidential client (client credentials); none makes a public login client. */
  client_secret?: string;
  redirect_uris?: string[];
  /** A confidential client allowed to call the admin users API (realm-management/view-users). */
  view_users?: boolean;
  /** Its access tokens' lifetime in seconds, instead of the realm's. */
  access_token_ttl?: number;
}

export interface OidcSandboxOptions {
  /** Default 0 (ephemeral); binds 127.0.0.1. */
  port?: number;
  /** Default `sandbox`: the issuer is `http://127.0.0.1:<port>/realms/<realm>`. */
  realm?: string;
  users?: RealmUser[];
  /**
   * Default: `cloudforet-console` (public), `cloudforet-demo` (public, 12 h tokens, for
   * `demoToken`) and `cloudforet-find` (confidential, view-users).
   */
  clients?: OidcClientConfig[];
  /** Access token lifetime in seconds, default 300 (Keycloak's default). */
  accessTokenTtl?: number;
  /** Delay before every answer, default 0. */
  latencyMs?: number;
}

export interface OidcSandbox {
  /** `http://127.0.0.1:<port>` */
  url: string;
  realm: string;
  /** `${url}/realms/${realm}` */
  issuer: string;
  /** `${issuer}/.well-known/openid-configuration`, the plugin's `openid-configuration` option. */
  discoveryUrl: string;
  /** `${url}/admin/realms/${realm}/users` */
  adminUsersUrl: string;
  users: RealmUser[];
  clients: OidcClientConfig[];
  /** The public login client's id. */
  loginClientId: string;
  /** The confidential find client (client credentials, view-users). */
  findClient: { client_id: string; client_secret: string };
  /** The key that signs new tokens. */
  currentKid(): string;
  /** Every kid the JWKS endpoint publishes, newest first. */
  publishedKids(): string[];
  /** A new signing key; the previous one stays published (Keycloak's passive key) unless `retireOld`. */
  rotateKey(opts?: { retireOld?: boolean }): Promise<string>;
  /** A genuine access token: a password grant (Keycloak's direct access grant) over HTTP. */
  passwordGrant(username: string, password?: string, clientId?: string): Promise<string>;
  /** A JWT signed with the realm's current key and the given claims (for expired, foreign-issuer tokens). */
  signWithRealmKey(claims: Record<string, unknown>): Promise<string>;
  /** A JWT signed with a key the realm never published, under `kid` (default: a new random kid). */
  signWithUnpublishedKey(claims: Record<string, unknown>, kid?: string): Promise<string>;
  /** The claims a genuine access token of `username` carries now (for signing look-alikes). */
  claimsOf(username: string, lifetimeSeconds?: number): Record<string, unknown>;
  /** A genuine access token of alice through `cloudforet-demo`, issued at start, valid 12 h (npm start's demo). */
  demoToken: string;
  /** Calls per endpoint since the last reset. */
  calls: Record<OidcEndpoint, number>;
  latencyMs: number;
  reset(): void;
  close(): Promise<void>;
}

import type Provider from 'oidc-provider';
import { KEYCLOAK_ROUTES } from './keycloak-routes';
import type { MemoryStore } from './memory-store';
import { registerPasswordGrant } from './password-grant';
import { userClaims, type RealmUser } from './realm-users';
import type { SigningKey } from './signing-key';
import type { OidcClientConfig } from './oidc-sandbox-types';

export interface RealmConfig {
  issuer: string;
  clients: OidcClientConfig[];
  users: () => RealmUser[];
  /** Newest first: the first signs, the others stay published (Keycloak's passive keys). */
  keys: SigningKey[];
  store: MemoryStore;
  /** Seconds, by the client the token is issued to. */
  accessTokenTtl: (clientId: string | undefined) => number;
}

/** One oidc-provider instance configured like a Keycloak realm. */
export function buildProvider(oidc: typeof import('oidc-provider'), realm: RealmConfig): Provider {
  const provider = new oidc.default(realm.issuer, {
    adapter: (name: string) => realm.store.adapterFor(name),
    clients: realm.clients.map((c) =>
      c.client_secret
        ? {
            client_id: c.client_id,
            client_secret: c.client_secret,
            grant_types: ['client_credentials', 'password'],
            response_types: [],
            redirect_uris: [],
          }
        : {
            client_id: c.client_id,
            token_endpoint_auth_method: 'none',
            grant_types: ['authorization_code', 'password'],
            response_types: ['code'],
            redirect_uris: c.redirect_uris ?? ['http://127.0.0.1/callback'],
          },
    ),
    jwks: { keys: realm.keys.map((k) => k.jwk) },
    findAccount: async (_ctx, sub) => {
      const user = realm.users().find((u) => u.id === sub && (u.enabled ?? true));
      return user && { accountId: sub, claims: () => ({ sub, ...userClaims(user) }) };
    },
    claims: {
      openid: ['sub'],
      profile: ['name', 'given_name', 'family_name', 'preferred_username'],
      email: ['email', 'email_verified'],
    },
    scopes: ['openid', 'profile', 'email'],
    routes: KEYCLOAK_ROUTES,
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      introspection: { enabled: true },
      revocation: { enabled: true },
      rpInitiatedLogout: { enabled: true },
    },
    renderError: (ctx, out) => {
      ctx.type = 'application/json';
      ctx.body = out;
    },
    ttl: {
      AccessToken: (_ctx, _token, client) => realm.accessTokenTtl(client?.clientId),
      ClientCredentials: (_ctx, _token, client) => realm.accessTokenTtl(client?.clientId),
      Grant: 3600,
      Session: 3600,
      Interaction: 600,
      AuthorizationCode: 60,
      IdToken: 300,
    },
    formats: {
      customizers: {
        // What a Keycloak access token carries besides the standard claims.
        jwt: (_ctx, token, jwt) => {
          if (!('accountId' in token)) return; // client credentials: no user
          const user = realm.users().find((u) => u.id === token.accountId);
          jwt.payload.aud = 'account';
          jwt.payload.azp = token.clientId;
          jwt.payload.typ = 'Bearer';
          if (user) jwt.payload.preferred_username = user.username;
          if (user?.email) jwt.payload.email = user.email;
          const { jti, iat, exp, scope } = jwt.payload as { jti: string; iat: number; exp: number; scope: string };
          realm.store.rememberJwtAccessToken({
            jti,
            iat,
            exp,
            scope,
            accountId: token.accountId,
            clientId: token.clientId,
            grantId: token.grantId,
            gty: token.gty,
          });
        },
      },
    },
  });
  provider.proxy = false;
  registerPasswordGrant(provider, oidc.errors, realm.users, () => realm.keys[0].kid);
  return provider;
}

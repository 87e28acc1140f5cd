/** Keycloak's endpoint paths under a realm's issuer (`/realms/<realm>`). */
export const KEYCLOAK_ROUTES = {
  authorization: '/protocol/openid-connect/auth',
  token: '/protocol/openid-connect/token',
  userinfo: '/protocol/openid-connect/userinfo',
  jwks: '/protocol/openid-connect/certs',
  end_session: '/protocol/openid-connect/logout',
  introspection: '/protocol/openid-connect/token/introspect',
  revocation: '/protocol/openid-connect/revoke',
} as const;

/** Which endpoint a request path (under the issuer) is, for the per-endpoint call counts. */
export type OidcEndpoint = keyof typeof KEYCLOAK_ROUTES | 'discovery' | 'admin_users' | 'other';

export function endpointOf(pathUnderIssuer: string): OidcEndpoint {
  if (pathUnderIssuer === '/.well-known/openid-configuration') return 'discovery';
  for (const [name, path] of Object.entries(KEYCLOAK_ROUTES))
    if (pathUnderIssuer === path) return name as keyof typeof KEYCLOAK_ROUTES;
  return 'other';
}

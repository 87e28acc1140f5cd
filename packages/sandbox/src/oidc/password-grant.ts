import { timingSafeEqual } from 'node:crypto';
import type Provider from 'oidc-provider';
import type { KoaContextWithOIDC, errors as OidcErrors } from 'oidc-provider';
import type { RealmUser } from './realm-users';

/** The scopes every sandbox token carries, as a Keycloak client with default client scopes. */
export const TOKEN_SCOPE = 'openid profile email';

/**
 * Keycloak's "direct access grant" (`grant_type=password`): oidc-provider has no built-in
 * password grant, so the realm registers one. It issues the same JWT access token an
 * authorization code flow would, through the provider's own AccessToken model.
 */
export function registerPasswordGrant(
  provider: Provider,
  errors: typeof OidcErrors,
  users: () => RealmUser[],
  kid: () => string,
): void {
  provider.registerGrantType(
    'password',
    async (ctx: KoaContextWithOIDC) => {
      const params = ctx.oidc.params as { username?: string; password?: string };
      const client = ctx.oidc.client!;
      const user = users().find((u) => u.username === params.username && (u.enabled ?? true));
      if (!user || !samePassword(user.password, params.password ?? ''))
        throw new errors.InvalidGrant('Invalid user credentials');

      const grant = new provider.Grant({ accountId: user.id, clientId: client.clientId });
      grant.addOIDCScope(TOKEN_SCOPE);
      const grantId = await grant.save();
      const token = new provider.AccessToken({
        accountId: user.id,
        client,
        grantId,
        gty: 'password',
        scope: TOKEN_SCOPE,
        // A JWT signed with the realm's active key. No stored audience, so the provider's own
        // userinfo accepts it; the JWT gets Keycloak's `aud: account` (see the jwt customizer).
        resourceServer: new provider.ResourceServer('account', {
          audience: [] as unknown as string,
          scope: TOKEN_SCOPE,
          accessTokenFormat: 'jwt',
          jwt: { sign: { alg: 'RS256', kid: kid() } },
        }),
      });
      ctx.body = {
        access_token: await token.save(),
        expires_in: token.expiration,
        token_type: 'Bearer',
        scope: TOKEN_SCOPE,
      };
    },
    ['username', 'password', 'scope'],
  );
}

function samePassword(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

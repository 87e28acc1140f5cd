/** A user of the sandbox realm, with Keycloak's own field names (the admin users API shape). */
export interface RealmUser {
  /** Keycloak's user id (a UUID), the OIDC `sub`. */
  id: string;
  username: string;
  /** The password of the direct access grant; never returned by any endpoint. */
  password: string;
  firstName?: string;
  lastName?: string;
  email?: string;
  emailVerified?: boolean;
  enabled?: boolean;
}

/** Alice and Bob log in; Carol is disabled (the admin search skips her, as Keycloak's plugin did). */
export const DEFAULT_REALM_USERS: RealmUser[] = [
  {
    id: '5f0c6a4e-8a34-4c2b-9d1e-000000000001',
    username: 'alice',
    password: 'alice-sandbox-password',
    firstName: 'Alice',
    lastName: 'Liddell',
    email: 'alice@example.com',
    emailVerified: true,
  },
  {
    id: '5f0c6a4e-8a34-4c2b-9d1e-000000000002',
    username: 'bob',
    password: 'bob-sandbox-password',
    firstName: 'Bob',
    lastName: 'Builder',
    email: 'bob@example.com',
    emailVerified: false,
  },
  {
    id: '5f0c6a4e-8a34-4c2b-9d1e-000000000003',
    username: 'carol',
    password: 'carol-sandbox-password',
    firstName: 'Carol',
    lastName: 'Danvers',
    email: 'carol@example.com',
    enabled: false,
  },
];

/** The OIDC claims Keycloak's userinfo answers for a user (scopes openid, profile, email). */
export function userClaims(user: RealmUser): Record<string, unknown> {
  const name = [user.firstName, user.lastName].filter(Boolean).join(' ');
  return {
    sub: user.id,
    preferred_username: user.username,
    ...(name ? { name } : {}),
    ...(user.firstName ? { given_name: user.firstName } : {}),
    ...(user.lastName ? { family_name: user.lastName } : {}),
    ...(user.email ? { email: user.email, email_verified: user.emailVerified ?? false } : {}),
  };
}

/** The admin users API's representation: everything but the password. */
export function adminRepresentation(user: RealmUser): Record<string, unknown> {
  const { password: _password, ...rest } = user;
  return { enabled: true, ...rest };
}

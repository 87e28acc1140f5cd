// REPLACE THIS FILE: the connector is the only part that talks to the identity provider
// (an OIDC userinfo endpoint, an LDAP bind, ...). The example checks an access token
// against the user table in options, so the generated plugin runs as it is.
import { createHash, timingSafeEqual } from 'node:crypto';
import { authenticateFailure, requireKeys } from '@cloudforet/plugin-core';

/** A user as the identity provider describes it. */
export interface ExternalUser {
  user_id: string;
  name?: string;
  email?: string;
}

export interface UserConnector {
  /** The user the credentials belong to; throws ERROR_AUTHENTICATE_FAILURE when they are not valid. */
  authenticate(
    options: Record<string, unknown>,
    credentials: Record<string, unknown>,
    signal: AbortSignal,
  ): Promise<ExternalUser>;
}

interface UserRow extends ExternalUser {
  token_sha256: string;
}

export class ExampleUserConnector implements UserConnector {
  async authenticate(options: Record<string, unknown>, credentials: Record<string, unknown>): Promise<ExternalUser> {
    requireKeys({ credentials }, ['credentials.access_token']);
    const digest = createHash('sha256').update(String(credentials.access_token)).digest();
    const row = ((options.users ?? []) as UserRow[]).find((u) =>
      timingSafeEqual(Buffer.from(u.token_sha256, 'hex'), digest),
    );
    // Never repeat the token in the error: it would reach the caller and the logs.
    if (!row) throw authenticateFailure('the access token is not valid');
    return { user_id: row.user_id, name: row.name, email: row.email };
  }
}

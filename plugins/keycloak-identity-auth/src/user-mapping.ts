import { notFound } from '@cloudforet/plugin-core';
import { CLAIM_OF, type FieldMapper } from './field-mapper';
import { keycloakConfiguration } from './keycloak-errors';

export interface MappedUser {
  user_id: string;
  name?: string;
  email?: string;
}

/** userinfo claims → the user, through field_mapper (OIDC claim names), as upstream's authorize. */
export function userFromClaims(claims: Record<string, unknown>, mapper: FieldMapper): MappedUser {
  if (claims.sub === undefined) throw notFound('user', '<from access_token>');
  const claim = CLAIM_OF[mapper.user_id];
  const userId = claims[claim];
  if (typeof userId !== 'string' || userId === '') throw keycloakConfiguration(claim);
  const text = (key: string | undefined) =>
    key && typeof claims[key] === 'string' ? (claims[key] as string) : undefined;
  return { user_id: userId, name: text(CLAIM_OF[mapper.name]), email: text(mapper.email && CLAIM_OF[mapper.email]) };
}

/** An admin users API entry → the user (Keycloak field names; name = "firstName lastName"), as upstream's find. */
export function userFromAdminEntry(entry: Record<string, unknown>, mapper: FieldMapper): MappedUser {
  const text = (key: string) => (typeof entry[key] === 'string' ? (entry[key] as string) : undefined);
  const name = [text('firstName'), text('lastName')].filter(Boolean).join(' ');
  return { user_id: text(mapper.user_id) ?? '', name: name || undefined, email: text('email') };
}

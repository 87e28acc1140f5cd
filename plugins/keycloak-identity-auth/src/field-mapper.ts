import { invalidParameter, requiredParameter } from '@cloudforet/plugin-core';

export const ALLOWED_FIELDS = ['username', 'email', 'firstName', 'lastName', 'name'] as const;
export type KeycloakField = (typeof ALLOWED_FIELDS)[number];

export interface FieldMapper {
  user_id: KeycloakField;
  name: KeycloakField;
  email?: KeycloakField;
}

const DEFAULT: FieldMapper = { user_id: 'username', name: 'name', email: 'email' };
const KEY = 'options.field_mapper';
const CHOOSE = `Choose one of the following: [${ALLOWED_FIELDS.map((f) => `'${f}'`).join(', ')}]`;
const allowed = (v: unknown): v is KeycloakField => ALLOWED_FIELDS.includes(v as KeycloakField);

/**
 * The upstream checks and codes; one deliberate difference: `email` may be left out (upstream
 * failed on a mapper without it). Without `field_mapper`, the upstream default.
 */
export function readFieldMapper(mapper: Record<string, unknown> | undefined): FieldMapper {
  if (mapper === undefined || mapper === null) return DEFAULT;
  if (mapper.user_id === undefined || mapper.user_id === null) throw requiredParameter(`${KEY}.user_id`);
  if (!allowed(mapper.user_id)) throw invalidParameter(`${KEY}.user_id`, CHOOSE);
  if (mapper.user_id === 'name') throw invalidParameter(`${KEY}.user_id`, 'user_id field does not allow name.');
  for (const key of ['name', 'email'] as const)
    if (mapper[key] !== undefined && mapper[key] !== null && !allowed(mapper[key]))
      throw invalidParameter(`${KEY}.${key}`, CHOOSE);
  return {
    user_id: mapper.user_id,
    name: (mapper.name as KeycloakField | undefined) ?? 'name',
    ...(mapper.email ? { email: mapper.email as KeycloakField } : {}),
  };
}

/** Keycloak field → OIDC claim, as upstream derives it for userinfo. */
export const CLAIM_OF: Record<KeycloakField, string> = {
  username: 'preferred_username',
  firstName: 'given_name',
  lastName: 'family_name',
  email: 'email',
  name: 'name',
};

import type { IncomingMessage } from 'node:http';
import type Provider from 'oidc-provider';
import { jsonReply, type HttpReply } from '../http/http-reply';
import { adminRepresentation, type RealmUser } from './realm-users';
import type { OidcClientConfig } from './oidc-sandbox-types';

const FIELDS = ['username', 'email', 'firstName', 'lastName'] as const;

/**
 * Keycloak's `GET /admin/realms/<realm>/users` for a service account holding view-users:
 * `search` matches any of the fields, a field parameter that field (substring, case-insensitive;
 * `exact=true` for equality), `max` caps the list. Disabled users are listed, as Keycloak does.
 */
export async function adminUsers(
  req: IncomingMessage,
  url: URL,
  provider: Provider,
  users: RealmUser[],
  clients: OidcClientConfig[],
): Promise<HttpReply> {
  if (req.method !== 'GET') return jsonReply(405, { error: 'HTTP 405 Method Not Allowed' });
  const bearer = /^Bearer (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
  const token = bearer ? await provider.ClientCredentials.find(bearer) : undefined;
  if (!token) return jsonReply(401, { error: 'HTTP 401 Unauthorized' });
  if (!clients.find((c) => c.client_id === token.clientId)?.view_users)
    return jsonReply(403, { error: 'HTTP 403 Forbidden' });

  const q = url.searchParams;
  const exact = q.get('exact') === 'true';
  const matches = (value: string | undefined, wanted: string) =>
    value !== undefined && (exact ? value === wanted : value.toLowerCase().includes(wanted.toLowerCase()));
  const search = q.get('search');
  const found = users.filter(
    (u) =>
      (search === null || search === '*' || FIELDS.some((f) => matches(u[f], search))) &&
      FIELDS.every((f) => q.get(f) === null || matches(u[f], q.get(f)!)),
  );
  const max = Number(q.get('max') ?? 100);
  return jsonReply(200, found.slice(0, Number.isFinite(max) ? max : 100).map(adminRepresentation));
}

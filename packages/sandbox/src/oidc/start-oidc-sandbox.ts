import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type Provider from 'oidc-provider';
import { jsonReply, writeHttpReply } from '../http/http-reply';
import { listenLoopback } from '../http/listen-loopback';
import { adminUsers } from './admin-users-api';
import { buildProvider } from './build-provider';
import { endpointOf, KEYCLOAK_ROUTES, type OidcEndpoint } from './keycloak-routes';
import { loadOidcProvider } from './load-oidc-provider';
import { MemoryStore } from './memory-store';
import type { OidcClientConfig, OidcSandbox, OidcSandboxOptions } from './oidc-sandbox-types';
import { DEFAULT_REALM_USERS } from './realm-users';
import { signJwt } from './sign-jwt';
import { newSigningKey, type SigningKey } from './signing-key';

export const DEFAULT_OIDC_CLIENTS: OidcClientConfig[] = [
  { client_id: 'cloudforet-console' },
  { client_id: 'cloudforet-demo', access_token_ttl: 12 * 3600 },
  { client_id: 'cloudforet-find', client_secret: 'cloudforet-find-sandbox-secret', view_users: true },
];

const ENDPOINTS: OidcEndpoint[] = [
  ...(Object.keys(KEYCLOAK_ROUTES) as OidcEndpoint[]),
  'discovery',
  'admin_users',
  'other',
];
const zeroCalls = () => Object.fromEntries(ENDPOINTS.map((e) => [e, 0])) as Record<OidcEndpoint, number>;

/**
 * A real OpenID provider (oidc-provider) on loopback, shaped like a Keycloak realm: issuer
 * `/realms/<realm>`, Keycloak's endpoint paths, RS256 JWT access tokens with `aud: account` and
 * `azp`, a rotating signing key, and a stand-in of the admin users API.
 */
export async function startOidcSandbox(options: OidcSandboxOptions = {}): Promise<OidcSandbox> {
  const realm = options.realm ?? 'sandbox';
  const users = options.users ?? DEFAULT_REALM_USERS;
  const clients = options.clients ?? DEFAULT_OIDC_CLIENTS;
  const oidcModule = await loadOidcProvider();
  const store = new MemoryStore();
  let keys: SigningKey[] = [await newSigningKey()];
  let provider: Provider | undefined;
  let callback: ReturnType<Provider['callback']> | undefined;
  const prefix = `/realms/${realm}`;
  const adminPath = `/admin/realms/${realm}/users`;

  const server = createServer((req, res) => void handle(req, res));
  await listenLoopback(server, options.port);
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const issuer = `${url}${prefix}`;

  const sandbox: OidcSandbox = {
    url,
    realm,
    issuer,
    discoveryUrl: `${issuer}/.well-known/openid-configuration`,
    adminUsersUrl: `${url}${adminPath}`,
    users,
    clients,
    loginClientId: clients.find((c) => !c.client_secret)?.client_id ?? 'cloudforet-console',
    findClient: (() => {
      const c = clients.find((x) => x.client_secret && x.view_users);
      return { client_id: c?.client_id ?? '', client_secret: c?.client_secret ?? '' };
    })(),
    currentKid: () => keys[0].kid,
    publishedKids: () => keys.map((k) => k.kid),
    async rotateKey(opts = {}) {
      keys = opts.retireOld ? [await newSigningKey()] : [await newSigningKey(), keys[0]];
      install();
      return keys[0].kid;
    },
    async passwordGrant(username, password, clientId = sandbox.loginClientId) {
      const user = users.find((u) => u.username === username);
      const body = new URLSearchParams({
        grant_type: 'password',
        client_id: clientId,
        username,
        password: password ?? user?.password ?? '',
        scope: 'openid profile email',
      });
      const res = await fetch(`${issuer}${KEYCLOAK_ROUTES.token}`, { method: 'POST', body });
      const json = (await res.json()) as { access_token?: string; error?: string };
      if (!res.ok || !json.access_token) throw new Error(`password grant failed: HTTP ${res.status} ${json.error}`);
      return json.access_token;
    },
    async signWithRealmKey(claims) {
      return signJwt(claims, keys[0]);
    },
    async signWithUnpublishedKey(claims, kid) {
      const key = await newSigningKey();
      return signJwt(claims, kid ? { ...key, kid } : key);
    },
    claimsOf(username, lifetimeSeconds = 300) {
      const user = users.find((u) => u.username === username);
      const now = Math.floor(Date.now() / 1000);
      return {
        iss: issuer,
        sub: user?.id,
        aud: 'account',
        azp: sandbox.loginClientId,
        typ: 'Bearer',
        scope: 'openid profile email',
        preferred_username: username,
        email: user?.email,
        iat: now,
        exp: now + lifetimeSeconds,
        jti: randomUUID(),
      };
    },
    demoToken: '',
    calls: zeroCalls(),
    latencyMs: options.latencyMs ?? 0,
    reset() {
      sandbox.calls = zeroCalls();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };

  function install(): void {
    provider = buildProvider(oidcModule, {
      issuer,
      clients,
      users: () => users,
      keys,
      store,
      accessTokenTtl: (clientId) =>
        clients.find((c) => c.client_id === clientId)?.access_token_ttl ?? options.accessTokenTtl ?? 300,
    });
    callback = provider.callback();
  }
  install();
  sandbox.demoToken = clients.some((c) => c.client_id === 'cloudforet-demo')
    ? await sandbox.passwordGrant(users[0].username, undefined, 'cloudforet-demo')
    : '';

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0];
    const endpoint: OidcEndpoint = path.startsWith(`${prefix}/`)
      ? endpointOf(path.slice(prefix.length))
      : path === adminPath
        ? 'admin_users'
        : 'other';
    sandbox.calls[endpoint]++;
    if (sandbox.latencyMs > 0) await new Promise((r) => setTimeout(r, sandbox.latencyMs));
    try {
      if (endpoint === 'admin_users') {
        const reply = await adminUsers(req, new URL(req.url ?? '/', url), provider!, users, clients);
        return writeHttpReply(res, reply);
      }
      if (!path.startsWith(`${prefix}/`)) return writeHttpReply(res, jsonReply(404, { error: 'Not Found' }));
      // Mount the provider at the realm path, as an Express/Connect mount would.
      (req as IncomingMessage & { originalUrl?: string }).originalUrl = req.url;
      req.url = req.url!.slice(prefix.length);
      callback!(req, res);
    } catch {
      writeHttpReply(res, jsonReply(500, { error: 'sandbox failure' }));
    }
  }

  return sandbox;
}

// identity 1.x: the `Auth` service of plugin ≤ 1.3.3 (init, verify, login, find), opt-in.
import { requireKeys, type Handlers } from '@cloudforet/plugin-core';
import {
  UserInfo_State,
  type AuthService,
} from '@cloudforet/api/gen-legacy/identity-v1/spaceone/api/identity/plugin/auth';
import { realmOf } from './discovery';
import { readFieldMapper } from './field-mapper';
import { userFindUrl, type Provider } from './keycloak-connector';
import { invalidFindRequest, notFoundUsers, notSupportKeywordSearch } from './keycloak-errors';
import type { KeycloakManager } from './keycloak-manager';
import { readOptions } from './keycloak-options';
import { withRpcSignal } from './provider-http';
import { userFromAdminEntry } from './user-mapping';

const FIND_SCHEMAS = ['', 'oauth2_client_credentials'];

export function legacyAuthHandlers(manager: KeycloakManager): Handlers<typeof AuthService> {
  const { connector } = manager;
  return {
    /** ≤ 1.3.3 answered the discovery result (with issuer and user_find_url), or {} with explicit endpoints. */
    async init(request, { signal }) {
      requireKeys(request, ['options']);
      return withRpcSignal(signal, async () => {
        const { options, provider } = await manager.prepare(request.options);
        if (!provider.discovered) return { metadata: {} };
        const e = provider.endpoints;
        return {
          metadata: {
            authorization_endpoint: e.authorization_endpoint,
            token_endpoint: e.token_endpoint,
            userinfo_endpoint: e.userinfo_endpoint,
            issuer: e.issuer,
            end_session_endpoint: e.end_session_endpoint,
            realm: realmOf(e.issuer),
            user_find_url: userFindUrl(provider, options.admin_url_base_path),
          },
        };
      });
    },
    async verify(request, { signal }) {
      requireKeys(request, ['options']);
      await withRpcSignal(signal, async () => {
        const provider = await connector.provider(readOptions(request.options));
        await connector.checkAuthorizationEndpoint(provider);
      });
      return {};
    },
    async login(request, { signal }) {
      requireKeys(request, ['options', 'user_credentials']);
      const user = await withRpcSignal(signal, () =>
        manager.authorize(request.options, request.user_credentials, 'user_credentials'),
      );
      return { ...user, state: UserInfo_State.ENABLED };
    },
    async find(request, { signal }) {
      requireKeys(request, ['options']);
      const options = readOptions(request.options);
      const mapper = readFieldMapper(options.field_mapper);
      const { user_id: userId, keyword } = request;
      if (!userId && !keyword) throw invalidFindRequest();
      const secret = request.secret_data ?? {};
      if (Object.keys(secret).length === 0) {
        if (!userId) throw notSupportKeywordSearch();
        return { results: [{ user_id: userId, state: UserInfo_State.UNIDENTIFIED }], total_count: 1 };
      }
      const entries = await withRpcSignal(signal, async () => {
        try {
          if (!FIND_SCHEMAS.includes(request.schema ?? ''))
            throw new Error(`schema ${request.schema} is not oauth2_client_credentials`);
          if (typeof secret.client_id !== 'string' || typeof secret.client_secret !== 'string')
            throw new Error('secret_data needs client_id and client_secret');
          const provider: Provider = await connector.provider(options);
          const base = options.admin_url_base_path ?? '/auth/admin/realms/';
          const found = {
            ...provider,
            endpoints: { ...provider.endpoints, user_find_url: userFindUrl(provider, base) },
          };
          const token = await connector.clientCredentialsToken(provider, secret.client_id, secret.client_secret);
          return await connector.findUsers(found, token, userId ? { [mapper.user_id]: userId } : { search: keyword! });
        } catch (error) {
          const reason = (error as { details?: string; message?: string }).details ?? (error as Error).message;
          throw invalidFindRequest(`user_id or keyword is required (find failed: ${reason})`);
        }
      });
      const results = entries
        .filter((u) => u.enabled !== false)
        .map((u) => userFromAdminEntry(u, mapper))
        .filter((u) => u.user_id !== '' && (!userId || u.user_id === userId))
        .map((u) => ({ ...u, state: UserInfo_State.ENABLED }));
      if (results.length === 0) throw notFoundUsers();
      return { results, total_count: results.length };
    },
  };
}

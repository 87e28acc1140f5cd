// identity 1.x: the `Auth` service of the upstream plugin before its 2.x port (opt-in).
import { requireKeys, type Handlers } from '@cloudforet/plugin-core';
import {
  UserInfo_State,
  type AuthService,
} from '@cloudforet/api/gen-legacy/identity-v1/spaceone/api/identity/plugin/auth';
import { notFoundUserId, notSupportKeywordSearch } from './google-errors';
import type { GoogleManager } from './google-manager';
import { readOptions } from './google-options';

export function legacyAuthHandlers(manager: GoogleManager): Handlers<typeof AuthService> {
  return {
    async init(request, { signal }) {
      requireKeys(request, ['options']);
      readOptions(request.options);
      await manager.connector.checkServer(signal);
      return { metadata: manager.endpoints() };
    },
    async verify(request, { signal }) {
      requireKeys(request, ['options']);
      await manager.connector.checkServer(signal);
      return {};
    },
    async login(request, { signal }) {
      requireKeys(request, ['options', 'user_credentials']);
      const { domain } = readOptions(request.options);
      const user = await manager.authorize(
        request.options,
        request.user_credentials,
        'user_credentials',
        domain,
        signal,
      );
      return { ...user, state: UserInfo_State.ENABLED };
    },
    /** Google has no user directory: a well-formed user_id of the domain is answered unidentified. */
    async find(request) {
      requireKeys(request, ['options']);
      const { domain = 'gmail.com' } = readOptions(request.options);
      if (!request.user_id) {
        if (request.keyword) throw notSupportKeywordSearch();
        requireKeys(request, ['user_id']);
      }
      const userId = request.user_id!;
      if (!userId.endsWith(`@${domain}`)) throw notFoundUserId(userId);
      return { results: [{ user_id: userId, email: userId, state: UserInfo_State.UNIDENTIFIED }], total_count: 1 };
    },
  };
}

import { requireKeys, type Handlers } from '@cloudforet/plugin-core';
import {
  UserInfo_State,
  type ExternalAuthService,
} from '@cloudforet/api/gen/spaceone/api/identity/plugin/external_auth';
import type { KeycloakManager } from './keycloak-manager';
import { withRpcSignal } from './provider-http';

/** identity 2.x: `ExternalAuth.init` on set/upgrade, `authorize` on every login. */
export function externalAuthHandlers(manager: KeycloakManager): Handlers<typeof ExternalAuthService> {
  return {
    async init(request, { signal }) {
      requireKeys(request, ['options']);
      return { metadata: await withRpcSignal(signal, () => manager.initMetadata(request.options)) };
    },
    async authorize(request, { signal }) {
      requireKeys(request, ['options', 'credentials']);
      const user = await withRpcSignal(signal, () =>
        manager.authorize(request.options, request.credentials, 'credentials'),
      );
      return { ...user, state: UserInfo_State.ENABLED };
    },
  };
}

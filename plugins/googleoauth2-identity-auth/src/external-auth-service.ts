import { requireKeys, type Handlers } from '@cloudforet/plugin-core';
import {
  UserInfo_State,
  type ExternalAuthService,
} from '@cloudforet/api/gen/spaceone/api/identity/plugin/external_auth';
import type { GoogleManager } from './google-manager';

/** identity 2.x: `ExternalAuth.init` on set/upgrade, `authorize` on every login. */
export function externalAuthHandlers(manager: GoogleManager): Handlers<typeof ExternalAuthService> {
  return {
    async init(request, { signal }) {
      requireKeys(request, ['options']);
      return { metadata: await manager.initMetadata(request.options, signal) };
    },
    async authorize(request, { signal }) {
      requireKeys(request, ['options', 'credentials']);
      // upstream reads the domain validator from the stored metadata first, then from options
      const validator = request.metadata?.validator ?? request.options?.validator;
      const user = await manager.authorize(
        request.options,
        request.credentials,
        'credentials',
        typeof validator === 'string' && validator !== '' ? validator : undefined,
        signal,
      );
      return { ...user, state: UserInfo_State.ENABLED };
    },
  };
}

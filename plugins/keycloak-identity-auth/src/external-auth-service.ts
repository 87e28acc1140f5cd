import { validateSchema, type Handlers } from '@cloudforet/plugin-core';
import {
  UserInfo_State,
  type ExternalAuthService,
} from '@cloudforet/api/gen/spaceone/api/identity/plugin/external_auth';
import type { UserConnector } from './example-user-connector';
import { optionsSchema } from './options-schema';

/** What the console drives the login from; identity stores it and passes it back to authorize. */
export const AUTH_METADATA = { identity_provider: 'keycloak', protocol: 'oidc', auth_type: 'keycloak' };

export function makeExternalAuthHandlers(connector: UserConnector): Handlers<typeof ExternalAuthService> {
  return {
    /** Cheap and deterministic: identity calls it on set and on every upgrade. */
    init(request) {
      validateSchema(optionsSchema, request.options, 'options');
      return { metadata: AUTH_METADATA };
    },
    /** identity's login: `credentials` from the console, `secret_data` is `{}`. */
    async authorize(request, ctx) {
      validateSchema(optionsSchema, request.options, 'options');
      const user = await connector.authenticate(request.options!, request.credentials ?? {}, ctx.signal);
      return {
        user_id: user.user_id,
        name: user.name ?? '',
        email: user.email ?? '',
        state: UserInfo_State.ENABLED,
      };
    },
  };
}

import { definePlugin, implement } from '@cloudforet/plugin-core';
import { ExternalAuthService } from '@cloudforet/api/gen/spaceone/api/identity/plugin/external_auth';
import { version } from '../package.json';
import { ExampleUserConnector, type UserConnector } from './example-user-connector';
import { makeExternalAuthHandlers } from './external-auth-service';
import { optionsSchema } from './options-schema';

/**
 * Keycloak Identity Auth: an identity.ExternalAuth. `connector` is what checks credentials
 * (your identity provider); `serve(createPlugin())` uses the example one.
 */
export function createPlugin(connector: UserConnector = new ExampleUserConnector()) {
  return definePlugin({
    name: 'plugin-keycloak-identity-auth',
    version,
    schemas: { options: optionsSchema },
    services: [implement(ExternalAuthService, makeExternalAuthHandlers(connector))],
  });
}

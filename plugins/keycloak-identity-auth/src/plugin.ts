import { definePlugin, implement } from '@cloudforet/plugin-core';
import { identityV1DescriptorSet } from '@cloudforet/api';
import { ExternalAuthService } from '@cloudforet/api/gen/spaceone/api/identity/plugin/external_auth';
import { AuthService } from '@cloudforet/api/gen-legacy/identity-v1/spaceone/api/identity/plugin/auth';
import { version } from '../package.json';
import { externalAuthHandlers } from './external-auth-service';
import { KeycloakConnector, type KeycloakConnectorOptions } from './keycloak-connector';
import { KeycloakManager } from './keycloak-manager';
import { optionsSchema } from './keycloak-options';
import { legacyAuthHandlers } from './legacy-auth-service';
import { authApiOf, type AuthApi } from '@cloudforet/plugin-core';

export interface KeycloakPluginOptions extends KeycloakConnectorOptions {
  /** `v2` (identity 2.x ExternalAuth, default) or `v1` (identity 1.x Auth); default from `AUTH_API`. */
  api?: AuthApi;
  connector?: KeycloakConnector;
}

/** Keycloak OIDC login for Cloudforet identity (drop-in for plugin-keycloak-identity-auth). */
export function createPlugin(opts: KeycloakPluginOptions = {}) {
  const api = opts.api ?? authApiOf(process.env);
  const manager = new KeycloakManager(opts.connector ?? new KeycloakConnector(opts));
  return definePlugin({
    name: 'plugin-keycloak-identity-auth',
    version,
    schemas: { options: optionsSchema },
    // One consistent proto set per process: the 1.x Auth messages share names with ExternalAuth's.
    ...(api === 'v1'
      ? { descriptorSets: [identityV1DescriptorSet], services: [implement(AuthService, legacyAuthHandlers(manager))] }
      : { services: [implement(ExternalAuthService, externalAuthHandlers(manager))] }),
  });
}

import { definePlugin, implement } from '@cloudforet/plugin-core';
import { identityV1DescriptorSet } from '@cloudforet/api';
import { ExternalAuthService } from '@cloudforet/api/gen/spaceone/api/identity/plugin/external_auth';
import { AuthService } from '@cloudforet/api/gen-legacy/identity-v1/spaceone/api/identity/plugin/auth';
import { version } from '../package.json';
import { authApiOf, type AuthApi } from '@cloudforet/plugin-core';
import { externalAuthHandlers } from './external-auth-service';
import { GoogleConnector, GOOGLE_API_URL } from './google-connector';
import { GoogleManager } from './google-manager';
import { optionsSchema } from './google-options';
import { legacyAuthHandlers } from './legacy-auth-service';

export interface GooglePluginOptions {
  /** `v2` (identity 2.x ExternalAuth, default) or `v1` (identity 1.x Auth); default from `AUTH_API`. */
  api?: AuthApi;
  /** Default `GOOGLE_OAUTH2_API_URL`, else https://www.googleapis.com. */
  apiUrl?: string;
}

/** Google OAuth2 login for Cloudforet identity (drop-in for plugin-googleoauth2-identity-auth). */
export function createPlugin(opts: GooglePluginOptions = {}) {
  const api = opts.api ?? authApiOf(process.env);
  const manager = new GoogleManager(
    new GoogleConnector(opts.apiUrl ?? process.env.GOOGLE_OAUTH2_API_URL ?? GOOGLE_API_URL),
  );
  return definePlugin({
    name: 'plugin-googleoauth2-identity-auth',
    version,
    schemas: { options: optionsSchema },
    // One consistent proto set per process: the 1.x Auth messages share names with ExternalAuth's.
    ...(api === 'v1'
      ? { descriptorSets: [identityV1DescriptorSet], services: [implement(AuthService, legacyAuthHandlers(manager))] }
      : { services: [implement(ExternalAuthService, externalAuthHandlers(manager))] }),
  });
}

// How the plugin runs against the sandbox's Google tokeninfo stand-in, for its conformance
// test, its image check, `npm start` and `cfplugin serve` (see PluginHarness).
import { externalAuthChecks, type PluginHarness } from '@cloudforet/plugin-testing';
import type { GoogleSandbox, Sandbox } from '@cloudforet/sandbox';

/** The options identity stores for a Google external auth. */
export function googleOptions(google: GoogleSandbox, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    auth_type: 'google_oauth2',
    client_id: google.clientId,
    protocol: 'oauth2',
    identity_provider: 'google',
    ...extra,
  };
}

export async function harness(sandbox: Sandbox): Promise<PluginHarness> {
  const google = await sandbox.start('google');
  const options = googleOptions(google, { validator: 'example.com', check_audience: true });
  return {
    env: { GOOGLE_OAUTH2_API_URL: google.url },
    initOptions: options,
    docsInitOptions: [googleOptions(google, { validator: 'example.com' })],
    checks: externalAuthChecks({
      options,
      credentials: () => ({ access_token: google.issueToken({ email: 'alice@example.com' }) }),
      user: { user_id: 'alice@example.com', email: 'alice@example.com' },
      rejects: [
        { what: 'a revoked token', credentials: () => revoked(google) },
        {
          what: 'a token of another OAuth client',
          credentials: () => ({ access_token: google.issueToken({ audience: 'other.apps.googleusercontent.com' }) }),
        },
        {
          what: 'a token whose e-mail is not verified',
          credentials: () => ({ access_token: google.issueToken({ verified_email: false }) }),
        },
        { what: 'a random string', credentials: { access_token: 'ya29.rAnDoM-sTrInG-1234' } },
      ],
    }),
    example: {
      method: 'ExternalAuth.authorize',
      params: {
        options,
        secret_data: {},
        credentials: { access_token: google.demoToken },
        schema_id: null,
        domain_id: 'domain-example',
        metadata: {},
      },
    },
  };
}

function revoked(google: GoogleSandbox): { access_token: string } {
  const access_token = google.issueToken();
  google.revoke(access_token);
  return { access_token };
}

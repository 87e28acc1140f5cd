// How the plugin runs against the sandbox, for its conformance test, its image check,
// `npm start` and `cfplugin serve` (see PluginHarness). The example connector needs no
// sandbox; once yours talks to an identity provider, point it at a stand-in through `env`.
import { createHash } from 'node:crypto';
import { externalAuthChecks, type PluginHarness } from '@cloudforet/plugin-testing';
import type { Sandbox } from '@cloudforet/sandbox';

export const EXAMPLE_TOKEN = 'example-access-token-of-alice';
export const EXAMPLE_OPTIONS = {
  users: [
    {
      user_id: 'alice@example.com',
      name: 'Alice',
      email: 'alice@example.com',
      token_sha256: createHash('sha256').update(EXAMPLE_TOKEN).digest('hex'),
    },
  ],
};

export function harness(_sandbox: Sandbox): PluginHarness {
  return {
    env: {},
    initOptions: EXAMPLE_OPTIONS,
    checks: externalAuthChecks({
      options: EXAMPLE_OPTIONS,
      credentials: { access_token: EXAMPLE_TOKEN },
      user: { user_id: 'alice@example.com', name: 'Alice', email: 'alice@example.com' },
    }),
    example: { method: 'ExternalAuth.init', params: { options: EXAMPLE_OPTIONS, domain_id: 'domain-example' } },
  };
}

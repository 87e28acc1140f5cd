// How the plugin runs against the sandbox, for its conformance test, its image check, `npm start`
// and `cfplugin serve` (see PluginHarness): the Google Cloud stand-in, reached through GOOGLE_CLOUD_ROOT_URL
// and the service-account key's token_uri.
import { sandboxCollectorHarness, type PluginHarness } from '@cloudforet/plugin-testing';
import type { GcpSandbox, Sandbox } from '@cloudforet/sandbox';
import { expectedCounts } from './sandbox-expectations';

export function sandboxSecret(gcp: GcpSandbox): Record<string, string> {
  return { ...gcp.serviceAccountKey };
}

export function pluginEnv(gcp: GcpSandbox): Record<string, string> {
  return { GOOGLE_CLOUD_ROOT_URL: `${gcp.url}/` };
}

export async function harness(sandbox: Sandbox): Promise<PluginHarness> {
  const gcp = await sandbox.start('gcp');
  return sandboxCollectorHarness({
    env: pluginEnv(gcp),
    secret_data: sandboxSecret(gcp),
    expectedCounts: () => expectedCounts(gcp),
  });
}

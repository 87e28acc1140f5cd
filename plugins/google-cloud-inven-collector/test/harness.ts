// How the plugin runs against the sandbox, for its conformance test, its image check, `npm start`
// and `cfplugin serve` (see PluginHarness): the Google Cloud stand-in, reached through GOOGLE_CLOUD_ROOT_URL
// and the service-account key's token_uri.
import { collectorChecks, type PluginHarness } from '@cloudforet/plugin-testing';
import type { GcpSandbox, Sandbox } from '@cloudforet/sandbox';
import { countsOf, expectedCounts } from './sandbox-expectations';

export function sandboxSecret(gcp: GcpSandbox): Record<string, string> {
  return { ...gcp.serviceAccountKey };
}

export function pluginEnv(gcp: GcpSandbox): Record<string, string> {
  return { GOOGLE_CLOUD_ROOT_URL: `${gcp.url}/` };
}

export async function harness(sandbox: Sandbox): Promise<PluginHarness> {
  const gcp = await sandbox.start('gcp');
  const secret_data = sandboxSecret(gcp);
  return {
    env: pluginEnv(gcp),
    checks: collectorChecks({
      options: {},
      secret_data,
      collected: (resources) => {
        const sorted = (counts: Record<string, number>) => JSON.stringify(Object.entries(counts).sort());
        const got = countsOf(resources);
        const want = expectedCounts(gcp);
        if (sorted(got) !== sorted(want))
          throw new Error(`collected ${JSON.stringify(got)}, the sandbox holds ${JSON.stringify(want)}`);
      },
    }),
    // Everything in one stream (no task_options): `npm run demo` tables it by resource_type and state.
    example: { method: 'Collector.collect', params: { options: {}, secret_data, filter: {} } },
  };
}

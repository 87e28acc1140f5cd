// How the plugin runs against the sandbox, for its conformance test, its image check, `npm start`
// and `cfplugin serve` (see PluginHarness): the Google Cloud stand-in, reached through GOOGLE_CLOUD_ROOT_URL
// and the service-account key's token_uri.
import { sandboxCollectorHarness, type PluginHarness } from '@cloudforet/plugin-testing';
import type { GcpSandbox, Sandbox } from '@cloudforet/sandbox';
import { expectedCounts } from './sandbox-expectations';

export function sandboxSecret(gcp: GcpSandbox): Record<string, string> {
  return { ...gcp.serviceAccountKey };
}

/** The `task_options` of one type's task (as `Job.get_tasks` gives it). */
export const cloudServiceTask = (cloud_service_group: string, cloud_service_type: string) => ({
  resource_type: 'inventory.CloudService',
  cloud_service_group,
  cloud_service_type,
});

export const computeEngineTask = (cloud_service_type: string) => cloudServiceTask('ComputeEngine', cloud_service_type);

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

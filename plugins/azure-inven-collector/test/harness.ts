// How the plugin runs against the sandbox, for its conformance test, its image check, `npm start`
// and `cfplugin serve` (see PluginHarness): the Azure stand-in over https, reached through
// AZURE_RESOURCE_MANAGER_URL and AZURE_AUTHORITY_HOST, its test CA trusted through AZURE_CA_CERTIFICATE.
import { sandboxCollectorHarness, type PluginHarness } from '@cloudforet/plugin-testing';
import type { AzureSandbox, Sandbox } from '@cloudforet/sandbox';
import { expectedCounts } from './sandbox-expectations';

export function sandboxSecret(azure: AzureSandbox, index = 0): Record<string, string> {
  return { ...azure.secretData(index) };
}

export function pluginEnv(azure: AzureSandbox): Record<string, string> {
  return {
    AZURE_RESOURCE_MANAGER_URL: azure.url,
    AZURE_AUTHORITY_HOST: azure.url,
    AZURE_CA_CERTIFICATE: azure.caCertificate,
  };
}

export async function harness(sandbox: Sandbox): Promise<PluginHarness> {
  const azure = await sandbox.start('azure');
  return sandboxCollectorHarness({
    env: pluginEnv(azure),
    secret_data: sandboxSecret(azure),
    expectedCounts: () => expectedCounts(azure),
  });
}

// Starts the plugin on loopback against an Azure sandbox, with its logs captured, and a core-like client.
import { startCollector, type CollectorUnderTest } from '@cloudforet/plugin-testing';
import type { AzureSandbox } from '@cloudforet/sandbox';
import { createPlugin } from '../src/plugin';
import type { AzureSettings } from '../src/azure-settings';

export { callFailure } from '@cloudforet/plugin-testing';

export type { CollectorMessage as Message, CollectorUnderTest as PluginUnderTest } from '@cloudforet/plugin-testing';

export function startPlugin(azure: AzureSandbox, settings: Partial<AzureSettings> = {}): Promise<CollectorUnderTest> {
  return startCollector(
    createPlugin({
      resourceManagerUrl: azure.url,
      authorityHost: azure.url,
      caCertificate: azure.caCertificate,
      maxRetries: 3,
      retryDelayMs: 20,
      ...settings,
    }),
  );
}

// Starts the plugin on loopback against an Azure sandbox, with its logs captured, and a core-like client.
import { startCollector, type CollectorMessage, type CollectorUnderTest } from '@cloudforet/plugin-testing';
import type { AzureSandbox } from '@cloudforet/sandbox';
import { createPlugin } from '../src/plugin';
import type { AzureSettings } from '../src/azure-settings';

export { callFailure } from '@cloudforet/plugin-testing';

export type { CollectorMessage as Message, CollectorUnderTest as PluginUnderTest } from '@cloudforet/plugin-testing';

/**
 * The plugin with its collect's CloudServices read as inventory stores them: `json_data` and
 * `json_metadata` parsed into `data` and `metadata` (the wire itself is checked in collect.grpc.spec).
 */
export async function startPlugin(
  azure: AzureSandbox,
  settings: Partial<AzureSettings> = {},
): Promise<CollectorUnderTest> {
  const plugin = await startCollector(
    createPlugin({
      resourceManagerUrl: azure.url,
      authorityHost: azure.url,
      caCertificate: azure.caCertificate,
      maxRetries: 3,
      retryDelayMs: 20,
      ...settings,
    }),
  );
  return { ...plugin, collect: async (params) => (await plugin.collect(params)).map(asStored) };
}

function asStored(m: CollectorMessage): CollectorMessage {
  const { json_data, json_metadata, ...resource } = m.resource ?? {};
  if (json_data === undefined && json_metadata === undefined) return m;
  return {
    ...m,
    resource: {
      ...resource,
      ...(json_data === undefined ? {} : { data: JSON.parse(json_data) }),
      ...(json_metadata === undefined ? {} : { metadata: JSON.parse(json_metadata) }),
    },
  };
}

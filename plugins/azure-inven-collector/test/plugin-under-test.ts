// Starts the plugin on loopback against an Azure sandbox, with its logs captured, and a core-like client.
import { startInProcess, type InProcessPlugin } from '@cloudforet/plugin-testing';
import type { AzureSandbox } from '@cloudforet/sandbox';
import { createPlugin } from '../src/plugin';
import type { AzureSettings } from '../src/azure-settings';

export { callFailure } from '@cloudforet/plugin-testing';

/** One streamed message as MessageToDict gives it; tests read into it freely. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Message = Record<string, any>;

export interface PluginUnderTest extends InProcessPlugin {
  /** Every message of one collect. */
  collect(params: Record<string, unknown>): Promise<Message[]>;
}

export async function startPlugin(
  azure: AzureSandbox,
  settings: Partial<AzureSettings> = {},
): Promise<PluginUnderTest> {
  const plugin = await startInProcess(
    createPlugin({
      resourceManagerUrl: azure.url,
      authorityHost: azure.url,
      caCertificate: azure.caCertificate,
      maxRetries: 3,
      retryDelayMs: 20,
      ...settings,
    }),
  );
  return {
    ...plugin,
    async collect(params) {
      const out: Message[] = [];
      for await (const m of plugin.client.stream('Collector.collect', { filter: {}, ...params })) out.push(m);
      return out;
    },
  };
}

// Starts the plugin on loopback against a Google Cloud sandbox, with its logs captured, and a core-like client.
import { startInProcess, type InProcessPlugin } from '@cloudforet/plugin-testing';
import type { GcpSandbox } from '@cloudforet/sandbox';
import { createPlugin } from '../src/plugin';

export { callFailure } from '@cloudforet/plugin-testing';

/** One streamed message as MessageToDict gives it; tests read into it freely. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Message = Record<string, any>;

export interface PluginUnderTest extends InProcessPlugin {
  /** Every message of one collect. */
  collect(params: Record<string, unknown>): Promise<Message[]>;
}

export async function startPlugin(gcp: GcpSandbox, maxAttempts = 5): Promise<PluginUnderTest> {
  const plugin = await startInProcess(createPlugin({ rootUrl: `${gcp.url}/`, maxAttempts }));
  return {
    ...plugin,
    async collect(params) {
      const out: Message[] = [];
      for await (const m of plugin.client.stream('Collector.collect', { filter: {}, ...params })) out.push(m);
      return out;
    },
  };
}

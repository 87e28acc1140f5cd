import type { PluginDefinition } from '@cloudforet/plugin-core';
import { startInProcess, type InProcessPlugin } from '../harness/start-in-process';

/** One streamed message as MessageToDict gives it; tests read into it freely. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type CollectorMessage = Record<string, any>;

export interface CollectorUnderTest extends InProcessPlugin {
  /** Every message of one `Collector.collect` (`filter: {}` unless `params` names one). */
  collect(params: Record<string, unknown>): Promise<CollectorMessage[]>;
}

/** Starts a collector in this process (see `startInProcess`), with a call that gathers one collect's stream. */
export async function startCollector(definition: PluginDefinition): Promise<CollectorUnderTest> {
  const plugin = await startInProcess(definition);
  return {
    ...plugin,
    async collect(params) {
      const out: CollectorMessage[] = [];
      for await (const m of plugin.client.stream('Collector.collect', { filter: {}, ...params })) out.push(m);
      return out;
    },
  };
}

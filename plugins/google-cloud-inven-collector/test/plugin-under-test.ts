// Starts the plugin on loopback against a Google Cloud sandbox, with its logs captured, and a core-like client.
import { startCollector, type CollectorUnderTest } from '@cloudforet/plugin-testing';
import type { GcpSandbox } from '@cloudforet/sandbox';
import { createPlugin } from '../src/plugin';

export { callFailure } from '@cloudforet/plugin-testing';

export type { CollectorMessage as Message, CollectorUnderTest as PluginUnderTest } from '@cloudforet/plugin-testing';

export function startPlugin(gcp: GcpSandbox, maxAttempts = 5): Promise<CollectorUnderTest> {
  return startCollector(createPlugin({ rootUrl: `${gcp.url}/`, maxAttempts }));
}

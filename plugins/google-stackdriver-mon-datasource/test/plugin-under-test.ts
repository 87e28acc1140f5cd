// Starts the plugin on loopback against a Google Cloud sandbox, with its logs captured, and a core-like client.
import { startInProcess, type InProcessPlugin } from '@cloudforet/plugin-testing';
import type { GcpSandbox } from '@cloudforet/sandbox';
import { createPlugin } from '../src/plugin';

export { callFailure } from '@cloudforet/plugin-testing';

export type PluginUnderTest = InProcessPlugin;

/** Retries back off from 10 ms here (a Retry-After the sandbox sends is still waited for). */
export function startPlugin(gcp: GcpSandbox, maxAttempts = 4): Promise<PluginUnderTest> {
  return startInProcess(createPlugin({ rootUrl: `${gcp.url}/`, maxAttempts, retryBaseMs: 10 }));
}

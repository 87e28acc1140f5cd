// Starts the plugin on loopback against a Google sandbox, with its logs captured, and a core-like client.
import type { AuthApi } from '@cloudforet/plugin-core';
import { startInProcess, type InProcessPlugin } from '@cloudforet/plugin-testing';
import { createPlugin } from '../src/plugin';

export { callFailure } from '@cloudforet/plugin-testing';

export type PluginUnderTest = InProcessPlugin;

export function startPlugin(apiUrl: string, api: AuthApi = 'v2'): Promise<PluginUnderTest> {
  return startInProcess(createPlugin({ api, apiUrl }));
}

// Starts the plugin on loopback against an AWS sandbox, with its logs captured, and a core-like client.
import { startInProcess, type InProcessPlugin } from '@cloudforet/plugin-testing';
import type { AwsSandbox } from '@cloudforet/sandbox';
import { createPlugin } from '../src/plugin';

export { callFailure } from '@cloudforet/plugin-testing';

export type PluginUnderTest = InProcessPlugin;

export function startPlugin(aws: AwsSandbox, maxAttempts = 10): Promise<PluginUnderTest> {
  return startInProcess(createPlugin({ endpoint: aws.url, maxAttempts }));
}

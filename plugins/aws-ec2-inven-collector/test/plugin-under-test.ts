// Starts the plugin on loopback against an AWS sandbox, with its logs captured, and a core-like client.
import { startCollector, type CollectorUnderTest } from '@cloudforet/plugin-testing';
import type { AwsSandbox } from '@cloudforet/sandbox';
import { createPlugin } from '../src/plugin';

export { callFailure } from '@cloudforet/plugin-testing';

export type { CollectorMessage as Message, CollectorUnderTest as PluginUnderTest } from '@cloudforet/plugin-testing';

export function startPlugin(aws: AwsSandbox, maxAttempts = 10): Promise<CollectorUnderTest> {
  return startCollector(createPlugin({ endpoint: aws.url, maxAttempts }));
}

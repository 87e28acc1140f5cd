// How the plugin runs against the sandbox, for its conformance test, its image check, `npm start`
// and `cfplugin serve` (see PluginHarness): the AWS stand-in, reached through AWS_ENDPOINT_URL.
import { sandboxCollectorHarness, type PluginHarness } from '@cloudforet/plugin-testing';
import type { AwsSandbox, Sandbox } from '@cloudforet/sandbox';
import { expectedCounts } from './sandbox-expectations';

export function sandboxSecret(aws: AwsSandbox) {
  return { aws_access_key_id: aws.accessKey.accessKeyId, aws_secret_access_key: aws.accessKey.secretAccessKey };
}

export function pluginEnv(aws: AwsSandbox): Record<string, string> {
  return { AWS_ENDPOINT_URL: aws.url, AWS_MAX_ATTEMPTS: '10' };
}

export async function harness(sandbox: Sandbox): Promise<PluginHarness> {
  const aws = await sandbox.start('aws');
  return sandboxCollectorHarness({
    env: pluginEnv(aws),
    secret_data: sandboxSecret(aws),
    expectedCounts: () => expectedCounts(aws),
  });
}

// How the plugin runs against the sandbox, for its conformance test, its image check, `npm start`
// and `cfplugin serve` (see PluginHarness): the AWS stand-in, reached through AWS_ENDPOINT_URL.
import { collectorChecks, type PluginHarness } from '@cloudforet/plugin-testing';
import type { AwsSandbox, Sandbox } from '@cloudforet/sandbox';
import { countsOf, expectedCounts } from './sandbox-expectations';

export function sandboxSecret(aws: AwsSandbox) {
  return { aws_access_key_id: aws.accessKey.accessKeyId, aws_secret_access_key: aws.accessKey.secretAccessKey };
}

export function pluginEnv(aws: AwsSandbox): Record<string, string> {
  return { AWS_ENDPOINT_URL: aws.url, AWS_MAX_ATTEMPTS: '10' };
}

export async function harness(sandbox: Sandbox): Promise<PluginHarness> {
  const aws = await sandbox.start('aws');
  const secret_data = sandboxSecret(aws);
  return {
    env: pluginEnv(aws),
    checks: collectorChecks({
      options: {},
      secret_data,
      collected: (resources) => {
        const sorted = (counts: Record<string, number>) => JSON.stringify(Object.entries(counts).sort());
        const got = countsOf(resources);
        const want = expectedCounts(aws);
        if (sorted(got) !== sorted(want))
          throw new Error(`collected ${JSON.stringify(got)}, the sandbox holds ${JSON.stringify(want)}`);
      },
    }),
    // Everything in one stream (no task_options): `npm run demo` tables it by resource_type and state.
    example: { method: 'Collector.collect', params: { options: {}, secret_data, filter: {} } },
  };
}

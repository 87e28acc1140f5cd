// How the plugin runs against the sandbox, for its conformance test, its image check, `npm start`
// and `cfplugin serve` (see PluginHarness): the AWS stand-in's CloudWatch, reached through AWS_ENDPOINT_URL.
import { dataSourceChecks, type PluginHarness } from '@cloudforet/plugin-testing';
import type { AwsSandbox, Sandbox } from '@cloudforet/sandbox';
import { expectedValues, instanceCloudwatch } from './sandbox-series';

export const REGION = 'us-east-1';

export function sandboxSecret(aws: AwsSandbox) {
  return { aws_access_key_id: aws.accessKey.accessKeyId, aws_secret_access_key: aws.accessKey.secretAccessKey };
}

export function pluginEnv(aws: AwsSandbox): Record<string, string> {
  return { AWS_ENDPOINT_URL: aws.url, AWS_MAX_ATTEMPTS: '10' };
}

export async function harness(sandbox: Sandbox): Promise<PluginHarness> {
  const aws = await sandbox.start('aws');
  const secret_data = sandboxSecret(aws);
  // Instance 0 runs the CloudWatch agent: its list has AWS/EC2 and CWAgent metrics.
  const query = instanceCloudwatch(REGION, aws.region(REGION).instanceId(0));
  return {
    env: pluginEnv(aws),
    checks: dataSourceChecks({
      options: {},
      secret_data,
      schema: 'aws_access_key',
      query,
      resourceId: 'cloud-svc-conformance',
      data: ({ labels, values }) => {
        const metric = {
          Namespace: 'AWS/EC2',
          MetricName: 'CPUUtilization',
          Dimensions: query.metrics_info[0].Dimensions,
        };
        const want = expectedValues(aws, REGION, metric, { stat: 'Average', period: 60, labels: labels as string[] });
        const got = values['cloud-svc-conformance'];
        if (labels.length < 50 || JSON.stringify(got) !== JSON.stringify(want))
          throw new Error(`get_data answered ${JSON.stringify(got)}, the sandbox holds ${JSON.stringify(want)}`);
      },
    }),
    example: { method: 'Metric.list', params: { options: {}, secret_data, query, schema: 'aws_access_key' } },
  };
}

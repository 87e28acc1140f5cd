// Fuzzing as a hostile or broken core would call the plugin: mutated requests per RPC (FUZZ_RUNS,
// seeded by FUZZ_SEED), in-process against the sandbox's CloudWatch. Every answer must be OK or a
// clean Cloudforet error, none may hang, the process must stay up, and neither the logs nor any
// error may carry the secret key, in any encoding (assumed sessions: metric.grpc.spec.ts).
import { describeFuzz, startInProcess, type FuzzSetup, type InProcessPlugin } from '@cloudforet/plugin-testing';
import { startAwsSandbox, type AwsSandbox } from '@cloudforet/sandbox';
import { createPlugin } from '../src/plugin';
import { REGION, sandboxSecret } from './harness';
import { instanceCloudwatch } from './sandbox-series';

let aws: AwsSandbox;
let plugin: InProcessPlugin;

beforeAll(async () => {
  aws = await startAwsSandbox({ instancesPerRegion: 12 });
  // One attempt: a mutated request that CloudWatch refuses is not worth the SDK's backoff here.
  plugin = await startInProcess(createPlugin({ endpoint: aws.url, maxAttempts: 1 }));
});
afterAll(async () => {
  await plugin?.close();
  await aws?.close();
});

function setup(): FuzzSetup {
  const secret_data = sandboxSecret(aws);
  const [, external] = aws.roles;
  const assumed = { ...secret_data, role_arn: external.arn, external_id: external.externalId };
  const id = aws.region(REGION).instanceId(0);
  const query = instanceCloudwatch(REGION, id);
  const metric_query = {
    'cloud-svc-0': {
      Namespace: 'AWS/EC2',
      MetricName: 'CPUUtilization',
      Dimensions: [{ Name: 'InstanceId', Value: id }],
      region_name: REGION,
    },
  };
  const window = { start: '2026-11-30T00:00:00.000Z', end: '2026-11-30T06:00:00.000Z' };
  return {
    endpoint: plugin.endpoint,
    rpcs: [
      { method: 'DataSource.init', seeds: [{ options: {} }] },
      {
        method: 'DataSource.verify',
        seeds: [
          { options: {}, secret_data, schema: 'aws_access_key' },
          { options: {}, secret_data: assumed, schema: 'aws_assume_role_with_external_id' },
        ],
      },
      { method: 'Metric.list', seeds: [{ options: {}, secret_data, query, schema: 'aws_access_key' }] },
      {
        method: 'Metric.get_data',
        seeds: [
          { options: {}, secret_data, metric_query, metric: 'CPUUtilization', stat: 'MAX', ...window },
          { options: {}, secret_data: assumed, metric_query, metric: 'CPUUtilization', period: 300, ...window },
        ],
      },
    ],
    secrets: [aws.accessKey.secretAccessKey],
    logs: plugin.logs,
    afterBatch: () => aws.reset(),
  };
}

describeFuzz('aws-cloudwatch-mon-datasource fuzz', setup, {
  // Most cases reach CloudWatch through the SDK (signing, the sandbox): 200 per RPC keep CI under a
  // minute; `npm run fuzz` runs the long version.
  ciRuns: 200,
  reproduce: 'npx jest plugins/aws-cloudwatch-mon-datasource/test/fuzz.spec.ts',
});

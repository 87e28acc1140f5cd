// Bad input answers INVALID_ARGUMENT naming the key, and the process keeps serving.
import { startAwsSandbox, type AwsSandbox } from '@cloudforet/sandbox';
import { sandboxSecret } from './harness';
import { callFailure, startPlugin, type PluginUnderTest } from './plugin-under-test';

describe('aws-ec2-inven-collector bad input', () => {
  let aws: AwsSandbox;
  let plugin: PluginUnderTest;
  beforeAll(async () => {
    aws = await startAwsSandbox({ instancesPerRegion: 2 });
    plugin = await startPlugin(aws);
  });
  afterAll(async () => {
    await plugin.close();
    await aws.close();
  });

  const serving = async () =>
    expect(await plugin.client.call('Health.Check', { service: '' })).toEqual({ status: 'SERVING' });

  const cases: [string, string, () => Record<string, unknown>, RegExp][] = [
    [
      'missing aws_secret_access_key',
      'Collector.collect',
      () => ({ options: {}, secret_data: { aws_access_key_id: 'AKIASANDBOX000000001' }, filter: {} }),
      /^ERROR_REQUIRED_PARAMETER: Required parameter\. \(key = secret_data\.aws_secret_access_key\)$/,
    ],
    [
      'missing aws_secret_access_key (verify)',
      'Collector.verify',
      () => ({ options: {}, secret_data: { aws_access_key_id: 'AKIASANDBOX000000001' } }),
      /key = secret_data\.aws_secret_access_key/,
    ],
    [
      'an unknown region in region_filter',
      'Collector.collect',
      () => ({
        options: { region_filter: ['us-east-1', 'mars-north-1'] },
        secret_data: sandboxSecret(aws),
        filter: {},
      }),
      /^ERROR_INVALID_PARAMETER: Parameter is invalid\. \(key = options\.region_filter, reason = unknown or not enabled region "mars-north-1"; enabled: us-east-1, us-west-2, eu-west-1, ap-northeast-2\)$/,
    ],
    [
      'an unknown region in region_filter (get_tasks)',
      'Job.get_tasks',
      () => ({ options: { region_filter: ['mars-north-1'] }, secret_data: sandboxSecret(aws) }),
      /key = options\.region_filter, reason = unknown or not enabled region "mars-north-1"/,
    ],
    [
      'an unknown service group',
      'Job.get_tasks',
      () => ({ options: { service_filter: ['ECD'] }, secret_data: sandboxSecret(aws) }),
      /key = options\.service_filter, reason = unknown service group "ECD"/,
    ],
    [
      'region_filter of the wrong type',
      'Collector.collect',
      () => ({ options: { region_filter: 'us-east-1' }, secret_data: sandboxSecret(aws), filter: {} }),
      /options\.region_filter/,
    ],
    [
      'vulnerable_ports of the wrong type',
      'Collector.verify',
      () => ({ options: { vulnerable_ports: 22 }, secret_data: sandboxSecret(aws) }),
      /options\.vulnerable_ports/,
    ],
    [
      'vulnerable_ports that are not ports',
      'Collector.collect',
      () => ({ options: { vulnerable_ports: '22,ssh' }, secret_data: sandboxSecret(aws), filter: {} }),
      /key = options\.vulnerable_ports, reason = "ssh" is not a port/,
    ],
    [
      'task_options of another collector',
      'Collector.collect',
      () => ({
        options: {},
        secret_data: sandboxSecret(aws),
        filter: {},
        task_options: { resource_type: 'inventory.Server' },
      }),
      /key = task_options\.resource_type/,
    ],
  ];

  it.each(cases)(
    '%s: INVALID_ARGUMENT naming the key, and the plugin keeps serving',
    async (_what, method, params, details) => {
      aws.reset();
      const call =
        method === 'Collector.collect'
          ? (async () => {
              for await (const _ of plugin.client.stream(method, params())) void _;
            })()
          : plugin.client.call(method, params());
      const error = await callFailure(call);
      expect(error.codeName).toBe('INVALID_ARGUMENT');
      expect(error.details).toMatch(details);
      await serving();
    },
  );

  it('refuses input before calling AWS when it can', async () => {
    aws.reset();
    await callFailure(
      plugin.client.call('Collector.verify', { options: { concurrency: 0 }, secret_data: sandboxSecret(aws) }),
    );
    expect(aws.calls.calls).toEqual([]);
  });
});

// Bad input gets INVALID_ARGUMENT / REQUIRED_PARAMETER naming the key, never a crash or a hang.
import { startGcpSandbox, type GcpSandbox } from '@cloudforet/sandbox';
import { sandboxSecret } from './harness';
import { callFailure, startPlugin, type PluginUnderTest } from './plugin-under-test';

describe('google-cloud-inven-collector with bad input', () => {
  let gcp: GcpSandbox;
  let plugin: PluginUnderTest;
  let secret: Record<string, string>;
  beforeAll(async () => {
    gcp = await startGcpSandbox();
    plugin = await startPlugin(gcp);
    secret = sandboxSecret(gcp);
  });
  afterAll(async () => {
    await plugin.close();
    await gcp.close();
  });

  const verify = (secret_data: unknown, options: unknown = {}) =>
    plugin.client.call('Collector.verify', { options, secret_data });

  it.each([
    ['a missing private_key', { private_key: undefined }, 'ERROR_REQUIRED_PARAMETER', 'secret_data.private_key'],
    ['an empty client_email', { client_email: '' }, 'ERROR_REQUIRED_PARAMETER', 'secret_data.client_email'],
    ['a non-string project_id', { project_id: 42 }, 'ERROR_INVALID_PARAMETER_TYPE', 'secret_data.project_id'],
    [
      'a private_key that is no PEM',
      { private_key: 'not a key' },
      'ERROR_INVALID_PARAMETER',
      'secret_data.private_key',
    ],
    ['a token_uri that is no URL', { token_uri: 'nowhere' }, 'ERROR_INVALID_PARAMETER', 'secret_data.token_uri'],
    ['another credential type', { type: 'authorized_user' }, 'ERROR_INVALID_PARAMETER', 'secret_data.type'],
  ])('%s is refused naming the key', async (_, change, code, key) => {
    const error = await callFailure(verify({ ...secret, ...change }));
    expect(error.errorCode).toBe(code);
    expect(error.details).toContain(key);
    expect(error.details).not.toContain(secret.private_key.split('\n')[1]);
  });

  it('an unknown group in cloud_service_types, or a wrong type, names options.cloud_service_types', async () => {
    for (const options of [{ cloud_service_types: ['Compute'] }, { cloud_service_types: 'ComputeEngine' }]) {
      const error = await callFailure(plugin.collect({ options, secret_data: secret }));
      expect(error.codeName).toBe('INVALID_ARGUMENT');
      expect(error.details).toContain('options.cloud_service_types');
    }
  });

  it('upstream groups this version does not collect are accepted and logged', async () => {
    plugin.logs.lines.length = 0;
    const all = await plugin.collect({
      options: { cloud_service_types: ['CloudSQL', 'CloudStorage'] },
      secret_data: secret,
    });
    expect(all.filter((m) => m.resource_type === 'inventory.CloudService')).toHaveLength(3);
    expect(plugin.logs.records().some((l) => l.msg === 'not collected by this version: CloudSQL')).toBe(true);
  });

  it('task_options that are not one of get_tasks` name the key', async () => {
    for (const [task_options, key] of [
      [{ resource_type: 'inventory.Region' }, 'task_options.resource_type'],
      [{ resource_type: 'inventory.CloudService', cloud_service_group: 'Nope' }, 'task_options.cloud_service_group'],
      [
        { resource_type: 'inventory.CloudService', cloud_service_group: 'Networking', cloud_service_type: 'Bucket' },
        'task_options.cloud_service_type',
      ],
    ] as const) {
      const error = await callFailure(plugin.collect({ options: {}, secret_data: secret, task_options }));
      expect(error.codeName).toBe('INVALID_ARGUMENT');
      expect(error.details).toContain(key);
    }
  });

  it('an unreachable token endpoint fails verify with ERROR_AUTHENTICATE_FAILURE, and the plugin keeps serving', async () => {
    const error = await callFailure(verify({ ...secret, token_uri: 'http://127.0.0.1:9/token' }));
    expect(error.errorCode).toBe('ERROR_AUTHENTICATE_FAILURE');
    await expect(verify(secret)).resolves.toEqual({});
  });
});

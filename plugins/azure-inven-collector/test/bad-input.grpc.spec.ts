// Bad input gets INVALID_ARGUMENT / REQUIRED_PARAMETER naming the key, never a crash or a hang.
import { startAzureSandbox, type AzureSandbox } from '@cloudforet/sandbox';
import { sandboxSecret } from './harness';
import { callFailure, startPlugin, type PluginUnderTest } from './plugin-under-test';

describe('azure-inven-collector with bad input', () => {
  let azure: AzureSandbox;
  let plugin: PluginUnderTest;
  let secret: Record<string, string>;
  beforeAll(async () => {
    azure = await startAzureSandbox();
    plugin = await startPlugin(azure);
    secret = sandboxSecret(azure);
  });
  afterAll(async () => {
    await plugin.close();
    await azure.close();
  });

  const verify = (secret_data: unknown, options: unknown = {}) =>
    plugin.client.call('Collector.verify', { options, secret_data });

  it.each([
    ['a missing client_secret', { client_secret: undefined }, 'ERROR_REQUIRED_PARAMETER', 'secret_data.client_secret'],
    ['an empty tenant_id', { tenant_id: '' }, 'ERROR_REQUIRED_PARAMETER', 'secret_data.tenant_id'],
    ['a non-string client_id', { client_id: 42 }, 'ERROR_INVALID_PARAMETER_TYPE', 'secret_data.client_id'],
    [
      'a subscription_id that is no GUID',
      { subscription_id: '../x' },
      'ERROR_INVALID_PARAMETER',
      'secret_data.subscription_id',
    ],
    [
      'a tenant_id that is neither GUID nor domain',
      { tenant_id: 'a/b' },
      'ERROR_INVALID_PARAMETER',
      'secret_data.tenant_id',
    ],
  ])('%s is refused naming the key', async (_, change, code, key) => {
    const error = await callFailure(verify({ ...secret, ...change }));
    expect(error.errorCode).toBe(code);
    expect(error.details).toContain(key);
    expect(error.details).not.toContain(secret.client_secret);
  });

  it('bad options name their key, in collect, verify, init and get_tasks', async () => {
    for (const [options, key] of [
      [{ cloud_service_groups: 'Compute' }, 'options.cloud_service_groups'],
      [{ cloud_service_groups: [1] }, 'options.cloud_service_groups'],
      [{ resource_types: ['inventory.Server'] }, 'options.resource_types'],
      [{ concurrency: 0 }, 'options.concurrency'],
    ] as const) {
      for (const call of [
        plugin.collect({ options, secret_data: secret }),
        verify(secret, options),
        plugin.client.call('Collector.init', { options }),
        plugin.client.call('Job.get_tasks', { options, secret_data: secret }),
      ]) {
        const error = await callFailure(call);
        expect(error.codeName).toBe('INVALID_ARGUMENT');
        expect(error.details).toContain(key);
      }
    }
  });

  it('upstream groups this version does not collect are accepted and logged', async () => {
    plugin.logs.lines.length = 0;
    const all = await plugin.collect({
      options: { cloud_service_groups: ['KeyVaults', 'LoadBalancers'] },
      secret_data: secret,
    });
    expect(all.filter((m) => m.resource_type === 'inventory.CloudService')).toHaveLength(
      azure.subscriptions[0].total('loadBalancers'),
    );
    expect(plugin.logs.records().some((l) => l.msg === 'not collected by this version: KeyVaults')).toBe(true);
  });

  it('task_options that are not one of get_tasks` name the key', async () => {
    for (const [task_options, key] of [
      [{ resource_type: 'inventory.Server' }, 'task_options.resource_type'],
      [
        { resource_type: 'inventory.CloudService', cloud_service_groups: ['Nope'] },
        'task_options.cloud_service_groups',
      ],
      [{ resource_type: 'inventory.CloudService', cloud_service_groups: 'Disks' }, 'task_options.cloud_service_groups'],
    ] as const) {
      const error = await callFailure(plugin.collect({ options: {}, secret_data: secret, task_options }));
      expect(error.codeName).toBe('INVALID_ARGUMENT');
      expect(error.details).toContain(key);
    }
  });

  it('an unknown tenant is refused by Entra ID (AADSTS90002); an unknown client (AADSTS700016)', async () => {
    const tenant = await callFailure(verify({ ...secret, tenant_id: '00000000-0000-4000-8000-000000000000' }));
    expect(tenant.errorCode).toBe('ERROR_AUTHENTICATE_FAILURE');
    expect(tenant.details).toContain('AADSTS90002');
    const client = await callFailure(verify({ ...secret, client_id: '00000000-0000-4000-8000-000000000001' }));
    expect(client.details).toContain('AADSTS700016');
  });

  it('an unreachable authority fails verify with ERROR_AUTHENTICATE_FAILURE, and the plugin keeps serving', async () => {
    const nowhere = await startPlugin(azure, { authorityHost: 'https://127.0.0.1:9', maxRetries: 0 });
    try {
      const error = await callFailure(nowhere.client.call('Collector.verify', { options: {}, secret_data: secret }));
      expect(error.errorCode).toBe('ERROR_AUTHENTICATE_FAILURE');
      expect(error.details).not.toContain(secret.client_secret);
    } finally {
      await nowhere.close();
    }
    await expect(verify(secret)).resolves.toEqual({});
  });
});

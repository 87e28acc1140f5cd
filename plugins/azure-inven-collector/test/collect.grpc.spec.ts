// The collector through the core-like client, with exactly the keys inventory sends, against an
// Azure sandbox of 3 locations: init, verify (the client-secret grant at Entra ID), Job.get_tasks,
// collect of every task and of everything, one VM checked field by field against the sandbox.
import { assertNoSecrets, UPSTREAM_INIT_METADATA, UPSTREAM_RESOURCE_TYPES } from '@cloudforet/plugin-testing';
import { AZURE_VM_SIZES, startAzureSandbox, type AzureSandbox } from '@cloudforet/sandbox';
import { sandboxSecret } from './harness';
import { callFailure, startPlugin, type Message, type PluginUnderTest } from './plugin-under-test';
import { countsOf, expectedCounts } from './sandbox-expectations';

const GROUPS = [
  'Disks',
  'LoadBalancers',
  'NetworkSecurityGroups',
  'PublicIPAddresses',
  'Snapshots',
  'VMScaleSets',
  'VirtualMachines',
  'VirtualNetworks',
];

describe('azure-inven-collector over gRPC', () => {
  let azure: AzureSandbox;
  let plugin: PluginUnderTest;
  let secret: Record<string, string>;
  const byTask: { task: Message; messages: Message[] }[] = [];

  beforeAll(async () => {
    azure = await startAzureSandbox({ vmsPerLocation: 12, pageSize: 10 });
    plugin = await startPlugin(azure);
    secret = sandboxSecret(azure);
  });
  afterAll(async () => {
    await plugin.close();
    await azure.close();
  });

  it('init answers upstream`s metadata keys and its cloud_service_groups form', async () => {
    const { metadata } = (await plugin.client.call('Collector.init', { options: {} })) as { metadata: Message };
    expect(metadata).toMatchObject({
      supported_resource_type: UPSTREAM_RESOURCE_TYPES,
      ...UPSTREAM_INIT_METADATA,
    });
    expect(metadata.options_schema.properties.cloud_service_groups).toMatchObject({
      title: 'Specific services',
      type: 'string',
      default: 'All',
      enum: ['All', ...GROUPS],
    });
  });

  describe('verify', () => {
    const verify = (secret_data: Message) => plugin.client.call('Collector.verify', { options: {}, secret_data });

    it('gets a token with the client secret at Entra ID, then reads the subscription', async () => {
      azure.reset();
      await expect(verify(secret)).resolves.toEqual({});
      expect(azure.calls.calls.map((c) => `${c.service}:${c.action}:${c.status}`)).toEqual([
        'entra:token:200',
        'subscriptions:subscriptions.get:200',
      ]);
    });

    it('a wrong client secret is refused there: ERROR_AUTHENTICATE_FAILURE with Entra`s reason, never the secret', async () => {
      azure.reset();
      const wrong = { ...secret, client_secret: 'Wr0ng~secret-value-of-forty-characters-xx' };
      const error = await callFailure(verify(wrong));
      expect([error.codeName, error.errorCode]).toEqual(['UNAUTHENTICATED', 'ERROR_AUTHENTICATE_FAILURE']);
      expect(error.details).toContain('AADSTS7000215: Invalid client secret provided.');
      expect(error.details).not.toContain(wrong.client_secret);
      expect(error.details).not.toContain(secret.client_secret);
      expect(azure.calls.calls.map((c) => `${c.service}:${c.action}:${c.error}`)).toEqual([
        'entra:token:invalid_client',
      ]);
    });

    it('a subscription the principal does not reach is refused by ARM with its reason', async () => {
      const error = await callFailure(verify({ ...secret, subscription_id: azure.subscriptions[1].subscriptionId }));
      expect(error.errorCode).toBe('ERROR_AUTHENTICATE_FAILURE');
      expect(error.details).toContain('403 AuthorizationFailed');
      // The subscription id is part of secret_data: redacted like the rest of it.
      expect(error.details).not.toContain(azure.subscriptions[1].subscriptionId);
    });
  });

  it('Job.get_tasks answers upstream`s tasks: each group × resource type, then the regions', async () => {
    const { tasks } = (await plugin.client.call('Job.get_tasks', { options: {}, secret_data: secret })) as {
      tasks: Message[];
    };
    expect(tasks.map((t) => t.task_options)).toEqual([
      ...GROUPS.flatMap((g) => [
        { resource_type: 'inventory.CloudService', cloud_service_groups: [g] },
        { resource_type: 'inventory.CloudServiceType', cloud_service_groups: [g] },
      ]),
      { resource_type: 'inventory.Region' },
    ]);
    const only = (await plugin.client.call('Job.get_tasks', {
      options: { cloud_service_groups: 'Disks', resource_types: ['inventory.CloudService'] },
      secret_data: secret,
    })) as { tasks: Message[] };
    expect(only.tasks.map((t) => t.task_options)).toEqual([
      { resource_type: 'inventory.CloudService', cloud_service_groups: ['Disks'] },
      { resource_type: 'inventory.Region' },
    ]);
    for (const { task_options } of tasks)
      byTask.push({
        task: task_options,
        messages: await plugin.collect({ options: {}, secret_data: secret, task_options }),
      });
  });

  it('each task streams its part: every type`s count as the sandbox holds it, types, regions', async () => {
    const all = byTask.flatMap((t) => t.messages);
    expect(all.filter((m) => m.state !== 'SUCCESS')).toEqual([]);
    expect(countsOf(all)).toEqual(expectedCounts(azure));
    for (const { task, messages } of byTask) {
      const kinds = new Set(messages.map((m) => m.resource_type));
      expect([...kinds]).toEqual([task.resource_type]);
      if (task.resource_type === 'inventory.CloudServiceType')
        expect(messages.map((m) => [m.resource.group, m.match_rules])).toEqual(
          messages.map(() => [task.cloud_service_groups[0], { '1': ['name', 'group', 'provider'] }]),
        );
    }
    const regions = byTask.find((t) => t.task.resource_type === 'inventory.Region')!.messages;
    expect(regions.map((m) => [m.resource.region_code, m.resource.name, m.match_rules])).toEqual([
      ['koreacentral', '(Asia Pacific) Korea Central Seoul', { '1': ['provider', 'region_code'] }],
      ['eastus', '(US) East US Virginia', { '1': ['provider', 'region_code'] }],
      ['westeurope', '(Europe) West Europe Netherlands', { '1': ['provider', 'region_code'] }],
    ]);
    expect(regions[0].resource.tags).toEqual({ latitude: '37.5665', longitude: '126.9780', continent: 'asia_pacific' });
  });

  it('a VM carries upstream`s data layout, matching the sandbox`s VM, NIC, NSG, LB and network field by field', async () => {
    const sub = azure.subscriptions[0];
    const raw = sub.vm(1, 0, { instanceView: true }) as Message; // eastus, VM 0: a public IP, a data disk, in the LB pool
    const vm = byTask.flatMap((t) => t.messages).find((m) => m.resource.name === raw.name)!;
    const rg = raw.id.split('/')[4];
    expect(vm.match_rules).toEqual({
      '1': ['reference.resource_id', 'provider', 'cloud_service_type', 'cloud_service_group', 'account'],
    });
    expect(vm.resource).toMatchObject({
      name: raw.name,
      provider: 'azure',
      cloud_service_group: 'VirtualMachines',
      cloud_service_type: 'Instance',
      account: sub.subscriptionId,
      region_code: 'eastus',
      instance_type: raw.properties.hardwareProfile.vmSize,
      tags: raw.tags,
      reference: {
        resource_id: raw.id,
        external_link: `https://portal.azure.com/#@.onmicrosoft.com/resource${raw.id}/overview`,
      },
      metadata: {
        view: {
          sub_data: {
            reference: {
              resource_type: 'inventory.CloudServiceType',
              options: { provider: 'azure', cloud_service_group: 'VirtualMachines', cloud_service_type: 'Instance' },
            },
          },
        },
      },
    });
    expect(vm.resource.ip_addresses.sort()).toEqual([sub.privateIp(1, 0), sub.publicIpAddress(1, 0)].sort());
    const data = vm.resource.data;
    const size = raw.properties.hardwareProfile.vmSize as string;
    const power = raw.properties.instanceView.statuses[1].code.split('/')[1].toUpperCase();
    const image = raw.properties.storageProfile.imageReference;
    expect(data.compute).toEqual({
      keypair: '',
      instance_state: power,
      instance_type: size,
      launched_at: raw.properties.instanceView.statuses[0].time,
      instance_id: raw.id,
      instance_name: raw.name,
      security_groups: [{ display: 'nsg-eastus', id: sub.nsgId(1), name: 'nsg-eastus' }],
      image: `/Subscriptions/${sub.subscriptionId}/Providers/Microsoft.Compute/Locations/eastus/Publishers/${image.publisher}/ArtifactTypes/VMImage/Offers/${image.offer}/Skus/${image.sku}/Versions/${image.exactVersion}`,
      tags: { vm_id: raw.properties.vmId },
      az: raw.zones ? `eastus-${raw.zones[0]}` : 'eastus',
      account: 'Sandbox Subscription 1',
    });
    expect(data.hardware).toMatchObject({
      name: size,
      core: AZURE_VM_SIZES[size].vCPUs,
      memory: AZURE_VM_SIZES[size].memoryGB,
    });
    expect(data.os).toMatchObject({ os_type: raw.properties.storageProfile.osDisk.osType.toUpperCase() });
    expect(data).toMatchObject({
      tenant_id: azure.tenantId,
      subscription_id: sub.subscriptionId,
      subscription_name: 'Sandbox Subscription 1',
      resource_group: rg,
      primary_ip_address: sub.privateIp(1, 0),
      azure_monitor: { resource_id: raw.id },
      activity_log: { resource_uri: raw.id },
      vnet: { vnet_id: sub.virtualNetworkId(1), vnet_name: 'vnet-eastus', cidr: '10.1.0.0/16' },
      subnet: { subnet_id: sub.subnetId(1), subnet_name: 'default', cidr: '10.1.0.0/20' },
      azure: { priority: 'Regular', tags: Object.entries(raw.tags).map(([key, value]) => ({ key, value })) },
    });
    // upstream's sizes are bytes, its encryption set PMK without a customer-managed key
    expect(data.disks.map((d: Message) => [d.disk_type, d.size, d.tags.disk_name, d.tags.disk_encryption_set])).toEqual(
      [
        ['os_disk', 30 * 1024 ** 3, `${raw.name}-osdisk`, 'PMK'],
        ['data_disk', 128 * 1024 ** 3, `${raw.name}-data0`, 'PMK'],
      ],
    );
    // upstream's keys exactly (its iops and throughput never appear: its lookup empties the disk list first)
    expect(Object.keys(data.disks[1]).sort()).toEqual(['device_index', 'disk_type', 'size', 'tags']);
    expect(Object.keys(data.disks[1].tags).sort()).toEqual([
      'caching',
      'disk_encryption_set',
      'disk_id',
      'disk_name',
      'storage_account_type',
    ]);
    expect(data.nics).toEqual([
      expect.objectContaining({
        nic_id: sub.nicId(1, 0),
        ip_addresses: [sub.privateIp(1, 0)],
        public_ip_address: sub.publicIpAddress(1, 0),
        cidr: '10.1.0.0/20',
        tags: expect.objectContaining({ enable_accelerated_networking: true, enable_ip_forwarding: false }),
      }),
    ]);
    // upstream's entry, keys and values (upstream's own matching empties its lists first and finds none)
    expect(data.load_balancer).toEqual([
      {
        type: 'network',
        scheme: 'internet-facing',
        endpoint: '20.41.255.1',
        port: [443],
        name: 'lb-eastus',
        protocol: ['TCP'],
        tags: { lb_id: sub.loadBalancerId(1) },
      },
    ]);
    expect(data.security_group.map((r: Message) => [r.security_group_name, r.port, r.direction, r.action])).toEqual([
      ['nsg-eastus', '22', 'inbound', 'allow'],
      ['nsg-eastus', '443', 'inbound', 'allow'],
    ]);
  });

  it('other types carry the resource in upstream`s snake_case layout with the subscription fields', async () => {
    const sub = azure.subscriptions[0];
    const all = byTask.flatMap((t) => t.messages);
    const disk = all.find(
      (m) => m.resource.cloud_service_group === 'Disks' && m.resource.name === 'vm-eastus-0-data0',
    )!;
    expect(disk.resource).toMatchObject({
      instance_type: 'Premium SSD',
      instance_size: 128 * 1024 ** 3,
      region_code: 'eastus',
    });
    expect(disk.resource.data).toMatchObject({
      disk_size_gb: 128,
      disk_state: 'Attached',
      managed_by: 'vm-eastus-0',
      sku: { name: 'Premium SSD', tier: 'Premium' },
      subscription_name: 'Sandbox Subscription 1',
      azure_monitor: { resource_id: disk.resource.reference.resource_id },
    });
    const nsg = all.find((m) => m.resource.cloud_service_group === 'NetworkSecurityGroups')!;
    expect(nsg.resource.data.inbound_security_rules.map((r: Message) => r.destination_port_range)).toEqual([
      '22',
      '443',
    ]);
    expect(nsg.resource.data.network_interfaces).toHaveLength(12);
    const ip = all.find(
      (m) => m.resource.cloud_service_group === 'PublicIPAddresses' && m.resource.name === 'lb-koreacentral-ip',
    )!;
    expect(ip.resource).toMatchObject({ ip_addresses: ['20.40.255.1'], data: { associated_to: 'lb-koreacentral' } });
    const scaleSet = all.find(
      (m) => m.resource.cloud_service_group === 'VMScaleSets' && m.resource.name === sub.scaleSet(0).name,
    )!;
    // Upstream counts the listed instances, and sets no count when there are none.
    const capacity = (sub.scaleSet(0).sku as Message).capacity as number;
    expect(scaleSet.resource.data.vm_instances).toHaveLength(capacity);
    expect(scaleSet.resource.data.instance_count).toBe(capacity > 0 ? capacity : undefined);
  });

  it('everything in one stream: types, resources, then regions; one group by option', async () => {
    azure.reset();
    const all = await plugin.collect({ options: {}, secret_data: secret });
    expect(countsOf(all)).toEqual(expectedCounts(azure));
    const kinds = all.map((m) => m.resource_type);
    expect(kinds.slice(0, 8)).toEqual(Array(8).fill('inventory.CloudServiceType'));
    expect(kinds.lastIndexOf('inventory.CloudService')).toBeLessThan(kinds.indexOf('inventory.Region'));
    expect(kinds.filter((k) => k === 'inventory.Region')).toHaveLength(3);
    // VMs paged by nextLink: 36 at 10 a page.
    expect(azure.calls.where({ action: 'virtualMachines.listAll' })).toHaveLength(4);
    const disksOnly = await plugin.collect({ options: { cloud_service_groups: 'Disks' }, secret_data: secret });
    expect(countsOf(disksOnly)).toEqual({ 'Disks/Disk': expectedCounts(azure)['Disks/Disk'] });
  });

  it('on the wire a CloudService carries json_data and a json_metadata reference; types keep Struct metadata', async () => {
    const wire: Message[] = [];
    const params = { options: { cloud_service_groups: 'Disks' }, secret_data: secret, filter: {} };
    for await (const m of plugin.client.stream('Collector.collect', params)) wire.push(m);
    const disk = wire.find((m) => m.resource_type === 'inventory.CloudService')!;
    expect(disk.resource).not.toHaveProperty('data');
    expect(disk.resource).not.toHaveProperty('metadata');
    expect(JSON.parse(disk.resource.json_data)).toMatchObject({ subscription_id: secret.subscription_id });
    expect(JSON.parse(disk.resource.json_metadata)).toEqual({
      view: {
        sub_data: {
          reference: {
            resource_type: 'inventory.CloudServiceType',
            options: { provider: 'azure', cloud_service_group: 'Disks', cloud_service_type: 'Disk' },
          },
        },
      },
    });
    const type = wire.find((m) => m.resource_type === 'inventory.CloudServiceType')!;
    expect(type.resource.metadata.view.table).toBeDefined();
    expect(type.resource).not.toHaveProperty('json_metadata');
  });

  it('logs one line per type, and no secret: neither the client secret nor an access token', async () => {
    plugin.logs.lines.length = 0;
    await plugin.collect({ options: {}, secret_data: secret });
    const lines = plugin.logs.records().filter((l) => typeof l.cloud_service_type === 'string' && 'count' in l);
    expect(lines.map((l) => l.cloud_service_type).sort()).toEqual(Object.keys(expectedCounts(azure)).sort());
    expect(azure.issuedTokens().length).toBeGreaterThan(3);
    assertNoSecrets(plugin.logs.text, [secret.client_secret, ...azure.issuedTokens()], 'the plugin logs');
  });
});

// The detail tabs of VirtualMachines/Instance through the core-like client: `sub_data.layouts` field
// by field as upstream's metadata YAML declares them, and every key a tab names found in the collected
// VMs but those listed below.
import { startAzureSandbox, type AzureSandbox } from '@cloudforet/sandbox';
import { vmResource } from '../src/virtual-machines/vm-shape';
import type { VmRelated } from '../src/virtual-machines/vm-related';
import { sandboxSecret } from './harness';
import { startPlugin, type Message, type PluginUnderTest } from './plugin-under-test';
import { badges, list, states, tab, tabs, text, unresolvedKeys, type Col, type Tab } from './detail-layouts';

const TRUE_FALSE: [string, string][] = [
  ['true', 'indigo.500'],
  ['false', 'coral.600'],
];
const subKeyList = (name: string, key: string, subKey: string): Col => ({
  name,
  key,
  type: 'list',
  options: { sub_key: subKey, delimiter: '<br>' },
});

/** Keys upstream's tabs name that its data never holds (the README lists them). */
const NEVER_IN_UPSTREAM_DATA = [
  // upstream's tab spells it `storage_Account_type`, its data `storage_account_type`
  'data.disks.tags.storage_Account_type',
  // upstream empties the disk list it would read them from before looking a disk up
  'data.disks.tags.iops',
  'data.disks.tags.throughput_mbps',
];
/** ARM's keys (upstream shows them when set) that the sandbox's resources leave out. */
const NOT_SET_BY_THE_SANDBOX = ['data.nics.tags.etag'];
const EXPECTED_MISSING = new Set([...NEVER_IN_UPSTREAM_DATA, ...NOT_SET_BY_THE_SANDBOX]);

const UPSTREAM: Tab[] = [
  tabs('Azure VM', [
    tab('Virtual Machine', 'item', [
      text('Resource ID', 'data.compute.instance_id'),
      text('VM ID', 'data.compute.tags.vm_id'),
      states('VM State', 'data.compute.instance_state', [
        ['RUNNING', 'green.500'],
        ['STARTING', 'yellow.500'],
        ['DEALLOCATING', 'yellow.500'],
        ['STOPPING', 'yellow.500'],
        ['STOPPED', 'red.500', 'red.500'],
        ['DEALLOCATED', 'gray.400', 'gray.400'],
      ]),
      text('Instance Type', 'data.compute.instance_type'),
      text('Image', 'data.compute.image'),
      badges('Azure Priority', 'data.azure.priority', [
        ['Regular', 'indigo.500'],
        ['Low', 'coral.600'],
        ['Spot', 'peacock.600'],
      ]),
      text('Region', 'region_code'),
      text('Availability Zone', 'data.compute.az'),
      text('Key Pair', 'data.compute.keypair'),
      badges('Ultra SSD Enabled', 'data.azure.ultra_ssd_enabled', TRUE_FALSE),
      badges('Write Accelerator Enabled', 'data.azure.write_accelerator_enabled', TRUE_FALSE),
      badges('Boot Diagnostics', 'data.azure.boot_diagnostics', TRUE_FALSE),
      subKeyList('Public IP', 'data.nics', 'public_ip_address'),
      subKeyList('Security Groups', 'data.compute.security_groups', 'display'),
      text('Launched At', 'data.compute.launched_at'),
    ]),
    tab('Virtual Network', 'item', [
      text('VNet ID', 'data.vnet.vnet_id'),
      text('VNet Name', 'data.vnet.vnet_name'),
      text('Subnet ID', 'data.subnet.subnet_id'),
      text('Subnet Name', 'data.subnet.subnet_name'),
    ]),
    tab('Operating System', 'item', [
      text('OS Type', 'data.os.os_type'),
      text('OS Distribution', 'data.os.os_distro'),
      text('OS Version Details', 'data.os.details'),
    ]),
    tab('Hardware', 'item', [text('Core', 'data.hardware.core'), text('Memory', 'data.hardware.memory')]),
  ]),
  tab(
    'Disk',
    'table',
    [
      text('Index', 'device_index'),
      text('Name', 'tags.disk_name'),
      text('Size', 'size'),
      text('Disk ID', 'tags.disk_id'),
      text('Storage Account Type', 'tags.storage_Account_type'),
      text('IOPS', 'tags.iops'),
      text('Throughput (mbps)', 'tags.throughput_mbps'),
      text('Encryption Set', 'tags.disk_encryption_set'),
      text('Caching', 'tags.caching'),
    ],
    'data.disks',
  ),
  tab(
    'NIC',
    'table',
    [
      text('Index', 'device_index'),
      text('Name', 'tags.name'),
      list('IP Addresses', 'ip_addresses', '<br>'),
      text('Public IP', 'public_ip_address'),
      text('MAC Address', 'mac_address'),
      text('CIDR', 'cidr'),
      text('etag', 'tags.etag'),
      badges('Enable Accelerated Networking', 'tags.enable_accelerated_networking', TRUE_FALSE),
      badges('Enable IP Forwarding', 'tags.enable_ip_forwarding', TRUE_FALSE),
    ],
    'data.nics',
  ),
  tab(
    'Network Security Groups',
    'table',
    [
      badges('Direction', 'direction', [
        ['inbound', 'indigo.500'],
        ['outbound', 'coral.600'],
      ]),
      text('Name', 'security_group_name'),
      badges('Protocol', 'protocol', [
        ['ALL', 'violet.600'],
        ['TCP', 'indigo.500'],
        ['UDP', 'coral.600'],
        ['ICMP', 'peacock.500'],
      ]),
      text('Port Range', 'port'),
      text('Remote', 'remote'),
      text('Priority', 'priority'),
      badges('Action', 'action', [
        ['allow', 'indigo.500'],
        ['deny', 'coral.600'],
      ]),
      text('Description', 'description'),
    ],
    'data.security_group',
  ),
  tab(
    'Load Balancer',
    'table',
    [
      text('Name', 'name'),
      text('Endpoint', 'endpoint'),
      badges('Type', 'type', [
        ['network', 'indigo.500'],
        ['application', 'coral.600'],
      ]),
      list('Protocol', 'protocol', '<br>'),
      list('Port', 'port', '<br>'),
      badges('Scheme', 'scheme', [
        ['internet-facing', 'indigo.500'],
        ['internal', 'coral.600'],
      ]),
    ],
    'data.load_balancer',
  ),
];

describe('azure-inven-collector detail tabs: virtual machines', () => {
  let azure: AzureSandbox;
  let plugin: PluginUnderTest;
  let messages: Message[];
  const layouts = (): Tab[] =>
    messages.find((m) => m.resource_type === 'inventory.CloudServiceType' && m.resource.group === 'VirtualMachines')!
      .resource.metadata.view.sub_data.layouts;
  const vms = () =>
    messages
      .filter(
        (m) => m.resource_type === 'inventory.CloudService' && m.resource.cloud_service_group === 'VirtualMachines',
      )
      .map((m) => m.resource as Message);
  /** The keys the tabs name that none of the VMs holds. */
  const inNoVm = () => {
    const missing = vms().map((vm) => unresolvedKeys(layouts(), vm));
    return missing[0].filter((key) => missing.every((keys) => keys.includes(key)));
  };

  beforeAll(async () => {
    azure = await startAzureSandbox({ vmsPerLocation: 4 });
    plugin = await startPlugin(azure);
    messages = await plugin.collect({
      options: { cloud_service_groups: ['VirtualMachines'] },
      secret_data: sandboxSecret(azure),
    });
  });
  afterAll(async () => {
    await plugin.close();
    await azure.close();
  });

  it('sends upstream`s tabs, field by field', () => {
    expect(layouts()).toEqual(UPSTREAM);
  });

  it('every key its tabs name is in the data, but those listed above', () => {
    expect(vms().length).toBeGreaterThan(0);
    expect(inNoVm().filter((key) => !EXPECTED_MISSING.has(key))).toEqual([]);
  });

  it('every key listed above is indeed missing (the lists hold nothing stale)', () => {
    const missing = new Set(inNoVm());
    expect([...EXPECTED_MISSING].filter((key) => !missing.has(key))).toEqual([]);
  });

  it('a NIC with an etag shows it, and a disk with a customer-managed key is CMK', () => {
    const nicId = '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/networkInterfaces/nic';
    const subnetId = '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/a';
    const related: VmRelated = {
      nics: new Map([
        [
          nicId.toLowerCase(),
          {
            name: 'nic',
            etag: 'W/"00000000-0000-0000-0000-000000000001"',
            macAddress: '00-0D-3A-00-00-01',
            enableIPForwarding: true,
            enableAcceleratedNetworking: false,
            ipConfigurations: [{ privateIPAddress: '10.0.1.4', subnetId, publicIpId: '' }],
          },
        ],
      ]),
      publicIps: new Map(),
      securityGroupOfNic: new Map(),
      loadBalancersOfNic: new Map(),
      subnets: new Map([
        [
          subnetId.toLowerCase(),
          { vnet: { id: 'v', name: 'v' }, subnet: { id: subnetId, addressPrefix: '10.0.1.0/24' } },
        ],
      ]),
      skus: new Map(),
    };
    const vm = vmResource(
      {
        id: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm',
        name: 'vm',
        location: 'eastus',
        networkProfile: { networkInterfaces: [{ id: nicId }] },
        storageProfile: {
          osDisk: {
            name: 'os',
            diskSizeGB: 4,
            managedDisk: { id: 'd', storageAccountType: 'Premium_LRS', diskEncryptionSetId: 'des' },
          },
        },
      },
      { tenant_id: 't', subscription_id: 's', subscription_name: 'S' },
      related,
    );
    const { json_data, ...resource } = vm.resource as Message;
    const data = JSON.parse(json_data);
    expect(data.nics).toEqual([
      expect.objectContaining({
        cidr: '10.0.1.0/24',
        tags: {
          name: 'nic',
          etag: 'W/"00000000-0000-0000-0000-000000000001"',
          enable_accelerated_networking: false,
          enable_ip_forwarding: true,
        },
      }),
    ]);
    expect(data.disks[0]).toMatchObject({
      size: 4 * 1024 ** 3,
      tags: { disk_encryption_set: 'CMK', disk_id: 'd', storage_account_type: 'Premium_LRS' },
    });
    const missing = unresolvedKeys(layouts(), { ...resource, data });
    expect(missing.filter((key) => key.startsWith('data.nics.'))).toEqual([]);
  });
});

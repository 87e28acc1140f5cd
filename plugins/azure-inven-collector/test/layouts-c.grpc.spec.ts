// The detail tabs of VirtualNetworks/Instance, LoadBalancers/Instance and VMScaleSets/ScaleSet through
// the core-like client: each type's `sub_data.layouts` field by field as upstream's metadata YAML
// declares them, and every key a tab names found in the collected resources but those listed below
// (a virtual network's rows the sandbox leaves out are found in one that has every piece).
import type { VirtualNetwork } from '@azure/arm-network';
import { startAzureSandbox, type AzureSandbox } from '@cloudforet/sandbox';
import { upstreamShape } from '../src/azure-resource';
import { vnetDisplay } from '../src/virtual-networks/virtual-network';
import { sandboxSecret } from './harness';
import { startPlugin, type Message, type PluginUnderTest } from './plugin-under-test';
import { list, states, tab, tabs, text, unresolvedKeys, type Tab } from './detail-layouts';

const OVERVIEW = [
  text('Name', 'name'),
  text('Resource ID', 'data.id'),
  text('Resource Group', 'data.resource_group'),
  text('Location', 'data.location'),
  text('Subscription', 'data.subscription_name'),
  text('Subscription ID', 'account'),
];
const STOPPED = 'yellow.500';
const P = 'data.virtual_machine_profile';

/** Keys upstream's tabs name that its data never holds (the README lists them). */
const NEVER_IN_UPSTREAM_DATA = [
  // a CloudService has no `type`; upstream never stores the frontends' private addresses
  'type',
  'data.private_ip_address_display',
  // upstream's firewall lookup never matches
  'data.azure_firewall.name',
  'data.azure_firewall.ip_configurations.private_ip_address',
  'data.azure_firewall.subnet',
  // `option` is a string; upstream sets neither the NIC flag nor (its instance-view read is commented out) the status
  `${P}.storage_profile.os_disk.diff_disk_settings.option.local`,
  `${P}.network_profile.network_interface_configurations.enable_accelerated_networking_display`,
  'data.vm_instances.vm_instance_status_profile.statuses.code',
  // ARM never returns a profile's custom data
  `${P}.os_profile.custom_data`,
];
/** ARM's optional keys (upstream shows them when set) that the sandbox's resources leave out. */
const NOT_SET_BY_THE_SANDBOX = [
  'data.resource_guid',
  'data.subnets.address_prefixes',
  'data.subnets.delegations.name',
  ...['name', 'peering_state', 'remote_virtual_network.id', 'allow_gateway_transit'].map(
    (k) => `data.virtual_network_peerings.${k}`,
  ),
  ...['service', 'subnet', 'provisioning_state', 'locations'].map((k) => `data.service_endpoints.${k}`),
  ...['name', 'subnet', 'resource_group'].map((k) => `data.private_endpoints.${k}`),
  'data.host_group.id',
  `${P}.eviction_policy`,
  `${P}.billing_profile.max_price`,
  'data.proximity_placement_group_display',
  'data.automatic_repairs_policy.enabled',
  `${P}.network_profile.network_interface_configurations.ip_configurations.public_ip_address_configuration`,
  `${P}.network_profile.network_interface_configurations.ip_configurations.private_ip_address_version`,
  'data.scale_in_policy.rules',
  `${P}.storage_profile.os_disk.disk_size_gb`,
  ...['name', 'disk_iops_read_write', 'disk_m_bps_read_write', 'disk_encryption_set.id'].map(
    (k) => `${P}.storage_profile.data_disks.${k}`,
  ),
  `${P}.os_profile.linux_configuration.provision_vm_agent`,
  'data.upgrade_policy.automatic_os_upgrade_policy.enable_automatic_os_upgrade',
];
const EXPECTED_MISSING = new Set([...NEVER_IN_UPSTREAM_DATA, ...NOT_SET_BY_THE_SANDBOX]);

const UPSTREAM: Record<string, Tab[]> = {
  VirtualNetworks: [
    tab('Virtual Network', 'item', [
      ...OVERVIEW,
      list('DNS Servers', 'data.dhcp_options.dns_servers', ', '),
      states('DDoS Protection Standard', 'data.enable_ddos_protection', [
        ['True', 'green.500'],
        ['False', 'yellow.500'],
      ]),
      text('Resource GUID', 'data.resource_guid'),
      text('Address Space', 'data.address_space.address_prefixes'),
    ]),
    tab(
      'Connected Devices',
      'simple-table',
      [text('Device', 'device'), text('Type', 'type'), text('Subnet', 'name')],
      'data.connected_devices',
    ),
    tab(
      'Subnets',
      'simple-table',
      [
        text('Name', 'name'),
        text('IP Address Prefix', 'address_prefix'),
        list('IP Address Prefixes', 'address_prefixes', ', '),
        text('Delegated To', 'delegations.name'),
        text('Security Group', 'network_security_group.name'),
      ],
      'data.subnets',
    ),
    tab(
      'Firewall',
      'simple-table',
      [text('Name', 'name'), text('IP Address', 'ip_configurations.private_ip_address'), text('Subnet', 'subnet')],
      'data.azure_firewall',
    ),
    tab(
      'Peerings',
      'simple-table',
      [
        text('Name', 'name'),
        states('Peering Status', 'peering_state', [
          ['Connected', 'green.500'],
          ['Disconnected', 'yellow.500'],
          ['Initiated', 'yellow.500'],
        ]),
        text('Peer', 'remote_virtual_network.id'),
        text('Gateway Transit', 'allow_gateway_transit'),
      ],
      'data.virtual_network_peerings',
    ),
    tab(
      'Service Endpoints',
      'simple-table',
      [
        text('Service', 'service'),
        text('Subnet', 'subnet'),
        states('Status', 'provisioning_state', [
          ['Succeeded', 'green.500'],
          ['Failed', 'yellow.500'],
          ['Deleting', 'yellow.500'],
          ['Updating', 'yellow.500'],
        ]),
        text('Locations', 'locations'),
      ],
      'data.service_endpoints',
    ),
    tab(
      'Private Endpoints',
      'simple-table',
      [text('Name', 'name'), text('Subnet', 'subnet'), text('Resource Group', 'resource_group')],
      'data.private_endpoints',
    ),
  ],
  LoadBalancers: [
    tab('LoadBalancers', 'item', [
      text('Name', 'name'),
      text('Resource Group', 'data.resource_group'),
      text('Resource ID', 'data.id'),
      text('Location', 'data.location'),
      text('Subscription', 'account'),
      text('SKU', 'type'),
      text('Backend pools', 'data.backend_address_pools_count_display'),
      list('Health Probe', 'data.probes_display', '<br>'),
      list('Load Balancing Rule', 'data.load_balancing_rules_display', '<br>'),
      list('NAT Rules', 'data.inbound_nat_rules_display', '<br>'),
      list('Private IP Address', 'data.private_ip_address_display', '<br>'),
    ]),
    tabs('Frontend IP Configurations', [
      tab(
        'Frontend IP Configurations',
        'simple-table',
        [
          text('Name', 'name'),
          text('IP Address', 'private_ip_address'),
          text('IP Version', 'private_ip_address_version'),
        ],
        'data.frontend_ip_configurations',
      ),
      tab('Used By', 'item', [list('Used By', 'data.frontend_ip_configurations_used_by_display', '<br>')]),
    ]),
    tabs('Backend Pools', [
      tab('Backend Pools', 'simple-table', [text('Name', 'name'), text('ID', 'id')], 'data.backend_address_pools'),
      tab(
        'Backend Pools VM information',
        'simple-table',
        [
          text('Backend Pool', 'load_balancer_backend_address_pools_name_display'),
          text('VM Name', 'virtual_machine_name_display'),
          text('Network Interface', 'name'),
          list('Private IP Address', 'private_ip_display', '<br>'),
        ],
        'data.network_interfaces',
      ),
    ]),
    tab(
      'Health Probes',
      'table',
      [
        text('Name', 'name'),
        text('Protocol', 'protocol'),
        text('Port', 'port'),
        text('Interval', 'interval_in_seconds'),
        text('Unhealthy Threshold', 'number_of_probes'),
      ],
      'data.probes',
    ),
    tab(
      'Load Balancing Rules',
      'table',
      [
        text('Name', 'name'),
        text('Frontend IP Address', 'frontend_ip_configuration_display'),
        text('Protocol', 'protocol'),
        text('Frontend Port', 'frontend_port'),
        text('Backend Port', 'backend_port'),
        text('Backend Pool', 'backend_address_pool_display'),
        text('Session Persistence', 'load_distribution_display'),
        text('Idle Timeout (minutes)', 'idle_timeout_in_minutes'),
        text('Floating IP', 'enable_floating_ip'),
        text('TCP Reset', 'enable_tcp_reset'),
      ],
      'data.load_balancing_rules',
    ),
    tab(
      'Inbound NAT Rules',
      'table',
      [
        text('Name', 'name'),
        text('Protocol', 'protocol'),
        text('Idle timeout (minutes)', 'idle_timeout_in_minutes'),
        text('TCP Reset', 'enable_tcp_reset'),
        text('Port', 'frontend_port'),
        list('Target Virtual Machine', 'target_virtual_machine', ', '),
        text('Network IP Configuration', 'frontend_ip_configuration_display'),
        text('Port mapping', 'port_mapping_display'),
        text('Floating IP', 'enable_floating_ip'),
        text('Target Port', 'backend_port'),
      ],
      'data.inbound_nat_rules',
    ),
  ],
  VMScaleSets: [
    tab('VmScaleSets', 'item', [
      ...OVERVIEW,
      text('Instances', 'data.instance_count'),
      text('Operating System', `${P}.os_profile.operating_system`),
      text('Size', 'instance_type'),
      text('Virtual network/subnet', `${P}.network_profile.primary_vnet`),
      text('Host group', 'data.host_group.id'),
      text('Ephemeral OS Disk', `${P}.storage_profile.os_disk.diff_disk_settings.option.local`),
      text('Azure Spot Eviction Policy', `${P}.eviction_policy`),
      text('Azure Spot Max Price', `${P}.billing_profile.max_price`),
      text('Termination Notification', 'data.terminate_notification_display'),
      text('OverProvisioning', 'data.overprovision'),
      text('Proximity Placement Group', 'data.proximity_placement_group_display'),
      text('Automatic Repairs', 'data.automatic_repairs_policy.enabled'),
      text('Upgrade Policy', 'data.upgrade_policy.mode'),
      text('Fault Domains', 'data.platform_fault_domain_count'),
    ]),
    tab(
      'Instances',
      'table',
      [
        text('Name', 'name'),
        text('Computer Name', 'os_profile.computer_name'),
        text('Location', 'location'),
        states('Status', 'vm_instance_status_profile.statuses.code', [
          ['PowerState/running', 'green.500'],
          ['PowerState/starting', 'green.500'],
          ['PowerState/deallocated', STOPPED],
          ['PowerState/deallocating', STOPPED],
          ['PowerState/stopped', STOPPED],
          ['PowerState/stopping', STOPPED],
          ['PowerState/unknown', STOPPED],
        ]),
        text('Provisioning State', 'provisioning_state'),
        text('Protection From Scale-in', 'protection_policy.protect_from_scale_in'),
        text('Protection From Scale-set Actions', 'protection_policy.protect_from_scale_set_actions'),
        text('Latest Model', 'latest_model_applied'),
        text('Virtual Network', 'primary_vnet'),
      ],
      'data.vm_instances',
    ),
    tabs('Networking', [
      tab('Networking', 'item', [text('Virtual Networks', `${P}.network_profile.primary_vnet`)]),
      tab(
        'Network Configuration',
        'simple-table',
        [
          text('Name', 'name'),
          text('Network interface', 'enable_accelerated_networking_display'),
          text('Accelerated Networking', 'enable_accelerated_networking_display'),
          text('Primary', 'primary'),
        ],
        `${P}.network_profile.network_interface_configurations`,
      ),
      tab(
        'IP Configurations',
        'simple-table',
        [
          text('Public Ip Address Configuration', 'public_ip_address_configuration'),
          text('Private IP Address Version', 'private_ip_address_version'),
        ],
        `${P}.network_profile.network_interface_configurations.ip_configurations`,
      ),
    ]),
    tabs('Scaling', [
      tab('Scaling', 'item', [
        text('Instance Count', 'data.instance_count'),
        list('Scale-in Policy', 'data.scale_in_policy.rules', '<br>'),
      ]),
      tab(
        'Autoscale Settings',
        'simple-table',
        [
          text('Name', 'name'),
          list('Profiles', 'profiles_display', '<br>'),
          text('Default', 'profiles.capacity.default'),
          text('Max', 'profiles.capacity.maximum'),
          text('Min', 'profiles.capacity.minimum'),
        ],
        'data.virtual_machine_scale_set_power_state',
      ),
    ]),
    tabs('Disks', [
      tab('OS Disk', 'item', [
        text('Image Reference', `${P}.storage_profile.image_reference_display`),
        text('Storage Account Type', `${P}.storage_profile.os_disk.managed_disk.storage_account_type`),
        text('Size', `${P}.storage_profile.os_disk.disk_size_gb`),
        text('Host Caching', `${P}.storage_profile.os_disk.caching`),
      ]),
      tab(
        'Data Disks',
        'simple-table',
        [
          text('Name', 'name'),
          text('Storage Type', 'managed_disk.storage_type'),
          { name: 'Size', key: 'disk_size_gb', type: 'size', options: { display_unit: 'GB', source_unit: 'GB' } },
          text('Max IOPS', 'disk_iops_read_write'),
          text('MAX Throughput(MBps)', 'disk_m_bps_read_write'),
          text('Encryption', 'disk_encryption_set.id'),
          text('Host Caching', 'caching'),
          text('LUN', 'lun'),
        ],
        `${P}.storage_profile.data_disks`,
      ),
    ]),
    tab('Operating System', 'item', [
      text('Computer Name Prefix', `${P}.os_profile.computer_name_prefix`),
      text('Administrator Username', `${P}.os_profile.admin_username`),
      text('Operating System', `${P}.os_profile.operating_system`),
      text('VM Agent', `${P}.os_profile.linux_configuration.provision_vm_agent`),
      text('Automatic OS Upgrades', 'data.upgrade_policy.automatic_os_upgrade_policy.enable_automatic_os_upgrade'),
      text('Custom Data', `${P}.os_profile.custom_data`),
    ]),
  ],
};

describe('azure-inven-collector detail tabs: virtual networks, load balancers, scale sets', () => {
  let azure: AzureSandbox;
  let plugin: PluginUnderTest;
  let messages: Message[];
  const layoutsOf = (group: string): Tab[] =>
    messages.find((m) => m.resource_type === 'inventory.CloudServiceType' && m.resource.group === group)!.resource
      .metadata.view.sub_data.layouts;
  const resourcesOf = (group: string) =>
    messages
      .filter((m) => m.resource_type === 'inventory.CloudService' && m.resource.cloud_service_group === group)
      .map((m) => m.resource as Message);

  beforeAll(async () => {
    azure = await startAzureSandbox({ vmsPerLocation: 4 });
    plugin = await startPlugin(azure);
    messages = await plugin.collect({
      options: { cloud_service_groups: Object.keys(UPSTREAM) },
      secret_data: sandboxSecret(azure),
    });
  });
  afterAll(async () => {
    await plugin.close();
    await azure.close();
  });

  it.each(Object.keys(UPSTREAM))('%s sends upstream`s tabs, field by field', (group) => {
    expect(layoutsOf(group)).toEqual(UPSTREAM[group]);
  });

  /** The keys a type's tabs name that none of its resources holds. */
  const inNoResource = (group: string) => {
    const missing = resourcesOf(group).map((r) => unresolvedKeys(layoutsOf(group), r));
    return missing[0].filter((key) => missing.every((keys) => keys.includes(key)));
  };

  it.each(Object.keys(UPSTREAM))('%s: every key its tabs name is in the data, but those listed above', (group) => {
    expect(resourcesOf(group).length).toBeGreaterThan(0);
    expect(inNoResource(group).filter((key) => !EXPECTED_MISSING.has(key))).toEqual([]);
  });

  it('every key listed above is indeed missing (the lists hold nothing stale)', () => {
    const missing = new Set(Object.keys(UPSTREAM).flatMap(inNoResource));
    expect([...EXPECTED_MISSING].filter((key) => !missing.has(key))).toEqual([]);
  });

  it('a virtual network with every piece (peering, delegation, endpoints) holds the keys the sandbox leaves out', () => {
    const id = '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet';
    const vnet: VirtualNetwork = {
      id,
      name: 'vnet',
      location: 'eastus',
      resourceGuid: '6f0e0a4c-0000-4000-8000-000000000001',
      addressSpace: { addressPrefixes: ['10.0.0.0/16'] },
      enableDdosProtection: false,
      subnets: [
        {
          id: `${id}/subnets/apps`,
          name: 'apps',
          addressPrefixes: ['10.0.1.0/24', '10.0.2.0/24'],
          networkSecurityGroup: {
            id: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/networkSecurityGroups/nsg',
          },
          delegations: [{ name: 'web', serviceName: 'Microsoft.Web/serverFarms' }],
          serviceEndpoints: [{ service: 'Microsoft.Storage', locations: ['eastus'], provisioningState: 'Succeeded' }],
          privateEndpoints: [
            { id: '/subscriptions/s/resourceGroups/rg2/providers/Microsoft.Network/privateEndpoints/pe' },
          ],
          ipConfigurations: [
            {
              id: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/networkInterfaces/nic/ipConfigurations/ip',
            },
          ],
        },
      ],
      virtualNetworkPeerings: [
        {
          name: 'to-hub',
          peeringState: 'Connected',
          remoteVirtualNetwork: { id: `${id}-hub` },
          allowGatewayTransit: true,
        },
      ],
    };
    const resource = { name: 'vnet', account: 's', data: { ...(upstreamShape(vnet) as object), ...vnetDisplay(vnet) } };
    const missing = unresolvedKeys(layoutsOf('VirtualNetworks'), resource);
    // the placement keys come from the collect; ARM gives a subnet `address_prefix` or `address_prefixes`
    expect(missing.filter((key) => !NEVER_IN_UPSTREAM_DATA.includes(key))).toEqual([
      'data.resource_group',
      'data.subscription_name',
      'data.subnets.address_prefix',
    ]);
    expect(resource.data).toMatchObject({
      private_endpoints: [{ name: 'pe', subnet: 'apps', resource_group: 'rg2' }],
      service_endpoints: [{ service: 'Microsoft.Storage', subnet: 'apps' }],
    });
  });
});

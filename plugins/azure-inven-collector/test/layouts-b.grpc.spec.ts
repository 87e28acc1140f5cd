// Upstream's layouts of VirtualNetworks/Instance, LoadBalancers/Instance and VMScaleSets/ScaleSet
// through the core-like client: one resource of each type checked field by field against the
// sandbox's own ARM documents (the envelope and every display key upstream adds), and the types'
// table and search keys as upstream's metadata YAML names them.
import { AZURE_VM_SIZES, startAzureSandbox, type AzureSandbox, type AzureSubscription } from '@cloudforet/sandbox';
import { sandboxSecret } from './harness';
import { startPlugin, type Message, type PluginUnderTest } from './plugin-under-test';

const GROUPS = ['VirtualNetworks', 'LoadBalancers', 'VMScaleSets'];
const MATCH = { '1': ['reference.resource_id', 'provider', 'cloud_service_type', 'cloud_service_group', 'account'] };

describe('azure-inven-collector layouts: virtual networks, load balancers, scale sets', () => {
  let azure: AzureSandbox;
  let plugin: PluginUnderTest;
  let sub: AzureSubscription;
  let messages: Message[];
  const resource = (group: string, name: unknown) =>
    messages.find(
      (m) =>
        m.resource_type === 'inventory.CloudService' &&
        m.resource.cloud_service_group === group &&
        m.resource.name === name,
    )!;
  const type = (group: string) =>
    messages.find((m) => m.resource_type === 'inventory.CloudServiceType' && m.resource.group === group)!;
  const portal = (id: string) => `https://portal.azure.com/#@.onmicrosoft.com/resource${id}/overview`;

  beforeAll(async () => {
    azure = await startAzureSandbox({ vmsPerLocation: 4 });
    plugin = await startPlugin(azure);
    sub = azure.subscriptions[0];
    messages = await plugin.collect({
      options: { cloud_service_groups: [...GROUPS, 'VirtualMachines'] },
      secret_data: sandboxSecret(azure),
    });
  });
  afterAll(async () => {
    await plugin.close();
    await azure.close();
  });

  /** The envelope and the fields every one of these types' `data` carries. */
  function expectEnvelope(m: Message, raw: Message, instanceType: string) {
    expect(m.state).toBe('SUCCESS');
    expect(m.match_rules).toEqual(MATCH);
    expect(m.resource).toMatchObject({
      name: raw.name,
      provider: 'azure',
      account: sub.subscriptionId,
      region_code: raw.location,
      reference: { resource_id: raw.id, external_link: portal(raw.id) },
      tags: raw.tags,
    });
    expect(m.resource.instance_type ?? '').toBe(instanceType);
    expect(m.resource.instance_size ?? 0).toBe(0);
    expect(m.resource.data).toMatchObject({
      id: raw.id,
      name: raw.name,
      location: raw.location,
      type: raw.type,
      tenant_id: azure.tenantId,
      subscription_id: sub.subscriptionId,
      subscription_name: sub.displayName,
      resource_group: raw.id.split('/')[4],
      azure_monitor: { resource_id: raw.id },
    });
  }

  it('a virtual network: subnets with their NSG named, connected devices, endpoints, firewalls, Azure DNS', () => {
    const raw = sub.virtualNetwork(1) as Message; // eastus
    const m = resource('VirtualNetworks', raw.name);
    expectEnvelope(m, raw, '');
    const rawSubnet = raw.properties.subnets[0];
    const data = m.resource.data;
    expect(data.address_space).toEqual({ address_prefixes: raw.properties.addressSpace.addressPrefixes });
    expect(data.enable_ddos_protection).toBe(false);
    expect(data.dhcp_options).toEqual({ dns_servers: ['Azure provided DNS service'] });
    // The SDK's defaults (`private_endpoint_network_policies`, …) come along, as in upstream's dict.
    expect(data.subnets).toEqual([
      expect.objectContaining({
        id: rawSubnet.id,
        name: 'default',
        address_prefix: rawSubnet.properties.addressPrefix,
        network_security_group: { id: sub.nsgId(1), name: 'nsg-eastus' },
        ip_configurations: rawSubnet.properties.ipConfigurations,
        provisioning_state: 'Succeeded',
      }),
    ]);
    // the VMs' NICs, then the internal load balancer's two frontends
    expect(data.connected_devices).toEqual([
      ...[0, 1, 2, 3].map((i) => ({
        name: 'default',
        type: 'networkInterfaces',
        device: sub.nicId(1, i).split('/')[8],
      })),
      { name: 'default', type: 'loadBalancers', device: 'lb-eastus-internal' },
      { name: 'default', type: 'loadBalancers', device: 'lb-eastus-internal' },
    ]);
    expect(data.service_endpoints).toEqual([]);
    expect(data.private_endpoints).toEqual([]);
    expect(data.azure_firewall).toEqual([]);
  });

  it('a load balancer: its backends` NICs, what uses its frontend, and the names of pools, rules and probes', () => {
    const raw = sub.loadBalancer(1) as Message; // eastus: VMs 0 and 1 in its pool, a NAT rule to VM 0
    const m = resource('LoadBalancers', raw.name);
    expectEnvelope(m, raw, 'Standard');
    const data = m.resource.data;
    expect(data.sku).toEqual({ name: 'Standard', tier: 'Regional' });
    expect(data.network_interfaces).toHaveLength(2);
    expect(data.network_interfaces).toEqual(
      [0, 1].map((i) => {
        const nic = sub.nic(1, i) as Message;
        return expect.objectContaining({
          id: nic.id,
          name: nic.name,
          load_balancer_backend_address_pools_name_display: 'backend',
          private_ip_display: [sub.privateIp(1, i)],
          virtual_machine: { id: nic.properties.virtualMachine.id },
          virtual_machine_name_display: nic.properties.virtualMachine.id.split('/')[8],
        });
      }),
    );
    expect(data.frontend_ip_configurations).toEqual([
      expect.objectContaining({
        id: `${raw.id}/frontendIPConfigurations/frontend`,
        name: 'frontend',
        public_ip_address: { id: raw.properties.frontendIPConfigurations[0].properties.publicIPAddress.id },
      }),
    ]);
    // Upstream gathers the NAT rules before the load-balancing rules.
    expect(data.frontend_ip_configurations_used_by_display).toEqual(['ssh-0', 'https']);
    expect(data.backend_address_pools_count_display).toBe('1 backend pool');
    expect(data.backend_address_pools.map((p: Message) => p.name)).toEqual(['backend']);
    expect(data.load_balancing_rules_display).toEqual(['https']);
    expect(data.load_balancing_rules).toEqual([
      expect.objectContaining({
        name: 'https',
        protocol: 'Tcp',
        frontend_port: 443,
        backend_port: 443,
        idle_timeout_in_minutes: 4,
        load_distribution: 'SourceIP',
        backend_address_pool_display: 'backend',
        load_distribution_display: 'Client IP',
        frontend_ip_configuration_display: 'frontend',
      }),
    ]);
    expect(data.inbound_nat_rules_display).toEqual(['ssh-0']);
    expect(data.inbound_nat_rules).toEqual([
      expect.objectContaining({
        name: 'ssh-0',
        frontend_port: 50022,
        backend_port: 22,
        frontend_ip_configuration_display: 'frontend',
        port_mapping_display: 'Custom',
        target_virtual_machine: [(sub.nic(1, 0) as Message).properties.virtualMachine.id.split('/')[8]],
      }),
    ]);
    expect(data.probes_display).toEqual(['https']);
    // Upstream computes the frontends' private addresses but never stores them.
    expect(data).not.toHaveProperty('private_ip_address_display');
    for (const key of [
      'frontend_public_ip_address_display',
      'backend_address_pools_count',
      'backend_ip_configurations_display',
    ])
      expect(data).not.toHaveProperty(key);
    expect(azure.calls.where({ action: 'loadBalancerNetworkInterfaces.list' })).toHaveLength(
      sub.total('loadBalancers'),
    );
  });

  it('an internal load balancer: its private frontends` subnet named and its address prefix read, one subnets.get per distinct subnet', () => {
    const raw = sub.internalLoadBalancer(1) as Message; // eastus
    const m = resource('LoadBalancers', raw.name);
    expectEnvelope(m, raw, 'Standard');
    const data = m.resource.data;
    const subnet = sub.subnet(1) as Message;
    expect(data.frontend_ip_configurations).toEqual(
      [0, 1].map((k) =>
        expect.objectContaining({
          name: `frontend-internal-${k}`,
          private_ip_address: sub.internalFrontendIp(1, k),
          private_ip_allocation_method: 'Static',
          private_ip_address_version: 'IPv4',
          subnet: expect.objectContaining({
            id: sub.subnetId(1),
            name: 'default',
            address_prefix: subnet.properties.addressPrefix,
          }),
        }),
      ),
    );
    expect(subnet.properties.addressPrefix).toBe('10.1.0.0/20');
    expect(data.network_interfaces).toEqual([]);
    expect(data.backend_address_pools_count_display).toBe('0 backend pools');
    // A public frontend has no subnet to read.
    const publicFrontend = resource('LoadBalancers', sub.loadBalancer(1).name).resource.data
      .frontend_ip_configurations[0];
    expect(publicFrontend).not.toHaveProperty('subnet');
    // Two frontends per internal load balancer share a subnet: upstream reads it twice, this once.
    const reads = azure.calls.where({ action: 'subnets.get' });
    expect(reads).toHaveLength(sub.locations.length);
    expect(reads.every((c) => c.status === 200)).toBe(true);
  });

  it('a scale set: its VM instances, image, disk types, OS, primary network and termination notice in words', () => {
    const l = sub.locations.findIndex((_, i) => (sub.scaleSet(i).sku as Message).capacity > 0);
    expect(l).toBeGreaterThanOrEqual(0);
    const raw = sub.scaleSet(l) as Message;
    const m = resource('VMScaleSets', raw.name);
    expectEnvelope(m, raw, 'Standard_D2s_v5');
    const data = m.resource.data;
    const capacity = raw.sku.capacity as number;
    const vnet = `vnet-${sub.locations[l]}`;
    expect(data).toMatchObject({
      sku: raw.sku,
      unique_id: raw.properties.uniqueId,
      orchestration_mode: 'Uniform',
      upgrade_policy: { mode: 'Manual' },
      overprovision: true,
      platform_fault_domain_count: 5,
      instance_count: capacity,
      terminate_notification_display: 'On',
    });
    const profile = data.virtual_machine_profile;
    expect(profile.os_profile).toEqual({
      computer_name_prefix: raw.name,
      admin_username: 'azureuser',
      linux_configuration: { disable_password_authentication: true },
      operating_system: 'Linux',
    });
    expect(profile.storage_profile.image_reference_display).toBe(
      'Canonical / 0001-com-ubuntu-server-jammy / 22_04-lts-gen2 / latest',
    );
    expect(profile.storage_profile.data_disks).toEqual([
      expect.objectContaining({
        lun: 0,
        disk_size_gb: 64,
        managed_disk: { storage_account_type: 'StandardSSD_LRS', storage_type: 'Standard SSD' },
      }),
    ]);
    expect(profile.network_profile.primary_vnet).toBe(vnet);
    expect(profile.scheduled_events_profile).toEqual({
      terminate_notification_profile: { enable: true, not_before_timeout: 'PT5M' },
    });
    expect(data).not.toHaveProperty('proximity_placement_group_display');
    const vms = sub.scaleSetVms(l) as Message[];
    expect(data.vm_instances).toHaveLength(capacity);
    expect(data.vm_instances).toEqual(
      vms.map((vm) =>
        expect.objectContaining({
          id: vm.id,
          name: vm.name,
          instance_id: vm.instanceId,
          location: vm.location,
          latest_model_applied: true,
          provisioning_state: 'Succeeded',
          os_profile: { computer_name: vm.properties.osProfile.computerName, admin_username: 'azureuser' },
          protection_policy: { protect_from_scale_in: false, protect_from_scale_set_actions: false },
          primary_vnet: vnet,
        }),
      ),
    );
    // Upstream sets no count for a scale set without instances.
    for (const [i, location] of sub.locations.entries()) {
      const set = resource('VMScaleSets', `vmss-${location}`).resource.data;
      const n = (sub.scaleSet(i).sku as Message).capacity as number;
      expect([location, set.vm_instances.length, set.instance_count]).toEqual([location, n, n > 0 ? n : undefined]);
    }
    expect(azure.calls.where({ action: 'virtualMachineScaleSetVMs.list' })).toHaveLength(sub.locations.length);
  });

  it('a scale set`s autoscale settings in upstream`s three keys, its Default/Max/Min columns resolved; one listing per resource group', () => {
    const l = sub.locations.findIndex((_, i) => sub.scaleSetAutoscaled(i));
    const raw = sub.autoscaleSetting(l) as Message;
    const data = resource('VMScaleSets', sub.scaleSet(l).name).resource.data;
    const { capacity, rules } = raw.properties.profiles[0];
    const display = [`minimum : ${capacity.minimum} / maximum : ${capacity.maximum} / default : ${capacity.default}`];
    const trigger = (rule: Message) =>
      expect.objectContaining({
        metric_name: 'Percentage CPU',
        metric_resource_uri: raw.properties.targetResourceUri,
        operator: rule.metricTrigger.operator,
        threshold: rule.metricTrigger.threshold,
        time_grain: 'PT1M',
      });
    const profiles = [
      expect.objectContaining({
        name: 'Auto created scale condition',
        capacity,
        rules: rules.map((rule: Message) =>
          expect.objectContaining({
            metric_trigger: trigger(rule),
            scale_action: { direction: rule.scaleAction.direction, type: 'ChangeCount', value: '1', cooldown: 'PT5M' },
          }),
        ),
      }),
    ];
    const notifications = [
      {
        operation: 'Scale',
        email: {
          send_to_subscription_administrator: false,
          send_to_subscription_co_administrators: false,
          custom_emails: [],
        },
        webhooks: [],
      },
    ];
    const setting = {
      id: raw.id,
      name: raw.name,
      type: raw.type,
      location: raw.location,
      tags: {},
      profiles,
      notifications,
      enabled: true,
      name_properties_name: raw.properties.name,
      target_resource_uri: raw.properties.targetResourceUri,
      target_resource_location: raw.location,
    };
    expect(data.autoscale_settings).toEqual([expect.objectContaining(setting)]);
    expect(data.virtual_machine_scale_set_power_state).toEqual([
      {
        location: raw.location,
        profiles,
        enabled: true,
        name: raw.name,
        notifications,
        target_resource_uri: raw.properties.targetResourceUri,
        tags: {},
        profiles_display: display,
      },
    ]);
    expect(data.autoscale_setting_resource_collection).toEqual({
      value: [expect.objectContaining({ ...setting, profiles_display: display })],
    });
    // The table's columns, resolved as the console resolves a key through lists.
    const at = (doc: unknown, path: string): unknown[] =>
      path
        .split('.')
        .reduce<unknown[]>(
          (values, part) =>
            values
              .flatMap((v) => (Array.isArray(v) ? v : [v]))
              .flatMap((v) => (v && typeof v === 'object' ? [(v as Message)[part]] : [])),
          [doc],
        );
    const column = (name: string) =>
      type('VMScaleSets').resource.metadata.view.table.layout.options.fields.find((f: Message) => f.name === name).key;
    const row = resource('VMScaleSets', sub.scaleSet(l).name).resource;
    expect(['Default', 'Max', 'Min'].map((name) => at(row, column(name)))).toEqual([
      [capacity.default],
      [capacity.maximum],
      [capacity.minimum],
    ]);
    // A scale set whose group holds only another resource's setting (an App Service plan's) has none.
    const other = sub.locations.findIndex((_, i) => !sub.scaleSetAutoscaled(i));
    const plain = resource('VMScaleSets', sub.scaleSet(other).name).resource;
    expect([
      plain.data.autoscale_settings,
      plain.data.virtual_machine_scale_set_power_state,
      plain.data.autoscale_setting_resource_collection,
    ]).toEqual([[], [], { value: [] }]);
    expect(at(plain, column('Default'))).toEqual([]);
    const groups = new Set(sub.locations.map((_, i) => (sub.scaleSet(i).id as string).split('/')[4]));
    expect(azure.calls.where({ action: 'autoscaleSettings.listByResourceGroup' })).toHaveLength(groups.size);
  });

  it('each type announces upstream`s table and search keys, and no widgets (upstream`s YAML has none)', () => {
    const keys = (group: string) => {
      const view = type(group).resource.metadata.view;
      return {
        table: view.table.layout.options.fields.map((f: Message) => f.key),
        search: view.search[0].items.map((f: Message) => f.key),
        widgets: view.widget,
      };
    };
    const vnet = keys('VirtualNetworks');
    expect(vnet.table).toEqual([
      'data.resource_group',
      'data.location',
      'data.subscription_name',
      'account',
      'data.dhcp_options.dns_servers',
      'data.resource_guid',
      'data.address_space.address_prefixes',
      'data.connected_devices.device',
      'data.connected_devices.type',
      'data.connected_devices.name',
      'data.subnets.name',
      'data.subnets.address_prefixes',
      'data.subnets.delegations.name',
      'data.subnets.network_security_group.name',
      'data.azure_firewall.name',
      'data.azure_firewall.ip_configurations.private_ip_address',
      'data.azure_firewall.subnet',
      'data.virtual_network_peerings.name',
      'data.virtual_network_peerings.remote_virtual_network.id',
      'data.virtual_network_peerings.allow_gateway_transit',
      'data.service_endpoints.service',
      'data.service_endpoints.subnet',
      'data.service_endpoints.locations',
      'data.private_endpoints.name',
      'data.private_endpoints.subnet',
    ]);
    expect(vnet.search).toEqual([
      'account',
      'data.subscription_name',
      ...vnet.table.slice(0, 2),
      ...vnet.table.slice(4, 14),
    ]);
    const lb = keys('LoadBalancers');
    expect(lb.table.slice(0, 9)).toEqual([
      'data.resource_group',
      'data.location',
      'data.subscription_name',
      'data.subscription_id',
      'instance_type',
      'data.probes_display',
      'data.load_balancing_rules_display',
      'data.inbound_nat_rules_display',
      'data.private_ip_address_display',
    ]);
    expect(lb.table).toHaveLength(40);
    // Upstream's search: `account` for the subscription, the SKU twice, the NAT rules' TCP reset under the rules' key.
    expect(lb.search.slice(0, 6)).toEqual([
      'account',
      'data.subscription_name',
      'data.resource_group',
      'data.location',
      'instance_type',
      'instance_type',
    ]);
    expect(lb.search).toHaveLength(41);
    expect(lb.search.filter((k: string) => k === 'data.load_balancing_rules.enable_tcp_reset')).toHaveLength(2);
    expect(lb.search).not.toContain('data.inbound_nat_rules.enable_tcp_reset');
    const lbSearch = type('LoadBalancers').resource.metadata.view.search[0].items as Message[];
    expect(lbSearch.slice(4, 6)).toEqual([
      { name: 'Load Balancer Type', key: 'instance_type' },
      { name: 'SKU', key: 'instance_type' },
    ]);
    expect(lbSearch.filter((i) => i.key === 'data.load_balancing_rules.enable_tcp_reset').map((i) => i.name)).toEqual([
      'LB Rule TCP Reset',
      'Inbound NAT Rule TCP Reset',
    ]);
    expect(new Set(lb.search)).toEqual(
      new Set([
        ...lb.table.filter(
          (k: string) => !k.startsWith('data.subscription_id') && k !== 'data.inbound_nat_rules.enable_tcp_reset',
        ),
        'account',
      ]),
    );
    const vmss = keys('VMScaleSets');
    expect(vmss.table).toEqual([
      'data.instance_count',
      'data.resource_group',
      'data.location',
      'data.virtual_machine_scale_set_power_state.profiles.capacity.default',
      'data.virtual_machine_scale_set_power_state.profiles.capacity.maximum',
      'data.virtual_machine_scale_set_power_state.profiles.capacity.minimum',
      'data.virtual_machine_profile.eviction_policy',
      'data.subscription_name',
      'account',
      'data.virtual_machine_profile.network_profile.primary_vnet',
      'data.host_group.id',
      'data.virtual_machine_profile.storage_profile.os_disk.diff_disk_settings.option.local',
      'data.virtual_machine_profile.eviction_policy',
      'data.virtual_machine_profile.billing_profile.max_price',
      'data.virtual_machine_profile.terminate_notification_display',
      'data.overprovision',
      'data.proximity_placement_group_display',
      'data.automatic_repairs_policy.enabled',
      'data.upgrade_policy.mode',
      'data.platform_fault_domain_count',
    ]);
    expect(vmss.search).toEqual([
      'account',
      'data.subscription_name',
      'data.resource_group',
      'data.location',
      'data.virtual_machine_scale_set_power_state.profiles.capacity.default',
      'data.virtual_machine_scale_set_power_state.profiles.capacity.maximum',
      'data.virtual_machine_scale_set_power_state.profiles.capacity.minimum',
      'data.virtual_machine_profile.eviction_policy',
      'data.virtual_machine_profile.billing_profile.max_price',
      'data.virtual_machine_profile.terminate_notification_display',
      'data.overprovision',
      'data.proximity_placement_group_display',
      'data.automatic_repairs_policy.enabled',
      'data.upgrade_policy.mode',
      'data.platform_fault_domain_count',
    ]);
    for (const group of GROUPS) expect(keys(group).widgets).toEqual([]);
    const optional = type('LoadBalancers').resource.metadata.view.table.layout.options.fields.find(
      (f: Message) => f.key === 'data.probes_display',
    );
    expect(optional).toEqual({
      key: 'data.probes_display',
      name: 'Health Probe',
      type: 'list',
      options: { delimiter: '<br>', is_optional: true },
    });
  });
  it('a VM`s envelope as upstream`s: instance_type the VM size, no instance_size, numeric core and memory; its table and search', () => {
    const raw = sub.vm(1, 0) as Message; // eastus, VM 0: a public IP
    const m = resource('VirtualMachines', raw.name);
    const size = raw.properties.hardwareProfile.vmSize as string;
    const rg = raw.id.split('/')[4];
    const path = `/subscriptions/${sub.subscriptionId}/resourceGroups/${rg}/providers/Microsoft.Compute/virtualMachines/${raw.name}`;
    expect(m.match_rules).toEqual(MATCH);
    expect(m.resource).toMatchObject({
      name: raw.name,
      account: sub.subscriptionId,
      region_code: 'eastus',
      instance_type: size,
      reference: { resource_id: raw.id, external_link: portal(path) },
      tags: raw.tags,
    });
    expect(m.resource.instance_size ?? 0).toBe(0);
    expect([...m.resource.ip_addresses].sort()).toEqual([sub.privateIp(1, 0), sub.publicIpAddress(1, 0)].sort());
    expect(m.resource.data.hardware).toMatchObject({
      name: size,
      core: AZURE_VM_SIZES[size].vCPUs,
      memory: AZURE_VM_SIZES[size].memoryGB,
    });
    expect(m.resource.data).toMatchObject({
      azure_monitor: { resource_id: path },
      activity_log: { resource_uri: path },
    });
    const view = type('VirtualMachines').resource.metadata.view;
    const table = view.table.layout.options.fields as Message[];
    expect(table).toHaveLength(30);
    expect(table.map((f) => f.key).slice(0, 5)).toEqual([
      'data.compute.instance_state',
      'cloud_service_id',
      'data.compute.instance_type',
      'data.hardware.core',
      'data.hardware.memory',
    ]);
    // upstream's state colours (its YAML's icon_color and text_color, in the console's form)
    const states = table[0].options.items as Record<string, Message>;
    expect(Object.keys(states)).toEqual([
      'RUNNING',
      ...['PENDING', 'REBOOTING', 'SHUTTING-DOWN', 'STOPPING', 'STARTING', 'PROVISIONING', 'STAGING'],
      ...['DEALLOCATING', 'REPAIRING', 'STOPPED', 'DEALLOCATED', 'SUSPENDED', 'TERMINATED'],
    ]);
    expect(states.RUNNING).toEqual({
      type: 'state',
      options: { icon: { image: 'ic_circle-filled', color: 'green.500' } },
    });
    expect(states.TERMINATED).toEqual({
      type: 'state',
      options: { text_color: 'gray.400', icon: { image: 'ic_circle-filled', color: 'gray.400' } },
    });
    expect(states.REPAIRING.options.icon.color).toBe('yellow.500');
    expect(table.filter((f) => f.key === 'data.nics').map((f) => [f.name, f.options.sub_key])).toEqual([
      ['Public DNS', 'tags.name'],
      ['Public IP', 'public_ip_address'],
    ]);
    expect(table.some((f) => f.key.startsWith('data.monitoring.'))).toBe(false);
    const search = view.search[0].items as Message[];
    expect(search).toHaveLength(28);
    expect(search.slice(0, 4)).toEqual([
      { name: 'Subscription ID', key: 'account' },
      { name: 'Subscription Name', key: 'data.subscription_name' },
      { name: 'Resource Group', key: 'data.resource_group' },
      { name: 'IP Address', key: 'data.ip_addresses' },
    ]);
    expect(view.widget).toEqual([]);
  });
});

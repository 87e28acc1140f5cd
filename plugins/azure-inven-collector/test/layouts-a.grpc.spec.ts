// Disk, Snapshot, PublicIPAddress and NetworkSecurityGroup in upstream's layout, through the core-like
// client against the Azure sandbox: each CloudService's envelope and every display key upstream's
// manager adds, checked against the sandbox's own ARM documents, and each type's table and search keys.
import { startAzureSandbox, type AzureSandbox } from '@cloudforet/sandbox';
import { sandboxSecret } from './harness';
import { startPlugin, type Message, type PluginUnderTest } from './plugin-under-test';

const EASTUS = 1;
const VMS = 4;

describe('azure-inven-collector layouts: Disk, Snapshot, PublicIPAddress, NetworkSecurityGroup', () => {
  let azure: AzureSandbox;
  let plugin: PluginUnderTest;
  let all: Message[];

  beforeAll(async () => {
    azure = await startAzureSandbox({ vmsPerLocation: VMS, snapshotsPerLocation: 2, pageSize: 5 });
    plugin = await startPlugin(azure);
    all = await plugin.collect({
      options: { cloud_service_groups: ['Disks', 'Snapshots', 'PublicIPAddresses', 'NetworkSecurityGroups'] },
      secret_data: sandboxSecret(azure),
    });
  });
  afterAll(async () => {
    await plugin.close();
    await azure.close();
  });

  const sub = () => azure.subscriptions[0];
  const resourceOf = (group: string, name: string) => {
    const found = all.find(
      (m) =>
        m.resource_type === 'inventory.CloudService' &&
        m.resource.cloud_service_group === group &&
        m.resource.name === name,
    );
    if (!found) throw new Error(`no ${group} ${name}`);
    return found;
  };
  const typeOf = (group: string) =>
    all.find((m) => m.resource_type === 'inventory.CloudServiceType' && m.resource.group === group)!.resource;
  const tableKeys = (group: string) =>
    typeOf(group).metadata.view.table.layout.options.fields.map((f: Message) => [f.name, f.key]);
  const searchKeys = (group: string) =>
    typeOf(group).metadata.view.search[0].items.map((f: Message) => [f.name, f.key]);
  /** What every one of these types' `data` carries about where the resource lives. */
  const placement = (id: string) => ({
    id,
    tenant_id: azure.tenantId,
    subscription_id: sub().subscriptionId,
    subscription_name: 'Sandbox Subscription 1',
    resource_group: id.split('/')[4],
    azure_monitor: { resource_id: id },
  });
  const envelope = (raw: Message, group: string, type: string) => ({
    name: raw.name,
    provider: 'azure',
    cloud_service_group: group,
    cloud_service_type: type,
    account: sub().subscriptionId,
    region_code: raw.location,
    reference: {
      resource_id: raw.id,
      external_link: `https://portal.azure.com/#@.onmicrosoft.com/resource${raw.id}/overview`,
    },
  });

  it('each type`s detail page has upstream`s tabs', () => {
    const tabs = (group: string) =>
      typeOf(group).metadata.view.sub_data.layouts.map((l: Message) => [l.name, l.type, l.options.root_path]);
    expect(tabs('Disks')).toEqual([
      ['Disks', 'item', undefined],
      ['Configuration', 'list', undefined],
      ['Networking', 'item', undefined],
    ]);
    const configuration = typeOf('Disks').metadata.view.sub_data.layouts[1].options.layouts;
    expect(configuration.map((l: Message) => [l.name, l.options.fields.map((f: Message) => f.key)])).toEqual([
      ['Shared Disk', ['data.enable_shared_disk_display', 'data.max_shares']],
      ['On-demand bursting', ['data.bursting_enabled', 'data.bursting_enabled_time']],
    ]);
    expect(tabs('Snapshots')).toEqual([['Snapshots', 'item', undefined]]);
    expect(tabs('PublicIPAddresses')).toEqual([
      ['Public IP Address', 'item', undefined],
      ['Configuration', 'item', undefined],
    ]);
    expect(tabs('NetworkSecurityGroups')).toEqual([
      ['Network Security Group', 'item', undefined],
      ['Inbound Security Rules', 'table', 'data.inbound_security_rules'],
      ['Outbound Security Rules', 'table', 'data.outbound_security_rules'],
      ['Network Interfaces', 'table', 'data.network_interfaces'],
      ['Subnets', 'table', 'data.subnets'],
    ]);
    const inbound = typeOf('NetworkSecurityGroups').metadata.view.sub_data.layouts[1].options.fields;
    expect(inbound.map((f: Message) => f.key)).toEqual([
      'priority',
      'name',
      'destination_port_range',
      'protocol',
      'source_address_prefix',
      'destination_address_prefix',
      'access',
    ]);
  });

  it('every resource of the four types is matched as upstream matches it', () => {
    const services = all.filter((m) => m.resource_type === 'inventory.CloudService');
    expect(services.length).toBeGreaterThan(0);
    for (const m of services)
      expect(m.match_rules).toEqual({
        '1': ['reference.resource_id', 'provider', 'cloud_service_type', 'cloud_service_group', 'account'],
      });
  });

  it('a data disk: friendly storage type as instance_type, bytes as instance_size, upstream`s display keys', () => {
    const raw = sub().disk(EASTUS, VMS) as Message; // VM 0's data disk: maxShares 2
    const p = raw.properties;
    const disk = resourceOf('Disks', raw.name).resource;
    expect(disk).toMatchObject({
      ...envelope(raw, 'Disks', 'Disk'),
      instance_type: 'Premium SSD',
      instance_size: p.diskSizeBytes,
    });
    expect(disk.data).toMatchObject({
      ...placement(raw.id),
      name: raw.name,
      location: 'eastus',
      sku: { name: 'Premium SSD', tier: raw.sku.tier },
      size: p.diskSizeBytes,
      disk_size_bytes: p.diskSizeBytes,
      disk_size_gb: p.diskSizeGB,
      disk_iops_read_write: p.diskIOPSReadWrite,
      disk_m_bps_read_write: p.diskMBpsReadWrite,
      tier_display: `${p.diskIOPSReadWrite} IOPS, ${p.diskMBpsReadWrite} Mbps`,
      network_access_policy: 'AllowAll',
      network_access_policy_display: 'Public endpoint (all network)',
      managed_by: raw.managedBy.split('/')[8],
      max_shares: 2,
      enable_shared_disk_display: true,
      bursting_enabled: false,
      disk_state: p.diskState,
      time_created: p.timeCreated,
      encryption: { type: p.encryption.type },
    });
    expect(disk.data.managed_by).toBe('vm-eastus-0');
    expect(disk.data.tier_display).toBe('500 IOPS, 100 Mbps');
    expect(disk.data).not.toHaveProperty('disk_type');
  });

  it('an OS disk: not shared, its own IOPS and throughput in tier_display', () => {
    const raw = sub().disk(EASTUS, 0) as Message;
    const disk = resourceOf('Disks', raw.name).resource;
    expect(raw.properties).not.toHaveProperty('maxShares');
    expect(disk.data).toMatchObject({
      tier_display: '120 IOPS, 25 Mbps',
      enable_shared_disk_display: false,
      bursting_enabled: false,
      os_type: raw.properties.osType,
      managed_by: 'vm-eastus-0',
    });
    expect(disk.data).not.toHaveProperty('max_shares');
  });

  it('Disks/Disk announces upstream`s table and search keys', () => {
    expect(tableKeys('Disks')).toEqual([
      ['Storage Account Type', 'data.sku.name'],
      ['Size', 'data.size'],
      ['Disk State', 'data.disk_state'],
      ['Owner', 'data.managed_by'],
      ['Resource Group', 'data.resource_group'],
      ['Location', 'data.location'],
      ['Subscription Name', 'data.subscription_name'],
      ['Subscription ID', 'data.subscription_id'],
      ['Zone', 'data.zones'],
      ['Encryption Type', 'data.encryption.type'],
      ['Networking', 'data.network_access_policy_display'],
      ['Max Shares', 'data.max_shares'],
      ['Time Created', 'data.time_created'],
    ]);
    const size = typeOf('Disks').metadata.view.table.layout.options.fields[1];
    expect(size).toEqual({
      key: 'data.size',
      name: 'Size',
      type: 'size',
      options: { display_unit: 'GB', source_unit: 'BYTES' },
    });
    expect(searchKeys('Disks')).toContainEqual(['Disk IOPS', 'data.disk_iops_read_write']);
    expect(typeOf('Disks').metadata.view.search[0].items).toContainEqual({
      name: 'Disk Size (Bytes)',
      key: 'data.disk_size_bytes',
      data_type: 'integer',
    });
  });

  it('snapshots: friendly storage type, bytes as instance_size, incremental, encryption and source disk shown', () => {
    for (const s of [0, 1]) {
      const raw = sub().snapshot(EASTUS, s) as Message;
      const p = raw.properties;
      const snapshot = resourceOf('Snapshots', raw.name).resource;
      expect(snapshot).toMatchObject({
        ...envelope(raw, 'Snapshots', 'Instance'),
        instance_type: 'Standard HDD',
        instance_size: p.diskSizeBytes,
        tags: raw.tags,
      });
      expect(snapshot.data).toMatchObject({
        ...placement(raw.id),
        sku: { name: 'Standard HDD', tier: raw.sku.tier },
        size: p.diskSizeBytes,
        incremental: p.incremental,
        incremental_display: p.incremental ? 'Incremental' : 'Full',
        encryption: { type: 'EncryptionAtRestWithPlatformKey', type_display: 'Platform-managed key' },
        network_access_policy_display: 'Public endpoint (all network)',
        source_disk_name: p.creationData.sourceResourceId.split('/')[8],
        creation_data: { source_resource_id: p.creationData.sourceResourceId },
        time_created: p.timeCreated,
      });
      expect(snapshot.data.source_disk_name).toBe(`vm-eastus-${s}-osdisk`);
      expect(snapshot.data).not.toHaveProperty('managed_by');
    }
    expect(tableKeys('Snapshots')).toEqual([
      ['Source disk', 'data.source_disk_name'],
      ['Snapshot type', 'data.incremental_display'],
      ['Source disk size', 'data.disk_size_bytes'],
      ['Resource Group', 'data.resource_group'],
      ['Location', 'data.location'],
      ['Subscription', 'data.subscription_name'],
      ['Launched', 'data.time_created'],
      ['Subscription ID', 'account'],
      ['Encryption Type', 'data.encryption.type_display'],
      ['Network Access Policy', 'data.network_access_policy_display'],
    ]);
    expect(searchKeys('Snapshots')).toContainEqual(['Disk Size (GB)', 'instance_size']);
    expect(typeOf('Snapshots')).toMatchObject({ is_primary: true, is_major: true });
  });

  it('public IPs: SKU as instance_type, associated_to the NIC or load balancer of the ip configuration', () => {
    const vmIp = sub().publicIp(EASTUS, 0) as Message;
    const lbIp = sub().publicIp(EASTUS, Math.ceil(VMS / 2)) as Message;
    for (const [raw, owner] of [
      [vmIp, 'vm-eastus-0-nic'],
      [lbIp, 'lb-eastus'],
    ] as const) {
      const ip = resourceOf('PublicIPAddresses', raw.name).resource;
      expect(ip).toMatchObject({ ...envelope(raw, 'PublicIPAddresses', 'IPAddress'), instance_type: raw.sku.name });
      expect(ip.instance_size ?? 0).toBe(0);
      expect(ip.data).toMatchObject({
        ...placement(raw.id),
        associated_to: raw.properties.ipConfiguration.id.split('/')[8],
        ip_address: raw.properties.ipAddress,
        public_ip_allocation_method: raw.properties.publicIPAllocationMethod,
        idle_timeout_in_minutes: raw.properties.idleTimeoutInMinutes,
        sku: raw.sku,
      });
      expect(ip.data.associated_to).toBe(owner);
    }
    expect(tableKeys('PublicIPAddresses')).toEqual([
      ['Resource Group', 'data.resource_group'],
      ['Location', 'data.location'],
      ['Subscription Name', 'data.subscription_name'],
      ['Associated To', 'data.associated_to'],
      ['Subscription ID', 'account'],
      ['SKU', 'instance_type'],
      ['Tier', 'data.sku.tier'],
      ['IP Address', 'data.ip_address'],
      ['DNS Name', 'data.dns_settings.fqdn'],
      ['IP Address Assignment', 'data.public_ip_allocation_method'],
      ['Idle Timeout(Minutes)', 'data.idle_timeout_in_minutes'],
      ['DNS Name Label(Optional)', 'data.dns_settings.domain_name_label'],
    ]);
  });

  it('an NSG: rules split by direction, the VM of its first NIC, its subnets in full with their network', () => {
    const raw = sub().networkSecurityGroup(EASTUS) as Message;
    const nsg = resourceOf('NetworkSecurityGroups', raw.name).resource;
    expect(nsg).toMatchObject(envelope(raw, 'NetworkSecurityGroups', 'Instance'));
    expect(nsg.instance_type ?? '').toBe('');
    const rule = (r: Message) => ({
      id: r.id,
      name: r.name,
      priority: r.properties.priority,
      protocol: r.properties.protocol,
      direction: r.properties.direction,
      access: r.properties.access,
      destination_port_range: r.properties.destinationPortRange,
      source_address_prefix: r.properties.sourceAddressPrefix,
      destination_address_prefix: r.properties.destinationAddressPrefix,
    });
    const vnet = sub().virtualNetwork(EASTUS) as Message;
    const subnet = vnet.properties.subnets[0];
    expect(nsg.data).toMatchObject({
      ...placement(raw.id),
      inbound_security_rules: raw.properties.securityRules.map(rule),
      outbound_security_rules: [],
      virtual_machines_display: 'vm-eastus-0',
      network_interfaces: raw.properties.networkInterfaces,
      subnets: [
        {
          id: subnet.id,
          name: subnet.name,
          address_prefix: subnet.properties.addressPrefix,
          network_security_group: { id: raw.id },
          virtual_network: 'vnet-eastus',
        },
      ],
    });
    for (const gone of ['inbound_rule_count', 'outbound_rule_count', 'network_interfaces_display', 'subnets_display'])
      expect(nsg.data).not.toHaveProperty(gone);
    expect(tableKeys('NetworkSecurityGroups').slice(0, 6)).toEqual([
      ['Resource Group', 'data.resource_group'],
      ['Location', 'data.location'],
      ['Subscription ID', 'account'],
      ['Subscription Name', 'data.subscription_name'],
      ['Virtual Machines', 'data.virtual_machines_display'],
      ['Inbound Rule Priority', 'data.inbound_security_rules.priority'],
    ]);
    expect(tableKeys('NetworkSecurityGroups')).toHaveLength(5 + 7 + 7 + 6);
    expect(searchKeys('NetworkSecurityGroups')).toContainEqual(['Virtual Network', 'data.subnets.virtual_network']);
    expect(typeOf('NetworkSecurityGroups').labels).toEqual(['Networking']);
  });
});

import type { DetailLayout } from '@cloudforet/plugin-core';
import { listOf, OVERVIEW_FIELDS, stateEnum } from '../collect/define-type';

const PROFILE = 'data.virtual_machine_profile';
const NICS = `${PROFILE}.network_profile.network_interface_configurations`;
const STORAGE = `${PROFILE}.storage_profile`;
const OS = `${PROFILE}.os_profile`;
const BR = listOf('<br>');
const stopped = 'yellow.500';

/** Upstream's detail tabs of a scale set (metadata/vm_scale_sets/scale_set.yaml `tabs.0`–`tabs.5`). */
export const SCALE_SET_TABS: DetailLayout[] = [
  {
    name: 'VmScaleSets',
    type: 'item',
    fields: [
      ...OVERVIEW_FIELDS,
      { name: 'Instances', key: 'data.instance_count' },
      { name: 'Operating System', key: `${OS}.operating_system` },
      { name: 'Size', key: 'instance_type' },
      { name: 'Virtual network/subnet', key: `${PROFILE}.network_profile.primary_vnet` },
      { name: 'Host group', key: 'data.host_group.id' },
      { name: 'Ephemeral OS Disk', key: `${STORAGE}.os_disk.diff_disk_settings.option.local` },
      { name: 'Azure Spot Eviction Policy', key: `${PROFILE}.eviction_policy` },
      { name: 'Azure Spot Max Price', key: `${PROFILE}.billing_profile.max_price` },
      { name: 'Termination Notification', key: 'data.terminate_notification_display' },
      { name: 'OverProvisioning', key: 'data.overprovision' },
      { name: 'Proximity Placement Group', key: 'data.proximity_placement_group_display' },
      { name: 'Automatic Repairs', key: 'data.automatic_repairs_policy.enabled' },
      { name: 'Upgrade Policy', key: 'data.upgrade_policy.mode' },
      { name: 'Fault Domains', key: 'data.platform_fault_domain_count' },
    ],
  },
  {
    name: 'Instances',
    type: 'table',
    rootPath: 'data.vm_instances',
    fields: [
      { name: 'Name', key: 'name' },
      { name: 'Computer Name', key: 'os_profile.computer_name' },
      { name: 'Location', key: 'location' },
      {
        name: 'Status',
        key: 'vm_instance_status_profile.statuses.code',
        type: 'enum',
        options: stateEnum({
          'PowerState/running': 'green.500',
          'PowerState/starting': 'green.500',
          'PowerState/deallocated': stopped,
          'PowerState/deallocating': stopped,
          'PowerState/stopped': stopped,
          'PowerState/stopping': stopped,
          'PowerState/unknown': stopped,
        }),
      },
      { name: 'Provisioning State', key: 'provisioning_state' },
      { name: 'Protection From Scale-in', key: 'protection_policy.protect_from_scale_in' },
      { name: 'Protection From Scale-set Actions', key: 'protection_policy.protect_from_scale_set_actions' },
      { name: 'Latest Model', key: 'latest_model_applied' },
      { name: 'Virtual Network', key: 'primary_vnet' },
    ],
  },
  {
    name: 'Networking',
    type: 'list',
    layouts: [
      {
        name: 'Networking',
        type: 'item',
        fields: [{ name: 'Virtual Networks', key: `${PROFILE}.network_profile.primary_vnet` }],
      },
      {
        name: 'Network Configuration',
        type: 'simple-table',
        rootPath: NICS,
        fields: [
          { name: 'Name', key: 'name' },
          // upstream shows the accelerated-networking flag under both names
          { name: 'Network interface', key: 'enable_accelerated_networking_display' },
          { name: 'Accelerated Networking', key: 'enable_accelerated_networking_display' },
          { name: 'Primary', key: 'primary' },
        ],
      },
      {
        name: 'IP Configurations',
        type: 'simple-table',
        rootPath: `${NICS}.ip_configurations`,
        fields: [
          { name: 'Public Ip Address Configuration', key: 'public_ip_address_configuration' },
          { name: 'Private IP Address Version', key: 'private_ip_address_version' },
        ],
      },
    ],
  },
  {
    name: 'Scaling',
    type: 'list',
    layouts: [
      {
        name: 'Scaling',
        type: 'item',
        fields: [
          { name: 'Instance Count', key: 'data.instance_count' },
          { name: 'Scale-in Policy', key: 'data.scale_in_policy.rules', ...BR },
        ],
      },
      {
        name: 'Autoscale Settings',
        type: 'simple-table',
        rootPath: 'data.virtual_machine_scale_set_power_state',
        fields: [
          { name: 'Name', key: 'name' },
          { name: 'Profiles', key: 'profiles_display', ...BR },
          { name: 'Default', key: 'profiles.capacity.default' },
          { name: 'Max', key: 'profiles.capacity.maximum' },
          { name: 'Min', key: 'profiles.capacity.minimum' },
        ],
      },
    ],
  },
  {
    name: 'Disks',
    type: 'list',
    layouts: [
      {
        name: 'OS Disk',
        type: 'item',
        fields: [
          { name: 'Image Reference', key: `${STORAGE}.image_reference_display` },
          { name: 'Storage Account Type', key: `${STORAGE}.os_disk.managed_disk.storage_account_type` },
          { name: 'Size', key: `${STORAGE}.os_disk.disk_size_gb` },
          { name: 'Host Caching', key: `${STORAGE}.os_disk.caching` },
        ],
      },
      {
        name: 'Data Disks',
        type: 'simple-table',
        rootPath: `${STORAGE}.data_disks`,
        fields: [
          { name: 'Name', key: 'name' },
          { name: 'Storage Type', key: 'managed_disk.storage_type' },
          { name: 'Size', key: 'disk_size_gb', type: 'size', options: { display_unit: 'GB', source_unit: 'GB' } },
          { name: 'Max IOPS', key: 'disk_iops_read_write' },
          { name: 'MAX Throughput(MBps)', key: 'disk_m_bps_read_write' },
          { name: 'Encryption', key: 'disk_encryption_set.id' },
          { name: 'Host Caching', key: 'caching' },
          { name: 'LUN', key: 'lun' },
        ],
      },
    ],
  },
  {
    name: 'Operating System',
    type: 'item',
    fields: [
      { name: 'Computer Name Prefix', key: `${OS}.computer_name_prefix` },
      { name: 'Administrator Username', key: `${OS}.admin_username` },
      { name: 'Operating System', key: `${OS}.operating_system` },
      { name: 'VM Agent', key: `${OS}.linux_configuration.provision_vm_agent` },
      {
        name: 'Automatic OS Upgrades',
        key: 'data.upgrade_policy.automatic_os_upgrade_policy.enable_automatic_os_upgrade',
      },
      { name: 'Custom Data', key: `${OS}.custom_data` },
    ],
  },
];

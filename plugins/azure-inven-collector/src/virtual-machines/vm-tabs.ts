import type { DetailLayout, Field } from '@cloudforet/plugin-core';
import { badgeEnum, listOf, stateEnum } from '../collect/define-type';

const BR = listOf('<br>');
const TRUE_FALSE = badgeEnum({ true: 'indigo.500', false: 'coral.600' });
const badges = (name: string, key: string, options: ReturnType<typeof badgeEnum>): Field => ({
  name,
  key,
  type: 'enum',
  options,
});
/** A list of one key of each entry (upstream's `type: list` with `options.sub_key`). */
const subKeys = (name: string, key: string, subKey: string): Field => ({
  name,
  key,
  type: 'list',
  options: { sub_key: subKey, delimiter: '<br>' },
});
const rows = (name: string, rootPath: string, fields: Field[]): DetailLayout => ({
  name,
  type: 'table',
  rootPath,
  fields,
});
const item = (name: string, fields: Field[]): DetailLayout => ({ name, type: 'item', fields });

/** Upstream's detail tabs of a VM (metadata/virtual_machines/instance.yaml `tabs.0`–`tabs.4`). */
export const VM_TABS: DetailLayout[] = [
  {
    name: 'Azure VM',
    type: 'list',
    layouts: [
      item('Virtual Machine', [
        { name: 'Resource ID', key: 'data.compute.instance_id' },
        { name: 'VM ID', key: 'data.compute.tags.vm_id' },
        {
          name: 'VM State',
          key: 'data.compute.instance_state',
          type: 'enum',
          options: stateEnum(
            {
              RUNNING: 'green.500',
              STARTING: 'yellow.500',
              DEALLOCATING: 'yellow.500',
              STOPPING: 'yellow.500',
              STOPPED: 'red.500',
              DEALLOCATED: 'gray.400',
            },
            { STOPPED: 'red.500', DEALLOCATED: 'gray.400' },
          ),
        },
        { name: 'Instance Type', key: 'data.compute.instance_type' },
        { name: 'Image', key: 'data.compute.image' },
        badges(
          'Azure Priority',
          'data.azure.priority',
          badgeEnum({ Regular: 'indigo.500', Low: 'coral.600', Spot: 'peacock.600' }),
        ),
        { name: 'Region', key: 'region_code' },
        { name: 'Availability Zone', key: 'data.compute.az' },
        { name: 'Key Pair', key: 'data.compute.keypair' },
        badges('Ultra SSD Enabled', 'data.azure.ultra_ssd_enabled', TRUE_FALSE),
        badges('Write Accelerator Enabled', 'data.azure.write_accelerator_enabled', TRUE_FALSE),
        badges('Boot Diagnostics', 'data.azure.boot_diagnostics', TRUE_FALSE),
        subKeys('Public IP', 'data.nics', 'public_ip_address'),
        subKeys('Security Groups', 'data.compute.security_groups', 'display'),
        { name: 'Launched At', key: 'data.compute.launched_at' },
      ]),
      item('Virtual Network', [
        { name: 'VNet ID', key: 'data.vnet.vnet_id' },
        { name: 'VNet Name', key: 'data.vnet.vnet_name' },
        { name: 'Subnet ID', key: 'data.subnet.subnet_id' },
        { name: 'Subnet Name', key: 'data.subnet.subnet_name' },
      ]),
      // upstream's `translation_id`s are not kept by its SDK's field model
      item('Operating System', [
        { name: 'OS Type', key: 'data.os.os_type' },
        { name: 'OS Distribution', key: 'data.os.os_distro' },
        { name: 'OS Version Details', key: 'data.os.details' },
      ]),
      item('Hardware', [
        { name: 'Core', key: 'data.hardware.core' },
        { name: 'Memory', key: 'data.hardware.memory' },
      ]),
    ],
  },
  rows('Disk', 'data.disks', [
    { name: 'Index', key: 'device_index' },
    { name: 'Name', key: 'tags.disk_name' },
    { name: 'Size', key: 'size' },
    { name: 'Disk ID', key: 'tags.disk_id' },
    // upstream's spelling; its data names the key `storage_account_type`
    { name: 'Storage Account Type', key: 'tags.storage_Account_type' },
    { name: 'IOPS', key: 'tags.iops' },
    { name: 'Throughput (mbps)', key: 'tags.throughput_mbps' },
    { name: 'Encryption Set', key: 'tags.disk_encryption_set' },
    { name: 'Caching', key: 'tags.caching' },
  ]),
  rows('NIC', 'data.nics', [
    { name: 'Index', key: 'device_index' },
    { name: 'Name', key: 'tags.name' },
    { name: 'IP Addresses', key: 'ip_addresses', ...BR },
    { name: 'Public IP', key: 'public_ip_address' },
    { name: 'MAC Address', key: 'mac_address' },
    { name: 'CIDR', key: 'cidr' },
    { name: 'etag', key: 'tags.etag' },
    badges('Enable Accelerated Networking', 'tags.enable_accelerated_networking', TRUE_FALSE),
    badges('Enable IP Forwarding', 'tags.enable_ip_forwarding', TRUE_FALSE),
  ]),
  rows('Network Security Groups', 'data.security_group', [
    badges('Direction', 'direction', badgeEnum({ inbound: 'indigo.500', outbound: 'coral.600' })),
    { name: 'Name', key: 'security_group_name' },
    badges(
      'Protocol',
      'protocol',
      badgeEnum({ ALL: 'violet.600', TCP: 'indigo.500', UDP: 'coral.600', ICMP: 'peacock.500' }),
    ),
    { name: 'Port Range', key: 'port' },
    { name: 'Remote', key: 'remote' },
    { name: 'Priority', key: 'priority' },
    badges('Action', 'action', badgeEnum({ allow: 'indigo.500', deny: 'coral.600' })),
    { name: 'Description', key: 'description' },
  ]),
  rows('Load Balancer', 'data.load_balancer', [
    { name: 'Name', key: 'name' },
    { name: 'Endpoint', key: 'endpoint' },
    badges('Type', 'type', badgeEnum({ network: 'indigo.500', application: 'coral.600' })),
    { name: 'Protocol', key: 'protocol', ...BR },
    { name: 'Port', key: 'port', ...BR },
    badges('Scheme', 'scheme', badgeEnum({ 'internet-facing': 'indigo.500', internal: 'coral.600' })),
  ]),
];

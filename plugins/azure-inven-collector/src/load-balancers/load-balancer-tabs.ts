import type { DetailLayout } from '@cloudforet/plugin-core';
import { listOf } from '../collect/define-type';

const BR = listOf('<br>');

/** Upstream's detail tabs of a load balancer (metadata/load_balancers/instance.yaml `tabs.0`–`tabs.5`). */
export const LOAD_BALANCER_TABS: DetailLayout[] = [
  {
    name: 'LoadBalancers',
    type: 'item',
    fields: [
      { name: 'Name', key: 'name' },
      { name: 'Resource Group', key: 'data.resource_group' },
      { name: 'Resource ID', key: 'data.id' },
      { name: 'Location', key: 'data.location' },
      { name: 'Subscription', key: 'account' },
      { name: 'SKU', key: 'type' },
      { name: 'Backend pools', key: 'data.backend_address_pools_count_display' },
      { name: 'Health Probe', key: 'data.probes_display', ...BR },
      { name: 'Load Balancing Rule', key: 'data.load_balancing_rules_display', ...BR },
      { name: 'NAT Rules', key: 'data.inbound_nat_rules_display', ...BR },
      { name: 'Private IP Address', key: 'data.private_ip_address_display', ...BR },
    ],
  },
  {
    name: 'Frontend IP Configurations',
    type: 'list',
    layouts: [
      {
        name: 'Frontend IP Configurations',
        type: 'simple-table',
        rootPath: 'data.frontend_ip_configurations',
        fields: [
          { name: 'Name', key: 'name' },
          { name: 'IP Address', key: 'private_ip_address' },
          { name: 'IP Version', key: 'private_ip_address_version' },
        ],
      },
      {
        name: 'Used By',
        type: 'item',
        fields: [{ name: 'Used By', key: 'data.frontend_ip_configurations_used_by_display', ...BR }],
      },
    ],
  },
  {
    name: 'Backend Pools',
    type: 'list',
    layouts: [
      {
        name: 'Backend Pools',
        type: 'simple-table',
        rootPath: 'data.backend_address_pools',
        fields: [
          { name: 'Name', key: 'name' },
          { name: 'ID', key: 'id' },
        ],
      },
      {
        name: 'Backend Pools VM information',
        type: 'simple-table',
        rootPath: 'data.network_interfaces',
        fields: [
          { name: 'Backend Pool', key: 'load_balancer_backend_address_pools_name_display' },
          { name: 'VM Name', key: 'virtual_machine_name_display' },
          { name: 'Network Interface', key: 'name' },
          { name: 'Private IP Address', key: 'private_ip_display', ...BR },
        ],
      },
    ],
  },
  {
    name: 'Health Probes',
    type: 'table',
    rootPath: 'data.probes',
    fields: [
      { name: 'Name', key: 'name' },
      { name: 'Protocol', key: 'protocol' },
      { name: 'Port', key: 'port' },
      { name: 'Interval', key: 'interval_in_seconds' },
      { name: 'Unhealthy Threshold', key: 'number_of_probes' },
    ],
  },
  {
    name: 'Load Balancing Rules',
    type: 'table',
    rootPath: 'data.load_balancing_rules',
    fields: [
      { name: 'Name', key: 'name' },
      { name: 'Frontend IP Address', key: 'frontend_ip_configuration_display' },
      { name: 'Protocol', key: 'protocol' },
      { name: 'Frontend Port', key: 'frontend_port' },
      { name: 'Backend Port', key: 'backend_port' },
      { name: 'Backend Pool', key: 'backend_address_pool_display' },
      { name: 'Session Persistence', key: 'load_distribution_display' },
      { name: 'Idle Timeout (minutes)', key: 'idle_timeout_in_minutes' },
      { name: 'Floating IP', key: 'enable_floating_ip' },
      { name: 'TCP Reset', key: 'enable_tcp_reset' },
    ],
  },
  {
    name: 'Inbound NAT Rules',
    type: 'table',
    rootPath: 'data.inbound_nat_rules',
    fields: [
      { name: 'Name', key: 'name' },
      { name: 'Protocol', key: 'protocol' },
      { name: 'Idle timeout (minutes)', key: 'idle_timeout_in_minutes' },
      { name: 'TCP Reset', key: 'enable_tcp_reset' },
      { name: 'Port', key: 'frontend_port' },
      { name: 'Target Virtual Machine', key: 'target_virtual_machine', ...listOf(', ') },
      { name: 'Network IP Configuration', key: 'frontend_ip_configuration_display' },
      { name: 'Port mapping', key: 'port_mapping_display' },
      { name: 'Floating IP', key: 'enable_floating_ip' },
      { name: 'Target Port', key: 'backend_port' },
    ],
  },
];

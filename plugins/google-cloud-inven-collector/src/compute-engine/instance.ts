import type { compute_v1 } from '@googleapis/compute';
import { aggregatedPages, askedEarly } from '../collect/google-pages';
import { defineType } from '../collect/define-type';
import { shapePages } from '../collect/shape-pages';
import { badges, LIST_BADGE, states } from '../collect/view-options';
import { DISK_TYPE_BADGES, TRUE_FALSE_BADGES } from './compute-badges';
import { DISK_RATE_FIELDS, labelsTab } from './detail-tabs';
import { GROUP, instanceRegion, instanceResource, TYPE } from './instance-shape';
import { instanceRelated } from './instance-related';

/**
 * VM instances: the project's machine types, disks, networks, subnets and firewalls once (their
 * listing and the first page of instances start together), then the instances of every zone from
 * `instances.aggregatedList`, a page (500) at a time while the next is asked for; a zone the API
 * reports unreachable becomes an ErrorResource naming it.
 */
export const instanceDefinition = defineType({
  group: GROUP,
  name: TYPE,
  api: 'compute.googleapis.com',
  serviceCode: 'Compute Engine',
  labels: ['Compute', 'Server'],
  icon: 'Compute_Engine.svg',
  isPrimary: true,
  isMajor: true,
  fields: [
    { name: 'Instance State', key: 'data.compute.instance_state', type: 'enum' },
    { name: 'Instance ID', key: 'data.compute.instance_id' },
    { name: 'Instance Type', key: 'instance_type' },
    { name: 'Core', key: 'data.hardware.core' },
    { name: 'Memory', key: 'data.hardware.memory' },
    { name: 'Zone', key: 'data.compute.az' },
    { name: 'Primary IP', key: 'data.primary_ip_address' },
    { name: 'Public IP', key: 'data.compute.public_ip_address' },
    { name: 'OS Type', key: 'data.os.os_type' },
    { name: 'Image', key: 'data.compute.image' },
    { name: 'VPC', key: 'data.vpc.vpc_name' },
    { name: 'Subnet', key: 'data.subnet.subnet_name' },
    { name: 'Total Disk Size (GB)', key: 'data.stats.disk_size' },
    { name: 'Project', key: 'account' },
    { name: 'Launched', key: 'launched_at', type: 'datetime' },
  ],
  widgets: [
    { name: 'Total Count', type: 'card', operator: 'count' },
    { name: 'Total vCPU Count', type: 'card', operator: 'sum', key: 'data.hardware.core' },
    { name: 'Total Memory Size', type: 'card', operator: 'sum', key: 'data.hardware.memory' },
    { name: 'Total Disk Size', type: 'card', operator: 'sum', key: 'data.stats.disk_size' },
    { name: 'Count by Region', type: 'chart', operator: 'count', groupBy: 'region_code' },
    { name: 'Count by Instance Type', type: 'chart', operator: 'count', groupBy: 'instance_type' },
  ],
  // upstream's tabs; Firewalls' Direction badges `ingress`/`egress`, its rows say `inbound`/`outbound` (README)
  details: [
    {
      name: 'Compute Engine',
      type: 'list',
      layouts: [
        {
          name: 'VM Instance',
          type: 'item',
          fields: [
            { name: 'Account', key: 'data.compute.account' },
            { name: 'Instance ID', key: 'data.compute.instance_id' },
            { name: 'Instance Name', key: 'data.compute.instance_name' },
            {
              name: 'Instance State',
              key: 'data.compute.instance_state',
              type: 'enum',
              options: states({
                safe: ['RUNNING'],
                warning: ['STAGING', 'PROVISIONING', 'REPAIRING', 'STOPPING', 'SUSPENDING'],
                alert: ['SUSPENDED', 'TERMINATED'],
              }),
            },
            {
              name: 'Preemptible',
              key: 'data.google_cloud.scheduling.preemptible',
              type: 'enum',
              options: TRUE_FALSE_BADGES,
            },
            {
              name: 'Is Managed Instance in Instance Group',
              key: 'data.google_cloud.is_managed_instance',
              type: 'enum',
              options: TRUE_FALSE_BADGES,
            },
            { name: 'Instance Type', key: 'data.compute.instance_type' },
            {
              name: 'Has GPU',
              key: 'data.display.has_gpu',
              type: 'enum',
              options: badges({ 'indigo.500': ['True'], 'coral.600': ['False'] }),
            },
            { name: 'Total GPU Count', key: 'data.total_gpu_count' },
            { name: 'GPUs', key: 'data.display.gpus', type: 'list', options: LIST_BADGE },
            { name: 'Image', key: 'data.compute.image' },
            { name: 'Region', key: 'region_code' },
            { name: 'Availability Zone', key: 'data.compute.az' },
            { name: 'Reservation Affinity', key: 'data.google_cloud.reservation_affinity' },
            { name: 'Self link', key: 'data.google_cloud.self_link' },
            {
              name: 'Deletion Protection',
              key: 'data.google_cloud.deletion_protection',
              type: 'enum',
              options: TRUE_FALSE_BADGES,
            },
            { name: 'Public IP', key: 'data.compute.public_ip_address' },
            { name: 'IP Addresses', key: 'ip_addresses', type: 'list', options: LIST_BADGE },
            { name: 'Affected Rules', key: 'data.compute.security_groups', type: 'list', options: LIST_BADGE },
            { name: 'Launched At', key: 'data.compute.launched_at', type: 'datetime' },
          ],
        },
        {
          name: 'VPC',
          type: 'item',
          fields: [
            { name: 'VPC ID', key: 'data.vpc.vpc_id' },
            { name: 'VPC Name', key: 'data.vpc.vpc_name' },
            { name: 'Subnet ID', key: 'data.subnet.subnet_id' },
            { name: 'Subnet Name', key: 'data.subnet.subnet_name' },
          ],
        },
        {
          name: 'SSH Keys',
          type: 'simple-table',
          rootPath: 'data.google_cloud.ssh_keys.ssh_keys',
          fields: [
            { name: 'User Name', key: 'user_name' },
            {
              name: 'Overview',
              key: 'display_name',
              type: 'more',
              options: {
                sub_key: 'ssh_key',
                layout: { name: 'SSH Key', type: 'popup', options: { layout: { type: 'raw' } } },
              },
            },
          ],
        },
        {
          name: 'SSH Key Options',
          type: 'item',
          rootPath: 'data.google_cloud.ssh_keys',
          fields: [{ name: 'Block project-wide SSH keys', key: 'block_project_ssh_keys' }],
        },
        {
          name: 'API and Identity Management',
          type: 'table',
          rootPath: 'data.google_cloud.service_accounts',
          fields: [
            { name: 'Service Account', key: 'service_account' },
            {
              name: 'Cloud API access scopes',
              key: 'display_name',
              type: 'more',
              // upstream's popup (its layout model adds the outer `type`)
              options: {
                layout: {
                  name: 'Details',
                  type: 'popup',
                  options: {
                    type: 'popup',
                    layout: {
                      type: 'simple-table',
                      options: {
                        root_path: 'scopes',
                        fields: [{ type: 'text', key: 'description', name: 'Scope Description' }],
                      },
                    },
                  },
                },
              },
            },
          ],
        },
        {
          name: 'InstanceGroupManager',
          type: 'item',
          fields: [
            { name: 'Auto Scaler', key: 'data.autoscaler.name' },
            { name: 'Auto Scaler ID', key: 'data.autoscaler.id' },
            { name: 'Instance Group Name', key: 'data.autoscaler.instance_group.name' },
            { name: 'Instance Template Name', key: 'data.autoscaler.instance_group.instance_template_name' },
          ],
        },
      ],
    },
    labelsTab('data.google_cloud.labels'),
    { name: 'Tags', type: 'table', rootPath: 'data.google_cloud.tags', fields: [{ name: 'Item', key: 'key' }] },
    {
      name: 'Disk',
      type: 'table',
      rootPath: 'data.disks',
      fields: [
        { name: 'Index', key: 'device_index' },
        { name: 'Name', key: 'tags.disk_name' },
        { name: 'Size', key: 'size', type: 'size' },
        { name: 'Disk ID', key: 'tags.disk_id' },
        { name: 'Disk Type', key: 'tags.disk_type', type: 'enum', options: DISK_TYPE_BADGES },
        ...DISK_RATE_FIELDS,
        { name: 'Encrypted', key: 'tags.encrypted', type: 'enum', options: TRUE_FALSE_BADGES },
      ],
    },
    {
      name: 'NIC',
      type: 'table',
      rootPath: 'data.nics',
      fields: [
        { name: 'Index', key: 'device_index' },
        { name: 'IP Addresses', key: 'ip_addresses', type: 'list', options: { delimiter: '<br>' } },
        { name: 'CIDR', key: 'cidr' },
        { name: 'Public IP', key: 'public_ip_address' },
      ],
    },
    {
      name: 'Firewalls',
      type: 'table',
      rootPath: 'data.security_group',
      fields: [
        { name: 'Priority', key: 'priority' },
        {
          name: 'Direction',
          key: 'direction',
          type: 'enum',
          options: badges({ 'indigo.500': ['ingress'], 'coral.600': ['egress'] }),
        },
        {
          name: 'Action',
          key: 'action',
          type: 'enum',
          options: badges({ 'indigo.500': ['allow'], 'coral.600': ['deny'] }),
        },
        { name: 'Name', key: 'security_group_name' },
        { name: 'Firewall ID', key: 'security_group_id' },
        { name: 'Protocol', key: 'protocol' },
        { name: 'Port Min.', key: 'port_range_min' },
        { name: 'Port MAx.', key: 'port_range_max' },
        { name: 'Description', key: 'description' },
      ],
    },
    {
      name: 'LB',
      type: 'table',
      rootPath: 'data.load_balancers',
      fields: [
        { name: 'Name', key: 'name' },
        {
          name: 'Type',
          key: 'type',
          type: 'enum',
          options: badges({ primary: ['HTTP', 'HTTPS'], 'indigo.500': ['TCP'], 'coral.600': ['UDP'] }),
        },
        { name: 'Protocol', key: 'protocol', type: 'list', options: { delimiter: '<br>' } },
        { name: 'Port', key: 'port', type: 'list', options: { delimiter: '<br>' } },
        {
          name: 'Scheme',
          key: 'scheme',
          type: 'enum',
          options: badges({ 'indigo.500': ['EXTERNAL'], 'coral.600': ['INTERNAL'] }),
        },
      ],
    },
  ],
  async *collect(ctx) {
    const related = instanceRelated(ctx);
    related.catch(() => undefined); // awaited below; the first page may fail first
    const unreachable: { scope: string; message: string }[] = [];
    const pages = askedEarly(
      aggregatedPages<compute_v1.Schema$Instance>(
        ctx.session,
        'instances',
        (pageToken, o) =>
          ctx.session.compute.instances.aggregatedList(
            { project: ctx.projectId, pageToken, maxResults: 500, returnPartialSuccess: true },
            o,
          ),
        (scope, message) => unreachable.push({ scope, message }),
      ),
    );
    const shared = await related;
    yield* shapePages(
      pages,
      (instance) =>
        instanceResource(
          instance,
          { projectId: ctx.projectId, regionCode: ctx.regions.add(instanceRegion(instance)) },
          shared,
          instanceDefinition.metadata,
        ),
      { group: GROUP, type: TYPE, idOf: (i) => i.id },
      unreachable,
    );
  },
});

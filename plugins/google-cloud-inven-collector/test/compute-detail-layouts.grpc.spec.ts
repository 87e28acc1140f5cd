// The detail pages (per-resource `metadata.view.sub_data.layouts`) of Disk, InstanceGroup, Snapshot,
// MachineImage and InstanceTemplate through the core-like client: upstream's tabs field by field (the
// expected values spelled as upstream's dynamic fields serialize), and every key they name found in
// the resource's data but those the README lists as absent.
import { collectEachType } from './collect-each-type';
import {
  LABELS,
  OUTLINE_ITEM,
  datetime,
  enumOf,
  layoutsOf,
  outlineList,
  plainList,
  size,
  text,
  trueFalse,
  unresolved,
  unresolvedInAll,
  type Col,
  type Tab,
} from './detail-layouts';

const diskType = (key: string): Col => ({
  key,
  name: 'Disk Type',
  type: 'enum',
  options: {
    'local-ssd': { type: 'badge', options: { outline_color: 'primary' } },
    'pd-balanced': { type: 'badge', options: { outline_color: 'indigo.500' } },
    'pd-ssd': { type: 'badge', options: { outline_color: 'coral.600' } },
    'pd-standard': { type: 'badge', options: { outline_color: 'peacock.500' } },
  },
});
const DISK_TYPE = diskType('tags.disk_type');
const MODE = enumOf('Mode', 'device_mode', [
  ['READ_WRITE', 'indigo.500'],
  ['READ_ONLY', 'coral.600'],
]);
const ENCRYPTION: [string, string][] = [
  ['Google managed', 'primary'],
  ['Customer managed', 'indigo.500'],
  ['Customer supplied', 'coral.600'],
];
const RATES = [
  text('Read IOPS', 'tags.read_iops'),
  text('Write IOPS', 'tags.write_iops'),
  text('Read Throughput(MB/s)', 'tags.read_throughput'),
  text('Write Throughput(MB/s)', 'tags.write_throughput'),
];
const state = (color: string, textColor?: string) => ({
  type: 'state',
  options: { icon: { color }, ...(textColor ? { text_color: textColor } : {}) },
});
const stateOf = (name: string, key: string, byValue: [string, ReturnType<typeof state>][]): Col => ({
  key,
  name,
  type: 'enum',
  options: Object.fromEntries(byValue),
});
const SAFE = state('green.500');
const WARNING = state('yellow.500');
const ALERT = state('red.500', 'red.500');
const DISABLE = state('gray.400', 'gray.400');
const outline = (color: string) => ({ type: 'badge', options: { outline_color: color } });
const onOff = (name: string, key: string) =>
  enumOf(name, key, [
    ['On', 'primary'],
    ['Off', 'coral.600'],
  ]);
const POLICIES: Tab = {
  name: 'Available policies',
  type: 'item',
  options: {
    fields: [
      onOff('Preemptibility', 'data.scheduling.preemptibility'),
      onOff('Automatic Restart', 'data.scheduling.automatic_restart'),
      enumOf('Host Maintenance', 'data.on_host_maintenance', [
        ['MIGRATE', 'primary'],
        ['TERMINATE', 'coral.600'],
      ]),
    ],
  },
};

const delimited = (name: string, key: string): Col => ({ key, name, type: 'list', options: { delimiter: '<br>' } });
const more = (name: string, key: string, options: Record<string, unknown>): Col => ({
  key,
  name,
  type: 'more',
  options,
});

const UPSTREAM: Record<string, Tab[]> = {
  Instance: [
    {
      name: 'Compute Engine',
      type: 'list',
      options: {
        layouts: [
          {
            name: 'VM Instance',
            type: 'item',
            options: {
              fields: [
                text('Account', 'data.compute.account'),
                text('Instance ID', 'data.compute.instance_id'),
                text('Instance Name', 'data.compute.instance_name'),
                stateOf('Instance State', 'data.compute.instance_state', [
                  ['RUNNING', SAFE],
                  ['STAGING', WARNING],
                  ['PROVISIONING', WARNING],
                  ['REPAIRING', WARNING],
                  ['STOPPING', WARNING],
                  ['SUSPENDING', WARNING],
                  ['SUSPENDED', ALERT],
                  ['TERMINATED', ALERT],
                ]),
                trueFalse('Preemptible', 'data.google_cloud.scheduling.preemptible'),
                trueFalse('Is Managed Instance in Instance Group', 'data.google_cloud.is_managed_instance'),
                text('Instance Type', 'data.compute.instance_type'),
                enumOf('Has GPU', 'data.display.has_gpu', [
                  ['True', 'indigo.500'],
                  ['False', 'coral.600'],
                ]),
                text('Total GPU Count', 'data.total_gpu_count'),
                outlineList('GPUs', 'data.display.gpus'),
                text('Image', 'data.compute.image'),
                text('Region', 'region_code'),
                text('Availability Zone', 'data.compute.az'),
                text('Reservation Affinity', 'data.google_cloud.reservation_affinity'),
                text('Self link', 'data.google_cloud.self_link'),
                trueFalse('Deletion Protection', 'data.google_cloud.deletion_protection'),
                text('Public IP', 'data.compute.public_ip_address'),
                outlineList('IP Addresses', 'ip_addresses'),
                outlineList('Affected Rules', 'data.compute.security_groups'),
                datetime('Launched At', 'data.compute.launched_at'),
              ],
            },
          },
          {
            name: 'VPC',
            type: 'item',
            options: {
              fields: [
                text('VPC ID', 'data.vpc.vpc_id'),
                text('VPC Name', 'data.vpc.vpc_name'),
                text('Subnet ID', 'data.subnet.subnet_id'),
                text('Subnet Name', 'data.subnet.subnet_name'),
              ],
            },
          },
          {
            name: 'SSH Keys',
            type: 'simple-table',
            options: {
              root_path: 'data.google_cloud.ssh_keys.ssh_keys',
              fields: [
                text('User Name', 'user_name'),
                more('Overview', 'display_name', {
                  sub_key: 'ssh_key',
                  layout: { name: 'SSH Key', type: 'popup', options: { layout: { type: 'raw' } } },
                }),
              ],
            },
          },
          {
            name: 'SSH Key Options',
            type: 'item',
            options: {
              root_path: 'data.google_cloud.ssh_keys',
              fields: [text('Block project-wide SSH keys', 'block_project_ssh_keys')],
            },
          },
          {
            name: 'API and Identity Management',
            type: 'table',
            options: {
              root_path: 'data.google_cloud.service_accounts',
              fields: [
                text('Service Account', 'service_account'),
                more('Cloud API access scopes', 'display_name', {
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
                }),
              ],
            },
          },
          {
            name: 'InstanceGroupManager',
            type: 'item',
            options: {
              fields: [
                text('Auto Scaler', 'data.autoscaler.name'),
                text('Auto Scaler ID', 'data.autoscaler.id'),
                text('Instance Group Name', 'data.autoscaler.instance_group.name'),
                text('Instance Template Name', 'data.autoscaler.instance_group.instance_template_name'),
              ],
            },
          },
        ],
      },
    },
    { ...LABELS, options: { ...LABELS.options, root_path: 'data.google_cloud.labels' } },
    { name: 'Tags', type: 'table', options: { root_path: 'data.google_cloud.tags', fields: [text('Item', 'key')] } },
    {
      name: 'Disk',
      type: 'table',
      options: {
        root_path: 'data.disks',
        fields: [
          text('Index', 'device_index'),
          text('Name', 'tags.disk_name'),
          size('Size', 'size'),
          text('Disk ID', 'tags.disk_id'),
          DISK_TYPE,
          ...RATES,
          trueFalse('Encrypted', 'tags.encrypted'),
        ],
      },
    },
    {
      name: 'NIC',
      type: 'table',
      options: {
        root_path: 'data.nics',
        fields: [
          text('Index', 'device_index'),
          delimited('IP Addresses', 'ip_addresses'),
          text('CIDR', 'cidr'),
          text('Public IP', 'public_ip_address'),
        ],
      },
    },
    {
      name: 'Firewalls',
      type: 'table',
      options: {
        root_path: 'data.security_group',
        fields: [
          text('Priority', 'priority'),
          enumOf('Direction', 'direction', [
            ['ingress', 'indigo.500'],
            ['egress', 'coral.600'],
          ]),
          enumOf('Action', 'action', [
            ['allow', 'indigo.500'],
            ['deny', 'coral.600'],
          ]),
          text('Name', 'security_group_name'),
          text('Firewall ID', 'security_group_id'),
          text('Protocol', 'protocol'),
          text('Port Min.', 'port_range_min'),
          text('Port MAx.', 'port_range_max'),
          text('Description', 'description'),
        ],
      },
    },
    {
      name: 'LB',
      type: 'table',
      options: {
        root_path: 'data.load_balancers',
        fields: [
          text('Name', 'name'),
          enumOf('Type', 'type', [
            ['HTTP', 'primary'],
            ['HTTPS', 'primary'],
            ['TCP', 'indigo.500'],
            ['UDP', 'coral.600'],
          ]),
          delimited('Protocol', 'protocol'),
          delimited('Port', 'port'),
          enumOf('Scheme', 'scheme', [
            ['EXTERNAL', 'indigo.500'],
            ['INTERNAL', 'coral.600'],
          ]),
        ],
      },
    },
  ],
  InstanceGroup: [
    {
      name: 'Instance Group',
      type: 'list',
      options: {
        layouts: [
          {
            name: 'Instance Group',
            type: 'item',
            options: {
              fields: [
                text('Resource ID', 'data.id'),
                text('Name', 'data.name'),
                {
                  key: 'data.instance_group_type',
                  name: 'Type',
                  type: 'enum',
                  options: {
                    STATELESS: outline('primary'),
                    STATEFUL: outline('indigo.500'),
                    UNMANAGED: outline('coral.600'),
                  },
                },
                text('Project', 'data.project'),
                text('Region', 'data.display_location.region'),
                text('Zone', 'data.display_location.zone'),
                text('Network', 'data.network'),
                text('Subnet', 'data.subnetwork'),
                text('Description', 'data.description'),
                text('Instance Counts', 'data.instance_counts'),
                text('Min Replicas', 'data.autoscaler.autoscaling_policy.min_num_replicas'),
                text('Max Replicas', 'data.autoscaler.autoscaling_policy.max_num_replicas'),
                text('Recommended Size', 'data.autoscaler.recommended_size'),
                text('Self Link', 'data.self_link'),
                datetime('Creation Time', 'data.creation_timestamp'),
              ],
            },
          },
          {
            name: 'Instance Template',
            type: 'item',
            options: {
              fields: [
                text('Resource ID', 'data.template.id'),
                text('Name', 'data.template.name'),
                text('Description', 'data.template.description'),
                text('Self Link', 'data.template.self_link'),
                datetime('Creation Time', 'data.creation_timestamp'),
              ],
            },
          },
        ],
      },
    },
    {
      name: 'Instance',
      type: 'table',
      options: {
        root_path: 'data.instances',
        fields: [
          text('Name', 'name'),
          stateOf('Status', 'status', [
            ['RUNNING', SAFE],
            ['STAGING', WARNING],
            ['PROVISIONING', WARNING],
            ['REPAIRING', WARNING],
            ['STOPPING', WARNING],
            ['SUSPENDING', WARNING],
            ['TERMINATED', DISABLE],
            ['SUSPENDED', ALERT],
          ]),
          text('Self Link', 'instance'),
          { key: 'name_ports', name: 'Ports (Name)', type: 'list', options: { ...OUTLINE_ITEM, sub_key: 'name' } },
          { key: 'name_ports', name: 'Ports', type: 'list', options: { ...OUTLINE_ITEM, sub_key: 'port' } },
        ],
      },
    },
    {
      name: 'Auto Scaler',
      type: 'list',
      options: {
        layouts: [
          {
            name: 'Auto Scaler',
            type: 'item',
            options: {
              fields: [
                text('Resource ID', 'data.autoscaler.id'),
                text('Name', 'data.autoscaler.name'),
                text('Description', 'data.autoscaler.description'),
                stateOf('Status', 'data.autoscaler.status', [
                  ['ACTIVE', SAFE],
                  ['PENDING', WARNING],
                  ['DELETING', WARNING],
                  ['ERROR', ALERT],
                ]),
                {
                  key: 'data.autoscaler.status_details',
                  name: 'Status Detail Message',
                  type: 'list',
                  options: { sub_key: 'message' },
                },
                text('Self Link', 'data.autoscaler.self_link'),
                datetime('Creation Time', 'data.autoscaler.creation_timestamp'),
              ],
            },
          },
          {
            name: 'Auto Scaling Policy',
            type: 'item',
            options: {
              fields: [
                enumOf('Mode', 'data.autoscaler.autoscaling_policy.mode', [
                  ['ON', 'indigo.500'],
                  ['OFF', 'coral.600'],
                ]),
                text('Minimum Replica Counts', 'data.autoscaler.autoscaling_policy.min_num_replicas'),
                text('Maximum Replica Counts', 'data.autoscaler.autoscaling_policy.max_num_replicas'),
                text('Cool Down Period (Seconds)', 'data.autoscaler.autoscaling_policy.cool_down_period_sec'),
                text('CPU Utilization', 'data.autoscaler.autoscaling_policy.cpu_utilization.utilization_target'),
                text(
                  'Load Balancing Utilization',
                  'data.autoscaler.autoscaling_policy.loadbalancing_utilization.utilization_target',
                ),
              ],
            },
          },
        ],
      },
    },
    {
      name: 'AutoHealing',
      type: 'table',
      options: {
        root_path: 'data.instance_group_manager.auto_healing_policies',
        fields: [text('Health Check', 'health_check'), text('Initial Delay (Seconds)', 'initial_delay_sec')],
      },
    },
  ],
  Disk: [
    {
      name: 'Disks',
      type: 'list',
      options: {
        layouts: [
          {
            name: 'Properties',
            type: 'item',
            options: {
              fields: [
                text('ID', 'data.id'),
                text('Name', 'data.name'),
                diskType('data.disk_type'),
                size('Size', 'data.size'),
                text('Zone', 'data.zone'),
                outlineList('In Used By', 'data.in_used_by'),
                outlineList('Snapshot Schedule', 'data.snapshot_schedule_display'),
                enumOf('Encryption Type', 'data.encryption', ENCRYPTION),
                text('Source Image', 'data.source_image_display'),
                datetime('Last Attach Time', 'data.last_attach_timestamp'),
                datetime('Last Detach Time', 'data.last_detach_timestamp'),
                datetime('Creation Time', 'data.creation_timestamp'),
              ],
            },
          },
          {
            name: 'Estimated Performance',
            type: 'item',
            options: {
              fields: [
                text('Read IOPS', 'data.read_iops'),
                text('Write IOPS', 'data.write_iops'),
                text('Read Throughput(MB/s)', 'data.read_throughput'),
                text('Write Throughput(MB/s)', 'data.write_throughput'),
              ],
            },
          },
        ],
      },
    },
    LABELS,
    {
      name: 'Snapshot Schedule',
      type: 'table',
      options: {
        root_path: 'data.snapshot_schedule',
        fields: [
          text('ID', 'id'),
          text('Name', 'name'),
          text('Region', 'region'),
          outlineList('Schedule Frequency (UTC)', 'snapshot_schedule_policy.schedule_display'),
          text('Auto-delete Snapshots After', 'snapshot_schedule_policy.retention_policy.max_retention_days_display'),
          outlineList('Storage Locations', 'storage_locations'),
          datetime('Creation Time', 'creation_timestamp'),
        ],
      },
    },
  ],
  Snapshot: [
    {
      name: 'Snapshot Details',
      type: 'item',
      options: {
        fields: [
          text('Source Disk', 'data.disk.source_disk_display'),
          size('Disk Size', 'data.disk.disk_size'),
          size('SnapShot Size', 'data.disk.storage_bytes'),
          outlineList('Locations', 'data.storage_locations'),
          datetime('Creation Time', 'data.creation_timestamp'),
          enumOf('Encryption Type', 'data.encryption', ENCRYPTION),
        ],
      },
    },
    LABELS,
  ],
  MachineImage: [
    {
      name: 'Machine Images',
      type: 'list',
      options: {
        layouts: [
          {
            name: 'Instance',
            type: 'item',
            options: {
              fields: [
                text('ID', 'data.id'),
                text('Name', 'data.name'),
                text('Description', 'data.description'),
                outlineList('Location', 'data.storage_locations'),
                text('Machine Type', 'data.machine.machine_type'),
                outlineList('Network Tags', 'data.network_tags'),
                enumOf('Status', 'data.status', [
                  ['READY', 'primary'],
                  ['UPLOADING', 'indigo.500'],
                  ['CREATING', 'indigo.500'],
                  ['DELETING', 'coral.600'],
                  ['INVALID', 'coral.600'],
                ]),
                trueFalse('Delete Protection', 'data.deletion_protection'),
                text('Service accounts', 'data.service_account.email'),
                text('Total Storage Bytes', 'data.total_storage_bytes'),
                text('Fingerprint', 'data.fingerprint'),
                text('Self Link', 'data.self_link'),
                datetime('Creation Time', 'data.creation_timestamp'),
              ],
            },
          },
          POLICIES,
        ],
      },
    },
    {
      name: 'Disks',
      type: 'table',
      options: {
        root_path: 'data.disks',
        fields: [
          text('Index', 'device_index'),
          text('Name', 'device'),
          size('Size', 'size'),
          DISK_TYPE,
          MODE,
          text('Boot Image', 'boot_image'),
          enumOf('Encryption', 'encryption', ENCRYPTION),
          trueFalse('Boot Image', 'is_boot_image'),
          ...RATES,
          trueFalse('Auto Delete', 'tags.auto_delete'),
        ],
      },
    },
    {
      name: 'Network Interface',
      type: 'table',
      options: {
        root_path: 'data.network_interfaces',
        fields: [
          text('Name', 'name'),
          text('Network', 'network_display'),
          text('Subnetwork', 'subnetwork_display'),
          text('Primary internal IP', 'primary_ip_address'),
          outlineList('Alias IP range', 'alias_ip_ranges'),
          text('Public IP', 'public_ip_address'),
          plainList('Access Configs', 'configs'),
          plainList('Network Tier', 'network_tier_display'),
          plainList('IP forwarding', 'ip_forward'),
        ],
      },
    },
  ],
  InstanceTemplate: [
    {
      name: 'Instance Template',
      type: 'list',
      options: {
        layouts: [
          {
            name: 'Instance',
            type: 'item',
            options: {
              fields: [
                text('ID', 'data.id'),
                text('Name', 'data.name'),
                text('Description', 'data.description'),
                text('Machine Type', 'data.machine_type'),
                outlineList('In Used By', 'data.in_used_by'),
                trueFalse('IP Forward', 'data.ip_forward'),
                text('Self Link', 'data.self_link'),
                outlineList('Network Tags', 'data.network_tags'),
                text('Fingerprint', 'data.fingerprint'),
                datetime('Creation Time', 'data.creation_timestamp'),
              ],
            },
          },
          POLICIES,
          {
            name: 'Service Account',
            type: 'item',
            options: {
              root_path: 'data.service_account',
              fields: [text('E-mail', 'email'), outlineList('Scopes', 'scopes')],
            },
          },
        ],
      },
    },
    {
      name: 'Network Interface',
      type: 'table',
      options: {
        root_path: 'data.network_interfaces',
        fields: [
          text('Name', 'name'),
          text('Network', 'network_display'),
          plainList('Access Configs', 'configs'),
          plainList('Network Tier', 'network_tier'),
          text('Kind', 'network'),
        ],
      },
    },
    {
      name: 'Disks',
      type: 'table',
      options: {
        root_path: 'data.disks',
        fields: [
          text('Index', 'device_index'),
          text('Device Name', 'device'),
          text('Source Image', 'tags.source_image_display'),
          size('Size', 'size'),
          DISK_TYPE,
          MODE,
          trueFalse('Auto Delete', 'tags.auto_delete'),
          ...RATES,
        ],
      },
    },
    LABELS,
  ],
};

/** The keys upstream's layouts name that its data (so ours) never holds, as the README lists them. */
const ABSENT: Record<string, string[]> = {
  Disk: [],
  InstanceGroup: [],
  Instance: [],
  Snapshot: [],
  MachineImage: ['data.on_host_maintenance', 'data.disks.tags.disk_type', 'data.network_interfaces.configs'],
  InstanceTemplate: ['data.on_host_maintenance'],
};

describe('google-cloud-inven-collector: detail layouts of Compute Engine types', () => {
  // three a zone: the third is on the production network, with a network tag
  const { resources } = collectEachType('ComputeEngine', Object.keys(UPSTREAM), { instancesPerZone: 3 });

  it.each(Object.keys(UPSTREAM))('%s: every resource`s tabs are upstream`s, field by field', (type) => {
    const all = resources(type);
    expect(all.length).toBeGreaterThan(0);
    for (const m of all) expect(layoutsOf(m)).toEqual(UPSTREAM[type]);
  });

  it.each(Object.keys(UPSTREAM))('%s: every key the tabs name is in the data, but the README`s absent ones', (type) => {
    expect(unresolvedInAll(resources(type))).toEqual(ABSENT[type]);
  });

  it('the keys found include the nested rows and the item under a root_path', () => {
    const template = resources('InstanceTemplate')[0];
    const data = JSON.parse(template.resource.json_data);
    expect(data.service_account.email).toMatch(/-compute@developer\.gserviceaccount\.com$/);
    expect(data.disks[0].tags.source_image_display).toBeTruthy();
    const vms = resources('Instance').map((m) => JSON.parse(m.resource.json_data).google_cloud);
    expect(vms.some((g) => g.tags.length === 1 && g.tags[0].key === 'web')).toBe(true);
    expect(vms[0].ssh_keys).toEqual({ ssh_keys: [], block_project_ssh_keys: 'OFF' });
    expect(vms[0].service_accounts).toEqual([
      {
        service_account: expect.stringMatching(/-compute@developer\.gserviceaccount\.com$/),
        display_name: 'Allow default access',
        scopes: [
          {
            description:
              'See, edit, configure, and delete your Google Cloud data and see the email address for your Google Account.',
          },
        ],
      },
    ]);
    // a key the data lacks is reported with its tab's root_path
    expect(unresolved([LABELS], { data: { labels: [{ key: 'k' }] } })).toEqual(['data.labels.value']);
  });
});

// The detail pages (per-resource `metadata.view.sub_data.layouts`) of Snapshot, MachineImage and
// InstanceTemplate through the core-like client: upstream's tabs field by field (the expected
// values spelled as upstream's dynamic fields serialize), and every key they name found in the
// resource's data but those the README lists as absent.
import { startGcpSandbox, type GcpSandbox } from '@cloudforet/sandbox';
import { computeEngineTask as task, sandboxSecret } from './harness';
import { startPlugin, type Message, type PluginUnderTest } from './plugin-under-test';
import {
  LABELS,
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

const DISK_TYPE: Col = {
  key: 'tags.disk_type',
  name: 'Disk Type',
  type: 'enum',
  options: {
    'local-ssd': { type: 'badge', options: { outline_color: 'primary' } },
    'pd-balanced': { type: 'badge', options: { outline_color: 'indigo.500' } },
    'pd-ssd': { type: 'badge', options: { outline_color: 'coral.600' } },
    'pd-standard': { type: 'badge', options: { outline_color: 'peacock.500' } },
  },
};
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

const UPSTREAM: Record<string, Tab[]> = {
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
  Snapshot: [],
  MachineImage: ['data.on_host_maintenance', 'data.disks.tags.disk_type', 'data.network_interfaces.configs'],
  InstanceTemplate: ['data.on_host_maintenance'],
};

describe('google-cloud-inven-collector: detail layouts of snapshots, machine images, instance templates', () => {
  let gcp: GcpSandbox;
  let plugin: PluginUnderTest;
  const collected: Record<string, Message[]> = {};
  const resources = (type: string) => collected[type].filter((m) => m.resource_type === 'inventory.CloudService');

  beforeAll(async () => {
    gcp = await startGcpSandbox({ instancesPerZone: 2 });
    plugin = await startPlugin(gcp);
    const secret_data = sandboxSecret(gcp);
    for (const type of Object.keys(UPSTREAM))
      collected[type] = await plugin.collect({ options: {}, secret_data, task_options: task(type) });
  });
  afterAll(async () => {
    await plugin.close();
    await gcp.close();
  });

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
    // a key the data lacks is reported with its tab's root_path
    expect(unresolved([LABELS], { data: { labels: [{ key: 'k' }] } })).toEqual(['data.labels.value']);
  });
});

// The detail pages (per-resource `metadata.view.sub_data.layouts`) of the Networking types through
// the core-like client: upstream's tabs field by field (the expected values spelled as upstream's
// dynamic fields serialize), and every key they name found in the resource's data but those the
// README lists as absent.
import { startGcpSandbox, type GcpSandbox } from '@cloudforet/sandbox';
import { sandboxSecret } from './harness';
import { startPlugin, type Message, type PluginUnderTest } from './plugin-under-test';
import {
  datetime,
  enumOf,
  layoutsOf,
  outlineList,
  plainList,
  stateEnum,
  text,
  unresolvedInAll,
  type Tab,
} from './detail-layouts';

const ALLOW_DENY: [string, string][] = [
  ['Allow', 'indigo.500'],
  ['Deny', 'coral.600'],
];
const APPLICABLE: Tab = {
  name: 'Applicable to Instances',
  type: 'table',
  options: {
    root_path: 'data.applicable_instance',
    fields: [
      text('Name', 'name'),
      text('Subnetwork', 'subnetwork'),
      text('Internal IP', 'address'),
      outlineList('Tags', 'tags'),
      plainList('Service Accounts', 'service_accounts'),
      text('Project', 'project'),
      outlineList('Label', 'labels_display'),
      datetime('Creation Time', 'creation_timestamp'),
    ],
  },
};

const UPSTREAM: Record<string, Tab[]> = {
  Firewall: [
    {
      name: 'Firewall Details',
      type: 'item',
      options: {
        fields: [
          text('ID', 'data.id'),
          text('Name', 'data.name'),
          enumOf('Logs', 'data.display.logs', [
            ['On', 'indigo.500'],
            ['Off', 'coral.600'],
          ]),
          text('Priority', 'data.priority'),
          text('Direction', 'data.display.direction_display'),
          enumOf('Action On Match', 'data.display.action', ALLOW_DENY),
          plainList('Source Filter', 'data.source_ranges'),
          plainList('Protocols and ports', 'data.display.protocols_port'),
          datetime('Creation Time', 'data.creation_timestamp'),
        ],
      },
    },
    APPLICABLE,
  ],
  Route: [
    {
      name: 'Route Details',
      type: 'item',
      options: {
        fields: [
          text('Name', 'data.id'),
          text('Name', 'data.name'),
          text('Description', 'data.description'),
          text('Network', 'data.display.network_display'),
          text('Destination IP Address Range', 'data.dest_range'),
          text('Priority', 'data.priority'),
          plainList('Instance Tags (Detail)', 'data.display.instance_tags'),
          datetime('Creation Time', 'data.creation_timestamp'),
        ],
      },
    },
    APPLICABLE,
  ],
  ExternalIPAddress: [
    {
      name: 'External IP Address Details',
      type: 'item',
      options: {
        fields: [
          text('ID', 'data.id'),
          text('Name', 'data.name'),
          stateEnum('Version', 'data.status_display', [
            ['Reserved', { icon: { color: 'green.500' } }],
            ['In Use', { icon: { color: 'yellow.500' } }],
            ['Reserving', { icon: { color: 'gray.400' }, text_color: 'gray.400' }],
          ]),
          text('Region', 'data.region'),
          enumOf('Type', 'data.is_ephemeral', [
            ['Static', 'indigo.500'],
            ['Ephemeral', 'coral.600'],
          ]),
          enumOf('Version', 'data.ip_version_display', [
            ['IPv4', 'indigo.500'],
            ['IPv6', 'coral.600'],
          ]),
          plainList('In Used By', 'data.used_by'),
          plainList('In Used By (Details)', 'data.users'),
          text('Network Tier', 'data.network_tier_display'),
          datetime('Creation Time', 'data.creation_timestamp'),
        ],
      },
    },
  ],
  VPCNetwork: [
    {
      name: 'VPC Network Details',
      type: 'item',
      options: {
        fields: [
          text('Name', 'data.name'),
          text('Description', 'data.description'),
          text('Maximum transmission unit', 'data.mtu'),
          text('Mode', 'data.subnet_creation_mode'),
          stateEnum('Global Dynamic Routing', 'data.global_dynamic_route', [
            ['On', { icon: { color: 'green.500' } }],
            ['Off', { icon: { color: 'yellow.500' } }],
          ]),
          text('Dynamic Routing mode', 'data.dynamic_routing_mode'),
          datetime('Creation Time', 'data.creation_timestamp'),
        ],
      },
    },
    {
      name: 'Subnets',
      type: 'table',
      options: {
        root_path: 'data.subnetwork_data.subnets',
        fields: [
          text('Name', 'name'),
          text('Region', 'region'),
          text('Ip Address Ranges', 'ip_cidr_range'),
          text('Gateway', 'gateway_address'),
          text('Private Google Access', 'google_access'),
          text('Flow logs', 'flow_log'),
        ],
      },
    },
    {
      name: 'Static Internal IP Addresses',
      type: 'table',
      options: {
        root_path: 'data.ip_address_data',
        fields: [
          text('Name', 'name'),
          text('Internal Ip Address', 'address'),
          text('Subnetwork', 'subnet_name'),
          text('Region', 'region'),
          text('Version', 'ip_version_display'),
          plainList('In Used By', 'used_by'),
        ],
      },
    },
    {
      name: 'Firewall Rules',
      type: 'table',
      options: {
        root_path: 'data.firewall_data.firewall',
        fields: [
          text('Name', 'name'),
          text('Type', 'display.type_display'),
          outlineList('Targets', 'display.target_display'),
          text('Filters', 'display.filter'),
          plainList('Protocols / Ports', 'display.protocols_port'),
          enumOf('Action On Match', 'data.action', ALLOW_DENY),
          text('Priority', 'priority'),
          text('Logs', 'display.Logs'),
        ],
      },
    },
    {
      name: 'Routes',
      type: 'table',
      options: {
        root_path: 'data.route_data.route',
        fields: [
          text('Name', 'name'),
          text('Description', 'description'),
          text('Destination IP Range', 'dest_range'),
          text('Priority', 'priority'),
          outlineList('Instance Tags', 'tags'),
          text('Next Hop', 'next_hop'),
        ],
      },
    },
    {
      name: 'VPC Network Peering',
      type: 'table',
      options: {
        root_path: 'data.peerings',
        fields: [
          text('Name', 'name'),
          text('Your VPC Network', 'display.your_network'),
          text('Peered VPC Network', 'display.peered_network'),
          text('Peered Project ID', 'display.project_id'),
          enumOf('Status', 'display.state_display', [
            ['Active', 'indigo.500'],
            ['Inactive', 'coral.600'],
          ]),
          text('Exchange Custom Routes', 'display.ex_custom_route'),
          text('Exchange Subnet Routes With Public IP', 'display.ex_route_public_ip_display'),
        ],
      },
    },
  ],
};

/** The keys upstream's layouts name that its data (so ours) never holds, as the README lists them. */
const ABSENT: Record<string, string[]> = {
  Firewall: [],
  Route: [],
  ExternalIPAddress: [],
  VPCNetwork: ['data.firewall_data.firewall.data.action', 'data.firewall_data.firewall.display.Logs'],
};

describe('google-cloud-inven-collector: detail layouts of the Networking types', () => {
  let gcp: GcpSandbox;
  let plugin: PluginUnderTest;
  const collected: Record<string, Message[]> = {};
  const resources = (type: string) => collected[type].filter((m) => m.resource_type === 'inventory.CloudService');

  beforeAll(async () => {
    gcp = await startGcpSandbox({ instancesPerZone: 2 });
    plugin = await startPlugin(gcp);
    const secret_data = sandboxSecret(gcp);
    for (const cloud_service_type of Object.keys(UPSTREAM))
      collected[cloud_service_type] = await plugin.collect({
        options: {},
        secret_data,
        task_options: {
          resource_type: 'inventory.CloudService',
          cloud_service_group: 'Networking',
          cloud_service_type,
        },
      });
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
});

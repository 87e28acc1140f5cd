// The detail pages (per-resource `metadata.view.sub_data.layouts`) of the Networking types through
// the core-like client: upstream's tabs field by field (the expected values spelled as upstream's
// dynamic fields serialize), and every key they name found in the resource's data but those the
// README lists as absent and the two no balancer upstream makes can hold (found in a passthrough
// balancer's pieces); a check that neither list names a key some resource has.
import { collectEachType } from './collect-each-type';
import { backendServiceData, forwardingRuleData } from '../src/networking/load-balancer-parts';
import {
  datetime,
  enumOf,
  layoutsOf,
  outlineEnum,
  outlineList,
  plainList,
  stateEnum,
  text,
  trueFalse,
  unresolved,
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

// upstream's TYPE_BADGE, the outline colours of `default_outline_badge` in turn
const OUTLINE = ['primary', 'indigo.500', 'coral.600', 'peacock.500', 'green.500', 'gray.500', 'red.500'];
const outlined = (name: string, key: string, values: string[]) =>
  outlineEnum(
    name,
    key,
    values.map((v, i) => [v, OUTLINE[i % OUTLINE.length]]),
  );
const CREATED = datetime('Created At', 'creation_timestamp');

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
  LoadBalancing: [
    {
      name: 'Forwarding Rule',
      type: 'table',
      options: {
        root_path: 'data.forwarding_rules',
        fields: [
          text('Id', 'id'),
          text('Name', 'name'),
          text('Description', 'description'),
          enumOf('Source', 'type', [
            ['Global', 'coral.600'],
            ['Regional', 'peacock.500'],
          ]),
          text('Region', 'region'),
          text('IP Address', 'ip_address'),
          outlined('Protocol', 'ip_protocol', ['TCP', 'UDP', 'ESP', 'AH', 'SCTP', 'ICMP', 'L3_DEFAULT']),
          text('Port Range', 'port_range'),
          text('Ports', 'ports'),
          text('Target', 'target'),
          outlined('Load Balancing Scheme', 'load_balancing_scheme', [
            'EXTERNAL',
            'EXTERNAL_MANAGED',
            'INTERNAL',
            'INTERNAL_MANAGED',
            'INTERNAL_SELF_MANAGED',
          ]),
          text('Subnetwork', 'subnetwork'),
          text('Network', 'network'),
          text('Backend Service', 'backend_service'),
          text('Service Label', 'service_label'),
          text('Service Name', 'service_name'),
          text('Network Tier', 'network_tier'),
          text('IP Version', 'ip_version'),
          trueFalse('All Port', 'data.all_ports'),
          trueFalse('All Global Access', 'data.all_global_access'),
          datetime('Created At', 'data.creation_timestamp'),
        ],
      },
    },
    {
      name: 'Target Proxy',
      type: 'item',
      options: {
        root_path: 'data.target_proxy',
        fields: [
          text('Name', 'name'),
          outlined('Proxy Type', 'type', ['GRPC', 'HTTP', 'HTTPS', 'SSL', 'TCP']),
          text('Description', 'description'),
        ],
      },
    },
    {
      name: 'UrlMap',
      type: 'item',
      options: {
        root_path: 'data.urlmap',
        fields: [
          text('ID', 'id'),
          text('Name', 'name'),
          text('Description', 'description'),
          text('Host Rule', 'host_rule'),
          CREATED,
        ],
      },
    },
    {
      name: 'Backend Service',
      type: 'table',
      options: {
        root_path: 'data.backend_services',
        fields: [
          text('ID', 'id'),
          text('Name', 'name'),
          text('Description', 'description'),
          outlined('Protocol', 'data.protocol', ['HTTP', 'HTTPS', 'HTTP2', 'TCP', 'SSL', 'UDPGRPC']),
          plainList('Backends', 'backends'),
          plainList('Health Checks', 'health_checks'),
          text('TimeOut Seconds', 'timeout_sec'),
          text('Port', 'port'),
          text('Port Name', 'port_name'),
          trueFalse('Type', 'data.enable_cdn'),
          outlined('Session Affinity', 'data.session_affinity', [
            'NONE',
            'CLIENT_IP',
            'CLIENT_IP_PROTO',
            'CLIENT_IP_PORT_PROTO',
            'INTERNAL_MANAGED',
            'INTERNAL_SELF_MANAGED',
            'GENERATED_COOKIE',
            'HEADER_FIELD',
            'HTTP_COOKIE',
          ]),
          text('Affinity Cookie TTL Seconds', 'affinity_cookie_ttl_sec'),
          text('FailOver Policy', 'failover_policy'),
          outlined('LoadBalancing Scheme', 'data.load_balancing_scheme', [
            'EXTERNAL',
            'INTERNAL',
            'INTERNAL_MANAGED',
            'INTERNAL_SELF_MANAGED',
          ]),
          text('Log Config', 'log_config'),
          text('Connection Draining', 'connection_draining'),
          CREATED,
        ],
      },
    },
    {
      name: 'Backend Bucket',
      type: 'table',
      options: {
        root_path: 'data.backend_buckets',
        fields: [
          text('Id', 'id'),
          text('Name', 'name'),
          text('Description', 'description'),
          text('Bucket Name', 'bucket_name'),
          trueFalse('CDN', 'data.enable_cdn'),
          text('CDN Policy', 'cdn_policy'),
          plainList('Custom Response Headers', 'custom_response_headers'),
          CREATED,
        ],
      },
    },
    {
      name: 'Target Pool',
      type: 'table',
      options: {
        root_path: 'data.target_pools',
        fields: [
          text('Id', 'id'),
          text('Name', 'name'),
          text('Description', 'description'),
          plainList('Health Check', 'health_checks'),
          text('Instance', 'instances'),
          outlined('LoadBalancing Scheme', 'data.session_affinity', ['NONE', 'CLIENT_IP', 'CLIENT_IP_PROTO']),
          text('FailOver Ratio', 'failover_ratio'),
          text('Backup Pool', 'backup_pool'),
        ],
      },
    },
    {
      name: 'Health Check',
      type: 'table',
      options: {
        root_path: 'data.heath_checks',
        fields: [
          text('Id', 'id'),
          text('Name', 'name'),
          text('Description', 'description'),
          outlined('Type', 'data.type', ['TCP', 'SSL', 'HTTP', 'HTTPS', 'HTTP2']),
          text('Check Interval Seconds', 'check_interval_sec'),
          text('TimeOut Seconds', 'timeout_sec'),
          text('UnHealthy Threshold', 'unhealthy_threshold'),
          text('Healthy Threshold', 'healthy_threshold'),
          text('Region', 'region'),
          text('Log Config', 'log_config'),
          CREATED,
        ],
      },
    },
    {
      name: 'Legacy Health Check',
      type: 'table',
      options: {
        root_path: 'data.legacy_health_checks',
        fields: [
          text('Id', 'id'),
          text('Name', 'name'),
          text('Description', 'description'),
          text('Host', 'host'),
          text('Port', 'port'),
          text('Request Path', 'request_path'),
          text('Check Interval Seconds', 'check_interval_sec'),
          text('Timeout Seconds', 'timeout_sec'),
          text('UnHealthy Threshold', 'unhealthy_threshold'),
          text('Healthy Threshold', 'healthy_threshold'),
          CREATED,
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
  LoadBalancing: [
    'data.forwarding_rules.data.all_ports',
    'data.forwarding_rules.data.all_global_access',
    'data.forwarding_rules.data.creation_timestamp',
    'data.backend_services.data.protocol',
    'data.backend_services.data.enable_cdn',
    'data.backend_services.data.session_affinity',
    'data.backend_services.data.load_balancing_scheme',
    'data.backend_buckets.data.enable_cdn',
    'data.target_pools.data.session_affinity',
    'data.heath_checks.data.type',
  ],
};

/**
 * Keys upstream's data never holds for a balancer Compute Engine can describe: a rule's
 * backendService is set only on a passthrough rule, which has no target, so upstream never makes a
 * balancer of it or finds it a proxy's or pool's rule; a backend service's failoverPolicy only on
 * a passthrough backend service, which no URL map routes to. The last test finds them in a balancer
 * built from pieces carrying every field.
 */
const NEVER_IN_UPSTREAM_DATA: Record<string, string[]> = {
  LoadBalancing: ['data.forwarding_rules.backend_service', 'data.backend_services.failover_policy'],
};

describe('google-cloud-inven-collector: detail layouts of the Networking types', () => {
  const { resources } = collectEachType('Networking', Object.keys(UPSTREAM), { instancesPerZone: 2 });

  it.each(Object.keys(UPSTREAM))('%s: every resource`s tabs are upstream`s, field by field', (type) => {
    const all = resources(type);
    expect(all.length).toBeGreaterThan(0);
    for (const m of all) expect(layoutsOf(m)).toEqual(UPSTREAM[type]);
  });

  it.each(Object.keys(UPSTREAM))(
    '%s: every key the tabs name is in the data, but the README`s absent ones and those upstream`s data never has',
    (type) => {
      const expected = [...ABSENT[type], ...(NEVER_IN_UPSTREAM_DATA[type] ?? [])];
      expect(unresolvedInAll(resources(type)).sort()).toEqual(expected.sort());
    },
  );

  it.each(Object.keys(UPSTREAM))('%s: the lists of missing keys hold nothing stale: no resource has any', (type) => {
    const listed = [...ABSENT[type], ...(NEVER_IN_UPSTREAM_DATA[type] ?? [])];
    const found = resources(type).flatMap((m) => {
      const missing = unresolved(layoutsOf(m), { ...m.resource, data: JSON.parse(m.resource.json_data) });
      return listed.filter((key) => !missing.includes(key));
    });
    expect(found).toEqual([]);
  });

  it('LoadBalancing: the keys upstream`s data never has are found in a passthrough balancer`s pieces', () => {
    const svc = 'https://www.googleapis.com/compute/v1/projects/p/regions/us-central1/backendServices/svc';
    const data = {
      forwarding_rules: [forwardingRuleData({ id: '1', name: 'ilb', backendService: svc, allPorts: true })],
      backend_services: [backendServiceData({ id: '2', selfLink: svc, failoverPolicy: { failoverRatio: 0.5 } })],
    };
    const tabs = layoutsOf(resources('LoadBalancing')[0]);
    const missing = unresolved(tabs, { data }).filter((k) => NEVER_IN_UPSTREAM_DATA.LoadBalancing.includes(k));
    expect(missing).toEqual([]);
  });
});

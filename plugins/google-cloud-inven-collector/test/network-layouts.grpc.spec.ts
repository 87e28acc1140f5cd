// VPCNetwork, Firewall, Route and Bucket through the core-like client, in upstream's data layout:
// one resource of each type field by field against the sandbox's own data, with the keys
// upstream's models send as null and the ones they leave out, and each type's table and search.
import type { compute_v1 } from '@googleapis/compute';
import { startGcpSandbox, type GcpSandbox } from '@cloudforet/sandbox';
import { sandboxSecret } from './harness';
import { startPlugin, type Message, type PluginUnderTest } from './plugin-under-test';
import { countsOf, expectedCounts } from './sandbox-expectations';

const TYPES = [
  ['Networking', 'VPCNetwork'],
  ['Networking', 'Firewall'],
  ['Networking', 'Route'],
  ['CloudStorage', 'Bucket'],
] as const;

const last = (url: string | null | undefined) => (url ?? '').split('/').pop()!;

const OBJECT_COUNT = 'storage.googleapis.com/storage/object_count';
const TOTAL_BYTES = 'storage.googleapis.com/storage/total_bytes';

describe('google-cloud-inven-collector: networks, firewalls, routes and buckets in upstream`s layout', () => {
  let gcp: GcpSandbox;
  let plugin: PluginUnderTest;
  const byType = new Map<string, Message[]>();
  const resource = (type: string, name: string) =>
    byType.get(type)!.find((m) => m.resource_type === 'inventory.CloudService' && m.resource.name === name)!;
  const data = (m: Message) => JSON.parse(m.resource.json_data);
  const typeOf = (type: string) => byType.get(type)![0].resource;
  /** Bucket N's value of a storage series in the sandbox, 0 (upstream's) when it has none. */
  const stored = (i: number, metric: string) => gcp.monitoring.bucketValue(i, metric) ?? 0;
  const collectBuckets = () =>
    plugin.collect({
      options: {},
      secret_data: sandboxSecret(gcp),
      task_options: {
        resource_type: 'inventory.CloudService',
        cloud_service_group: 'CloudStorage',
        cloud_service_type: 'Bucket',
      },
    });
  const bucketsOf = (messages: Message[]) =>
    messages.filter((m) => m.resource_type === 'inventory.CloudService' && m.resource.cloud_service_type === 'Bucket');

  /** The project's instances in listing order (zones, then index). */
  const instances = () =>
    gcp.project.zones.flatMap((z) => Array.from({ length: 3 }, (_, i) => gcp.project.instance(z, i)));
  /** What an `applicable_instance` row of an instance's interface holds, from the sandbox's instance. */
  const vm = (i: compute_v1.Schema$Instance, nic: compute_v1.Schema$NetworkInterface) => {
    const zone = last(i.zone);
    return {
      id: i.id,
      name: i.name,
      region: zone.split('-').slice(0, 2).join('-'),
      zone,
      address: nic.networkIP,
      project: gcp.project.projectId,
      subnetwork: last(nic.subnetwork),
      tags: i.tags?.items ?? [],
      service_accounts: (i.serviceAccounts ?? []).map((s) => s.email),
      creation_timestamp: i.creationTimestamp,
      labels: Object.entries(i.labels ?? {}).map(([key, value]) => ({ key, value })),
      labels_display: Object.entries(i.labels ?? {}).map(([key, value]) => `${key}: ${value}`),
    };
  };
  const on = (network: string | null | undefined, only: (i: compute_v1.Schema$Instance) => boolean = () => true) =>
    instances()
      .filter(only)
      .flatMap((i) => (i.networkInterfaces ?? []).filter((n) => n.network === network).map((n) => vm(i, n)));

  beforeAll(async () => {
    gcp = await startGcpSandbox({ instancesPerZone: 3 });
    plugin = await startPlugin(gcp);
    const secret_data = sandboxSecret(gcp);
    for (const [cloud_service_group, cloud_service_type] of TYPES)
      byType.set(
        cloud_service_type,
        await plugin.collect({
          options: {},
          secret_data,
          task_options: { resource_type: 'inventory.CloudService', cloud_service_group, cloud_service_type },
        }),
      );
  });
  afterAll(async () => {
    await plugin.close();
    await gcp.close();
  });

  it('collects every network, firewall, route and bucket, with one IAM policy read per bucket', () => {
    const all = [...byType.values()].flat();
    expect(all.filter((m) => m.state !== 'SUCCESS')).toEqual([]);
    const want = expectedCounts(gcp);
    expect(countsOf(all)).toEqual(Object.fromEntries(TYPES.map(([g, t]) => [`${g}/${t}`, want[`${g}/${t}`]])));
    expect(gcp.calls.where({ action: 'buckets.getIamPolicy' }).length).toBe(gcp.project.bucketCount);
    expect(gcp.calls.where({ action: 'buckets.list' }).length).toBe(1);
    expect(gcp.calls.where({ service: 'monitoring', action: 'timeSeries.list' }).length).toBe(
      2 * gcp.project.bucketCount,
    );
  });

  it('a VPC network: its subnets, firewalls and routes matched by selfLink, keys upstream`s model has', () => {
    const p = gcp.project;
    const net = p.networks()[0];
    const m = resource('VPCNetwork', 'default');
    expect(m.resource).toMatchObject({
      region_code: 'global',
      reference: {
        resource_id: net.selfLink,
        external_link: `https://console.cloud.google.com/networking/networks/details/default?project=${p.projectId}`,
      },
    });
    const subnets = p.regions.flatMap((r) =>
      p
        .subnetworks(r)
        .filter((s) => s.network === net.selfLink)
        .map((s) => ({
          id: s.id,
          name: s.name,
          description: null,
          network: s.network,
          region: r,
          google_access: s.privateIpGoogleAccess ? 'On' : 'Off',
          flow_log: 'Off',
          ip_cidr_range: s.ipCidrRange,
          gateway_address: s.gatewayAddress,
          secondary_ip_ranges: [],
          self_link: s.selfLink,
          fingerprint: null,
          creation_timestamp: s.creationTimestamp,
        })),
    );
    const firewalls = p.firewalls().filter((f) => f.network === net.selfLink);
    const routes = p.routes().filter((r) => r.network === net.selfLink);
    expect(data(m)).toEqual({
      id: net.id,
      name: 'default',
      project: p.projectId,
      description: net.description,
      self_link: net.selfLink,
      subnet_creation_mode: 'Auto',
      auto_create_subnetworks: true,
      peerings: [],
      mtu: 1460,
      routing_config: { routing_mode: 'REGIONAL' },
      global_dynamic_route: 'Off',
      dynamic_routing_mode: 'Regional',
      subnetwork_data: { total_number: p.regions.length, subnets },
      ip_address_data: [],
      firewall_data: {
        total_number: 3,
        firewall: firewalls.map((f) => ({
          id: f.id,
          name: f.name,
          description: null,
          network: f.network,
          priority: 65534,
          direction: 'INGRESS',
          source_ranges: f.sourceRanges,
          allowed: f.allowed!.map((a) => ({ ip_protocol: a.IPProtocol, ports: a.ports ?? null })),
          disabled: false,
          log_config: { enable: false },
          self_link: f.selfLink,
          creation_timestamp: f.creationTimestamp,
          display: {
            type_display: 'Ingress',
            target_display: ['Apply to all'],
            filter: `IP ranges: ${f.sourceRanges!.join(', ')}`,
            protocols_port: (f.allowed ?? []).flatMap((a) => (a.ports ?? []).map((port) => `${a.IPProtocol}: ${port}`)),
            action: 'Allow',
            logs: 'Off',
          },
        })),
      },
      route_data: {
        total_number: 1 + p.regions.length,
        route: routes.map((r) => ({
          id: r.id,
          name: r.name,
          description: r.description,
          network: r.network,
          dest_range: r.destRange,
          priority: r.priority,
          tags: [],
          ...(r.nextHopGateway ? { nextHopGateway: r.nextHopGateway } : { nextHopNetwork: r.nextHopNetwork }),
          next_hop: r.nextHopGateway ? 'default-internet-gateway internet gateway' : 'Virtual network default',
          self_link: r.selfLink,
          creation_timestamp: r.creationTimestamp,
        })),
      },
      creation_timestamp: net.creationTimestamp,
    });
    expect(
      data(m).firewall_data.firewall.map((f: { display: { protocols_port: string[] } }) => f.display.protocols_port),
    ).toEqual([['tcp: 22'], [], ['tcp: 0-65535']]);
  });

  it('a firewall: upstream`s display and the instances with an interface on its network', () => {
    const p = gcp.project;
    const raw = p.firewalls().find((f) => f.name === 'production-allow-https')!;
    const m = resource('Firewall', raw.name!);
    expect(m.resource).toMatchObject({ region_code: 'global', reference: { resource_id: raw.selfLink } });
    const applicable = on(raw.network);
    expect(applicable.length).toBeGreaterThan(0);
    expect(applicable.every((row) => row.tags.includes('web'))).toBe(true);
    expect(data(m)).toEqual({
      id: raw.id,
      name: 'production-allow-https',
      project: p.projectId,
      self_link: raw.selfLink,
      description: null,
      network: raw.network,
      priority: 1000,
      direction: 'INGRESS',
      source_ranges: ['0.0.0.0/0'],
      target_tags: ['web'],
      allowed: [{ ip_protocol: 'tcp', ports: ['443'] }],
      disabled: false,
      log_config: { enable: false },
      creation_timestamp: raw.creationTimestamp,
      applicable_instance: applicable,
      display: {
        enforcement: 'Enabled',
        network_display: 'production',
        direction_display: 'Ingress',
        target_display: ['web'],
        filter: 'IP ranges: 0.0.0.0/0',
        protocols_port: ['tcp: 443'],
        action: 'Allow',
        logs: 'Off',
        affected_instance_count: applicable.length,
      },
    });
    // an entry without ports (icmp) has no `ports` in the API: null in upstream's model
    expect(data(resource('Firewall', 'default-allow-icmp')).allowed).toEqual([{ ip_protocol: 'icmp', ports: null }]);
  });

  it('a route: its next hop in upstream`s words, the tags display and the instances on its network', () => {
    const p = gcp.project;
    const raw = p.routes().find((r) => r.network?.endsWith('/production') && r.nextHopGateway)!;
    const m = resource('Route', raw.name!);
    expect(m.resource).toMatchObject({ region_code: 'global', reference: { resource_id: raw.selfLink } });
    expect(data(m)).toEqual({
      id: raw.id,
      name: raw.name,
      project: p.projectId,
      self_link: raw.selfLink,
      description: 'Default route to the Internet.',
      network: raw.network,
      dest_range: '0.0.0.0/0',
      priority: 1000,
      tags: [],
      nextHopGateway: raw.nextHopGateway,
      creation_timestamp: raw.creationTimestamp,
      applicable_instance: on(raw.network),
      display: {
        network_display: 'production',
        next_hop: 'default-internet-gateway internet gateway',
        instance_tags: ['This route applies to all instances within the specified network'],
        instance_tags_on_list: [],
      },
    });
    const local = p.routes().find((r) => r.nextHopNetwork)!;
    expect(data(resource('Route', local.name!)).display.next_hop).toBe(`Virtual network ${last(local.network)}`);
  });

  it('buckets: the Storage model with IAM policy, ACLs, lifecycle, retention and location as upstream words them', () => {
    const p = gcp.project;
    const policy = (i: number) => {
      const raw = p.bucketIamPolicy(i);
      return {
        version: 1,
        kind: 'storage#policy',
        resource_id: raw.resourceId,
        bindings: raw.bindings!.map((b) => ({ role: b.role, members: b.members })),
        etag: 'CAE=',
      };
    };
    const bindings = (i: number) =>
      p.bucketIamPolicy(i).bindings!.flatMap((b) => b.members!.map((member) => ({ member, role: b.role })));
    const common = (i: number) => {
      const raw = p.bucket(i);
      return {
        id: raw.id,
        name: raw.name,
        project: p.projectId,
        self_link: raw.selfLink,
        google_cloud_logging: {
          name: `projects/${p.projectId}`,
          resource_id: raw.name,
          filters: [{ resource_type: 'gcs_bucket', labels: [{ key: 'resource.labels.bucket_name', value: raw.name }] }],
        },
        links: {
          link_url: `https://console.cloud.google.com/storage/browser/${raw.name}`,
          gsutil_link: `gs://${raw.name}`,
        },
        default_event_based_hold: 'Disabled',
        iam_configuration: {
          bucket_policy_only: { enabled: i % 2 === 0 },
          uniform_bucket_level_access: { enabled: i % 2 === 0 },
        },
        iam_policy: policy(i),
        iam_policy_binding: bindings(i),
        requester_pays: 'OFF',
        object_count: stored(i, OBJECT_COUNT),
        object_total_size: stored(i, TOTAL_BYTES),
        size: stored(i, TOTAL_BYTES),
        labels: [{ key: 'owner', value: 'data' }],
        encryption: 'Google-managed',
        creation_timestamp: raw.timeCreated,
        update_timestamp: raw.updated,
      };
    };
    const regionOf = (i: number) => p.regions[i % p.regions.length];

    const b0 = resource('Bucket', p.bucket(0).name!);
    expect(b0.resource).toMatchObject({
      region_code: regionOf(0),
      reference: { resource_id: p.bucket(0).selfLink },
      tags: [{ key: 'owner', value: 'data' }],
    });
    expect(data(b0)).toEqual({
      ...common(0),
      acl: [],
      default_object_acl: [],
      public_access: 'Not public',
      access_control: 'Uniform',
      lifecycle_rule: { lifecycle_rule_display: 'None', rule: [] },
      retention_policy_display: '',
      location: {
        location: regionOf(0),
        location_type: 'Region',
        location_display: `${regionOf(0)} | US, Iowa (Council Bluffs)`,
      },
      default_storage_class: 'Standard',
    });

    const full = p.bucket(1, 'full');
    const team = { project_number: p.projectNumber, team: 'owners' };
    expect(data(resource('Bucket', full.name!))).toEqual({
      ...common(1),
      acl: [
        {
          bucket: full.name,
          entity: `project-owners-${p.projectNumber}`,
          etag: 'CAE=',
          id: full.acl![0].id,
          kind: 'storage#bucketAccessControl',
          role: 'OWNER',
          self_link: full.acl![0].selfLink,
          project_team: team,
        },
      ],
      default_object_acl: [
        {
          entity: `project-owners-${p.projectNumber}`,
          etag: 'CAE=',
          kind: 'storage#objectAccessControl',
          role: 'OWNER',
          project_team: team,
        },
      ],
      public_access: 'Subject to object ACLs',
      access_control: 'Fine-grained',
      lifecycle_rule: {
        lifecycle_rule_display: '2 rules',
        rule: [
          {
            action: { type: 'Delete' },
            action_display: 'Delete object',
            condition: { age: 365 },
            condition_display: '365+ days since object was updated',
          },
          {
            action: { type: 'SetStorageClass', storage_class: 'COLDLINE' },
            action_display: 'Set to Coldline',
            condition: { age: 90, matches_storage_class: ['NEARLINE'] },
            condition_display: 'Storage Class matches Nearline',
          },
        ],
      },
      retention_policy_display: '',
      location: {
        location: regionOf(1),
        location_type: 'Region',
        location_display: `${regionOf(1)} | Belgium (St.Ghislain)`,
      },
      default_storage_class: 'Nearline',
    });

    const b2 = resource('Bucket', p.bucket(2).name!);
    expect(b2.resource.region_code).toBe('global');
    expect(data(b2)).toEqual({
      ...common(2),
      acl: [],
      default_object_acl: [],
      public_access: 'Public to internet',
      access_control: 'Uniform',
      lifecycle_rule: { lifecycle_rule_display: 'None', rule: [] },
      retention_policy: {
        effective_time: p.bucket(2).retentionPolicy!.effectiveTime,
        is_locked: false,
        retention_period: 604800,
      },
      retention_policy_display: '7 days',
      location: { location: 'us', location_type: 'Multi-region', location_display: 'us (Multiple Regions in Us)' },
      default_storage_class: 'Standard',
    });
  });

  it('buckets: object_count, object_total_size, size and instance_size are the newest points of the bucket`s own series', () => {
    const p = gcp.project;
    expect(p.bucketCount).toBe(3);
    for (const i of [0, 2]) {
      const b = resource('Bucket', p.bucket(i).name!);
      const count = gcp.monitoring.bucketValue(i, OBJECT_COUNT)!;
      const bytes = gcp.monitoring.bucketValue(i, TOTAL_BYTES)!;
      expect(count).toBeGreaterThan(0);
      expect(bytes).toBeGreaterThan(1e9);
      expect(data(b)).toMatchObject({ object_count: count, object_total_size: bytes, size: bytes });
      expect(b.resource.instance_size).toBe(bytes);
    }
    // Each bucket reads its own series (the filter names the bucket), not the first of the project's.
    expect(data(resource('Bucket', p.bucket(0).name!)).object_count).not.toBe(
      data(resource('Bucket', p.bucket(2).name!)).object_count,
    );
    // Bucket 1 has no series in the sandbox: upstream's 0.
    expect(gcp.monitoring.bucketValue(1, OBJECT_COUNT)).toBeUndefined();
    const b1 = resource('Bucket', p.bucket(1).name!);
    expect(data(b1)).toMatchObject({ object_count: 0, object_total_size: 0, size: 0 });
    expect(b1.resource.instance_size).toBe(0);
  });

  it('a denied Cloud Monitoring keeps every bucket, counts and sizes 0, one warning for the collect, no token logged', async () => {
    gcp.deniedCollections.add('monitoring.timeSeries');
    plugin.logs.lines.length = 0;
    try {
      const messages = await collectBuckets();
      expect(messages.filter((m) => m.resource_type === 'inventory.ErrorResource')).toEqual([]);
      const buckets = bucketsOf(messages);
      expect(buckets.map((m) => m.resource.name).sort()).toEqual(
        Array.from({ length: gcp.project.bucketCount }, (_, i) => gcp.project.bucket(i).name).sort(),
      );
      for (const b of buckets) {
        expect(b.state).toBe('SUCCESS');
        expect(data(b)).toMatchObject({
          object_count: 0,
          object_total_size: 0,
          size: 0,
          public_access: expect.any(String),
        });
        expect(b.resource.instance_size).toBe(0);
      }
      const warnings = plugin.logs.records().filter((l) => String(l.msg).includes('Cloud Monitoring'));
      // One for the collect, not one per bucket.
      expect(warnings).toHaveLength(1);
      expect(String(warnings[0].msg)).toMatch(/refused the account/);
      expect(String(warnings[0].error)).toMatch(/^403 .*monitoring.timeSeries.list/);
      const text = plugin.logs.lines.join('\n');
      for (const token of gcp.issuedTokens()) expect(text).not.toContain(token);
    } finally {
      gcp.deniedCollections.delete('monitoring.timeSeries');
    }
  });

  it('a bucket whose series keep failing (500, retried) alone is sent with 0; the others keep their values', async () => {
    const failing = gcp.project.bucket(2).name!;
    gcp.monitoring.failingBucketNames.add(failing);
    gcp.reset();
    try {
      const buckets = bucketsOf(await collectBuckets());
      expect(buckets).toHaveLength(gcp.project.bucketCount);
      const byName = (name: string) => data(buckets.find((m) => m.resource.name === name)!);
      expect(byName(failing)).toMatchObject({ object_count: 0, object_total_size: 0, size: 0 });
      expect(byName(gcp.project.bucket(0).name!)).toMatchObject({
        object_count: stored(0, OBJECT_COUNT),
        object_total_size: stored(0, TOTAL_BYTES),
      });
      // Both metrics of the failing bucket, each through the collector's retry (5 attempts).
      expect(gcp.calls.where({ service: 'monitoring', action: 'timeSeries.list', error: 'backendError' })).toHaveLength(
        10,
      );
    } finally {
      gcp.monitoring.failingBucketNames.clear();
    }
  });

  it('a bucket whose IAM policy cannot be read: public_access `Not Authorized`, the policy `{error_flag: na}`', async () => {
    gcp.deniedCollections.add('storage.buckets.getIamPolicy');
    try {
      const messages = await collectBuckets();
      const d = data(messages.find((m) => m.resource.name === gcp.project.bucket(0).name)!);
      expect(d.public_access).toBe('Not Authorized');
      expect(d.iam_policy).toEqual({ version: null, kind: null, resource_id: null, bindings: [], error_flag: 'na' });
      expect(d.iam_policy_binding).toEqual([]);
    } finally {
      gcp.deniedCollections.delete('storage.buckets.getIamPolicy');
    }
  });

  it('each type`s table, enum badges and search keys are upstream`s', () => {
    const meta = (type: string) => {
      const t = typeOf(type);
      return t.json_metadata ? JSON.parse(t.json_metadata) : t.metadata;
    };
    const columns = (type: string) =>
      meta(type).view.table.layout.options.fields.map((f: { name: string; key: string }) => [f.name, f.key]);
    const search = (type: string) => meta(type).view.search[0].items;
    expect(columns('Firewall')).toEqual([
      ['Logs', 'data.display.logs'],
      ['Network', 'data.display.network_display'],
      ['Direction', 'data.display.direction_display'],
      ['Priority', 'data.priority'],
      ['Action On Match', 'data.display.action'],
      ['Creation Time', 'data.creation_timestamp'],
    ]);
    expect(meta('Firewall').view.table.layout.options.fields[0].options).toEqual({
      On: { type: 'badge', options: { background_color: 'indigo.500' } },
      Off: { type: 'badge', options: { background_color: 'coral.600' } },
    });
    expect(search('Firewall').map((s: { key: string }) => s.key)).toEqual([
      'data.id',
      'data.name',
      'data.priority',
      'data.display.direction_display',
      'data.display.action',
      'data.creation_timestamp',
    ]);
    expect(columns('Route').map(([, key]: string[]) => key)).toEqual([
      'data.description',
      'data.dest_range',
      'data.priority',
      'data.display.instance_tags_on_list',
      'data.display.network_display',
      'data.display.next_hop',
      'data.creation_timestamp',
    ]);
    expect(columns('VPCNetwork').map(([, key]: string[]) => key)).toEqual([
      'data.name',
      'data.subnetwork_data.total_number',
      'data.mtu',
      'data.subnet_creation_mode',
      'data.global_dynamic_route',
      'data.description',
      'data.ipv4_range',
      'data.creation_timestamp',
    ]);
    const vpcFields = meta('VPCNetwork').view.table.layout.options.fields;
    expect(vpcFields[4].options).toEqual({
      On: { type: 'state', options: { icon: { color: 'green.500' } } },
      Off: { type: 'state', options: { icon: { color: 'yellow.500' } } },
    });
    expect(vpcFields[5].options).toEqual({ is_optional: true });
    expect(columns('Bucket').map(([name]: string[]) => name)).toEqual([
      'Name',
      'Location Type',
      'Location',
      'Default Storage Class',
      'Public Access',
      'Object Total Counts',
      'Object Size',
      'Access Control',
      'Lifecycle rules',
      'Requester Pays',
      'Retention Policy',
      'Encryption',
      'Creation Time',
      'Link URL',
      'Link for gsutil',
      'Retention Period',
    ]);
    expect(search('Bucket')).toContainEqual({ key: 'data.object_count', name: 'Object Counts', data_type: 'integer' });
    expect(typeOf('Bucket').tags).toMatchObject({ 'spaceone:display_name': 'CloudStorage' });
  });
});

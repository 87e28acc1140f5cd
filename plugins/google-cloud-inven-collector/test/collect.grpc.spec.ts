// The collector through the core-like client, with exactly the keys inventory sends, against a
// Google Cloud sandbox of 4 zones: init, verify (the JWT-bearer grant at the key's token_uri),
// Job.get_tasks, collect of every task and of everything, one VM checked field by field.
import { assertNoSecrets, UPSTREAM_INIT_METADATA, UPSTREAM_RESOURCE_TYPES } from '@cloudforet/plugin-testing';
import { GCP_MACHINE_TYPES, startGcpSandbox, zoneToRegion, type GcpSandbox } from '@cloudforet/sandbox';
import { sandboxSecret } from './harness';
import { callFailure, startPlugin, type Message, type PluginUnderTest } from './plugin-under-test';
import { countsOf, expectedCounts, externalIps, memberAutoscaler } from './sandbox-expectations';

const TYPES = [
  ['ComputeEngine', 'Instance'],
  ['ComputeEngine', 'Disk'],
  ['ComputeEngine', 'Snapshot'],
  ['ComputeEngine', 'MachineImage'],
  ['ComputeEngine', 'InstanceTemplate'],
  ['ComputeEngine', 'InstanceGroup'],
  ['Networking', 'VPCNetwork'],
  ['Networking', 'Firewall'],
  ['Networking', 'ExternalIPAddress'],
  ['Networking', 'Route'],
  ['Networking', 'LoadBalancing'],
  ['CloudStorage', 'Bucket'],
];

describe('google-cloud-inven-collector over gRPC', () => {
  let gcp: GcpSandbox;
  let plugin: PluginUnderTest;
  let secret: Record<string, string>;
  const byTask = new Map<string, Message[]>();

  beforeAll(async () => {
    gcp = await startGcpSandbox({ instancesPerZone: 30, pageSizeCap: 50 });
    plugin = await startPlugin(gcp);
    secret = sandboxSecret(gcp);
  });
  afterAll(async () => {
    await plugin.close();
    await gcp.close();
  });

  it('init answers upstream`s metadata keys and an options form with cloud_service_types', async () => {
    const { metadata } = (await plugin.client.call('Collector.init', { options: {} })) as { metadata: Message };
    expect(metadata).toMatchObject({
      supported_resource_type: UPSTREAM_RESOURCE_TYPES,
      ...UPSTREAM_INIT_METADATA,
      options_schema: { type: 'object' },
    });
    expect(Object.keys(metadata.options_schema.properties)).toEqual(
      expect.arrayContaining(['cloud_service_types', 'service_code_mappers', 'custom_asset_url']),
    );
  });

  describe('verify', () => {
    const verify = (secret_data: Message) => plugin.client.call('Collector.verify', { options: {}, secret_data });

    it('makes the JWT-bearer grant at the key`s token_uri, and nothing else', async () => {
      gcp.reset();
      await expect(verify(secret)).resolves.toEqual({});
      expect(gcp.calls.calls.map((c) => `${c.service}:${c.action}:${c.status}`)).toEqual(['oauth2:token:200']);
    });

    it('refuses a wrong private key there, with ERROR_AUTHENTICATE_FAILURE that shows neither key', async () => {
      const other = gcp.newServiceAccountKey({ register: false });
      const wrong = { ...secret, private_key: other.private_key };
      gcp.reset();
      const error = await callFailure(verify(wrong));
      expect([error.codeName, error.errorCode]).toEqual(['UNAUTHENTICATED', 'ERROR_AUTHENTICATE_FAILURE']);
      expect(error.details).toContain('invalid_grant: Invalid JWT Signature.');
      expect(gcp.calls.calls.map((c) => `${c.service}:${c.action}:${c.error}`)).toEqual(['oauth2:token:invalid_grant']);
      for (const key of [wrong.private_key, secret.private_key])
        expect(error.details).not.toContain(key.split('\n')[1]);
    });

    it('refuses an account the token endpoint does not know', async () => {
      const error = await callFailure(
        verify({ ...secret, client_email: 'nobody@sandbox-project-1.iam.gserviceaccount.com' }),
      );
      expect(error.errorCode).toBe('ERROR_AUTHENTICATE_FAILURE');
      expect(error.details).toContain('account not found');
    });
  });

  it('Job.get_tasks answers one task per type of the requested groups', async () => {
    const { tasks } = (await plugin.client.call('Job.get_tasks', { options: {}, secret_data: secret })) as {
      tasks: Message[];
    };
    expect(tasks.map((t) => t.task_options)).toEqual(
      TYPES.map(([cloud_service_group, cloud_service_type]) => ({
        resource_type: 'inventory.CloudService',
        cloud_service_group,
        cloud_service_type,
      })),
    );
    const only = (await plugin.client.call('Job.get_tasks', {
      options: { cloud_service_types: ['CloudStorage'] },
      secret_data: secret,
    })) as { tasks: Message[] };
    expect(only.tasks.map((t) => t.task_options.cloud_service_type)).toEqual(['Bucket']);
    for (const { task_options } of tasks)
      byTask.set(
        task_options.cloud_service_type,
        await plugin.collect({ options: {}, secret_data: secret, task_options }),
      );
  });

  it('each task collects its type: the count the sandbox holds, its CloudServiceType first and its regions last', async () => {
    const all = [...byTask.values()].flat();
    expect(all.filter((m) => m.state !== 'SUCCESS')).toEqual([]);
    expect(countsOf(all)).toEqual(expectedCounts(gcp));
    for (const [group, type] of TYPES) {
      const messages = byTask.get(type)!;
      expect(messages[0]).toMatchObject({
        resource_type: 'inventory.CloudServiceType',
        match_rules: { '1': ['name', 'group', 'provider'] },
        resource: { name: type, group, provider: 'google_cloud' },
      });
      // upstream's CloudServiceTypeMeta: no detail tabs (those are each resource's)
      expect(Object.keys(messages[0].resource.metadata.view)).toEqual(['table', 'search', 'widget']);
      expect(messages.at(-1)!.resource_type).toBe('inventory.Region');
    }
    const instanceRegions = byTask
      .get('Instance')!
      .filter((m) => m.resource_type === 'inventory.Region')
      .map((m) => [m.resource.region_code, m.resource.name, m.match_rules]);
    expect(instanceRegions).toEqual([
      ['us-central1', 'US, Iowa (Council Bluffs)', { '1': ['region_code', 'provider'] }],
      ['europe-west1', 'Belgium (St.Ghislain)', { '1': ['region_code', 'provider'] }],
      ['asia-northeast3', 'South Korea (Seoul)', { '1': ['region_code', 'provider'] }],
    ]);
    // Instances were paged: 4 zones × 30 at 50 a page, by the Instance, ExternalIPAddress, Firewall and
    // Route tasks (the last two for their `applicable_instance`, as upstream lists them).
    expect(gcp.calls.where({ action: 'instances.aggregatedList' }).length).toBe(4 * Math.ceil(120 / 50));
  });

  it('a VM carries upstream`s data layout, matching the sandbox`s instance field by field', async () => {
    const zone = 'europe-west1-b';
    const index = 4; // every fourth instance has a data disk too
    const raw = gcp.project.instance(zone, index);
    const vm = byTask.get('Instance')!.find((m) => m.resource.name === raw.name)!;
    const machineType = raw.machineType!.split('/').pop()!;
    const boot = gcp.project.disk(zone, 5); // position 5: instance 4's boot disk
    expect(vm.match_rules).toEqual({
      '1': ['reference.resource_id', 'provider', 'cloud_service_type', 'cloud_service_group'],
    });
    expect(vm.resource).toMatchObject({
      name: raw.name,
      provider: 'google_cloud',
      cloud_service_group: 'ComputeEngine',
      cloud_service_type: 'Instance',
      account: 'sandbox-project-1',
      region_code: 'europe-west1',
      instance_type: machineType,
      instance_size: GCP_MACHINE_TYPES[machineType].guestCpus,
      launched_at: raw.creationTimestamp,
      tags: Object.entries(raw.labels!).map(([key, value]) => ({ key, value })),
      reference: {
        resource_id: raw.selfLink,
        external_link: `https://console.cloud.google.com/compute/instancesDetail/zones/${zone}/instances/${raw.name}?project=sandbox-project-1`,
      },
    });
    const nic = raw.networkInterfaces![0];
    const ips = [nic.networkIP, ...(nic.accessConfigs ?? []).map((a) => a.natIP)];
    expect(vm.resource.ip_addresses).toEqual(ips);
    const data = JSON.parse(vm.resource.json_data);
    expect(data.compute).toEqual({
      keypair: '',
      public_ip_address: nic.accessConfigs?.[0]?.natIP ?? '',
      az: zone,
      instance_id: raw.id,
      instance_name: raw.name,
      instance_state: raw.status,
      instance_type: machineType,
      account: 'sandbox-project-1',
      image: boot.sourceImage!.split('/').pop(),
      launched_at: raw.creationTimestamp,
      security_groups: expect.any(Array),
      tags: {},
    });
    expect(data.hardware).toEqual({
      core: GCP_MACHINE_TYPES[machineType].guestCpus,
      memory: GCP_MACHINE_TYPES[machineType].memoryMb / 1024,
      is_vm: true,
      cpu_model: raw.cpuPlatform,
    });
    expect(data.google_cloud).toMatchObject({
      self_link: raw.selfLink,
      fingerprint: raw.fingerprint,
      deletion_protection: raw.deletionProtection,
      reservation_affinity: 'ANY_RESERVATION',
      labels: vm.resource.tags,
    });
    expect(data.disks.map((d: Message) => [d.device, d.size, d.tags.disk_type, d.tags.disk_id])).toEqual([
      ['persistent-disk-0', Number(boot.sizeGb), 'pd-balanced', boot.id],
      ['persistent-disk-1', Number(gcp.project.disk(zone, 6).sizeGb), 'pd-ssd', gcp.project.disk(zone, 6).id],
    ]);
    expect(data.stats).toEqual({ disk_size: Number(boot.sizeGb) + Number(gcp.project.disk(zone, 6).sizeGb) });
    const network = nic.network!.split('/').pop()!;
    expect(data.vpc).toMatchObject({ vpc_name: network, self_link: nic.network });
    expect(data.subnet).toMatchObject({
      subnet_name: `${network}-europe-west1`,
      cidr: expect.stringMatching(/^10\.\d\.\d\.0\/24$/),
    });
    const firewalls = gcp.project.firewalls().filter((f) => f.network === nic.network);
    const applied = firewalls.filter(
      (f) => !f.targetTags?.length || f.targetTags.some((t) => raw.tags!.items!.includes(t)),
    );
    expect(data.compute.security_groups).toEqual(applied.map((f) => f.name));
    expect(data.security_group.map((r: Message) => r.security_group_name)).toEqual(applied.map((f) => f.name));
    expect(data.google_cloud_monitoring).toEqual({
      name: 'projects/sandbox-project-1',
      resource_id: raw.id,
      filters: [
        {
          metric_type: 'compute.googleapis.com/instance',
          labels: [{ key: 'resource.labels.instance_id', value: raw.id }],
        },
      ],
    });
    expect(data.google_cloud_logging).toEqual({
      name: 'projects/sandbox-project-1',
      resource_id: raw.id,
      filters: [{ resource_type: 'gce_instance', labels: [{ key: 'resource.labels.instance_id', value: raw.id }] }],
    });
    expect(data.os).toMatchObject({ os_type: raw.disks![0].licenses![0].includes('windows') ? 'WINDOWS' : 'LINUX' });
    expect(JSON.parse(vm.resource.json_metadata).view.sub_data.layouts[0].options.layouts[0].name).toBe('VM Instance');
  });

  it('a VM with GPUs and an SSH key: upstream`s GPU keys and display, the key`s row', async () => {
    const raw = gcp.project.instance(gcp.project.featuredZone(), 0);
    const shaped = (name: string) =>
      JSON.parse(byTask.get('Instance')!.find((m) => m.resource.name === name)!.resource.json_data);
    const data = shaped(raw.name!);
    expect(raw.guestAccelerators).toEqual([
      { acceleratorType: expect.stringMatching(/\/acceleratorTypes\/nvidia-tesla-t4$/), acceleratorCount: 2 },
    ]);
    expect(data).toMatchObject({
      gpus: [{ gpu_count: 2, gpu_machine_type: 'nvidia-tesla-t4' }],
      total_gpu_count: 2,
      has_gpu: true,
      display: { gpus: ['2xNVIDIA TESLA T4'], has_gpu: true },
    });
    const key = raw.metadata!.items![0].value!;
    expect(data.google_cloud.ssh_keys).toEqual({
      ssh_keys: [{ user_name: 'alice', display_name: 'show', ssh_key: key.slice('alice:'.length) }],
      block_project_ssh_keys: 'OFF',
    });
    expect(key).toMatch(/^alice:ssh-ed25519 AAAA\S+ alice@workstation$/);
    expect(data.google_cloud.scheduling.on_host_maintenance).toBe('TERMINATE');
    // the VM after it has neither
    const other = shaped(gcp.project.instanceName(gcp.project.featuredZone(), 1));
    expect(['gpus', 'total_gpu_count', 'has_gpu', 'display'].filter((k) => k in other)).toEqual([]);
    expect(other.google_cloud.ssh_keys.ssh_keys).toEqual([]);
  });

  it('a managed group`s member is a managed instance with its group`s autoscaler; the others are not', async () => {
    const p = gcp.project;
    const zone = 'europe-west1-b';
    const shaped = (index: number) => {
      const vm = byTask.get('Instance')!.find((m) => m.resource.name === p.instanceName(zone, index))!;
      return JSON.parse(vm.resource.json_data);
    };
    const manager = p.instanceGroupManager(zone);
    const autoscaler = p.autoscaler(zone);
    for (const index of p.migMembers(zone)) {
      const data = shaped(index);
      expect(data.google_cloud.is_managed_instance).toBe(true);
      expect(data.autoscaler).toEqual(memberAutoscaler(manager, autoscaler));
    }
    for (const index of [0, 3]) {
      expect(shaped(index).google_cloud.is_managed_instance).toBe(false);
      expect(shaped(index).autoscaler).toEqual({});
    }
    // One member listing per managed group (one per zone) for the Instance task, and one per group for InstanceGroup.
    expect(gcp.calls.where({ action: 'instanceGroups.listInstances' }).length).toBe(2 * p.zones.length);
  });

  it('a VM`s load_balancers: its managed group`s HTTP balancer, the network balancer of a pool holding it', async () => {
    const p = gcp.project;
    const zone = p.zones[0]; // its managed group backs the HTTP balancer; its instance 0 is in its region's pool
    const balancersOf = (index: number) => {
      const vm = byTask.get('Instance')!.find((m) => m.resource.name === p.instanceName(zone, index))!;
      return JSON.parse(vm.resource.json_data).load_balancers;
    };
    const service = p.loadBalancing.backendServices()[0];
    const http = {
      type: 'HTTP',
      name: p.loadBalancing.urlMaps()[0].name,
      dns: '',
      scheme: service.loadBalancingScheme,
      port: [service.port],
      protocol: ['HTTP'],
      tags: {},
    };
    for (const index of p.migMembers(zone)) expect(balancersOf(index)).toEqual([http]);
    const rule = p.loadBalancing.forwardingRules(zoneToRegion(zone))[0];
    expect(balancersOf(0)).toEqual([
      {
        type: rule.IPProtocol,
        name: `pool-${zoneToRegion(zone)}`,
        dns: '',
        scheme: 'EXTERNAL',
        port: [80],
        protocol: [rule.IPProtocol],
        tags: {},
      },
    ]);
    expect(balancersOf(3)).toEqual([]);
  });

  it('load balancers as upstream pieces them together: the HTTP proxy`s chain and each region`s target pool', async () => {
    const lbs = byTask.get('LoadBalancing')!.filter((m) => m.resource_type === 'inventory.CloudService');
    const p = gcp.project;
    const lb = p.loadBalancing;
    expect(lbs.map((m) => [m.resource.name, m.resource.region_code]).sort()).toEqual(
      [
        ['web-map', 'global'],
        ['static-map', 'global'],
        ['ilb-map', p.regions[0]],
        ...p.regions.map((r) => [`pool-${r}`, r]),
      ].sort(),
    );
    const http = lbs.find((m) => m.resource.name === 'web-map')!;
    const proxy = lb.targetHttpProxies()[0];
    expect(http.match_rules).toEqual({
      '1': ['reference.resource_id', 'provider', 'cloud_service_type', 'cloud_service_group'],
    });
    expect(http.resource.reference.resource_id).toBe(proxy.selfLink);
    const data = JSON.parse(http.resource.json_data);
    const rule = lb.forwardingRules()[0];
    const service = lb.backendServices()[0];
    const check = lb.healthChecks()[0];
    expect(data).toMatchObject({
      id: proxy.id,
      name: 'web-map',
      project: p.projectId,
      region: 'global',
      internal_or_external: 'EXTERNAL',
      type: 'HTTP(S) LoadBalancer',
      protocol: 'HTTP',
      self_link: proxy.selfLink,
      target_proxy: {
        name: proxy.name,
        type: 'HTTP',
        http_proxy: { id: proxy.id, url_map: proxy.urlMap, region: 'global', self_link: proxy.selfLink },
      },
      urlmap: { id: lb.urlMaps()[0].id, host_rule: [{ host: ['*'], path_matcher: 'path-matcher-1' }] },
      certificates: [],
      backend_buckets: [],
      legacy_health_checks: [],
      target_pools: [],
      tags: [],
      creation_timestamp: proxy.creationTimestamp,
    });
    expect(data.forwarding_rules).toEqual([
      expect.objectContaining({
        id: rule.id,
        type: 'Global',
        region: 'global',
        ip_address: rule.IPAddress,
        ip_protocol: 'TCP',
        port_range: '80-80',
        target: proxy.selfLink,
        load_balancing_scheme: 'EXTERNAL',
        network_tier: 'PREMIUM',
      }),
    ]);
    expect(data.backend_services).toEqual([
      expect.objectContaining({
        id: service.id,
        protocol: 'HTTP',
        health_checks: [check.selfLink],
        backends: [expect.objectContaining({ group: service.backends![0].group, balancing_mode: 'UTILIZATION' })],
      }),
    ]);
    expect(data.heath_checks).toEqual([
      expect.objectContaining({
        id: check.id,
        type: 'HTTP',
        http_health_check: expect.objectContaining({ port: '80' }),
      }),
    ]);
    const region = p.regions[1];
    const pool = lbs.find((m) => m.resource.name === `pool-${region}`)!;
    const poolData = JSON.parse(pool.resource.json_data);
    const regional = lb.forwardingRules(region)[0];
    const targetPool = lb.targetPools(region)[0];
    expect(pool.resource.reference.resource_id).toBe(regional.selfLink);
    expect(poolData).toMatchObject({
      type: 'TCP/UDP Network LoadBalancer',
      protocol: 'TCP',
      region,
      target_proxy: {},
      urlmap: {},
      backend_services: [],
      forwarding_rules: [expect.objectContaining({ type: 'Regional', region, ip_address: regional.IPAddress })],
      target_pools: [
        {
          id: targetPool.id,
          name: targetPool.name,
          description: '',
          health_checks: targetPool.healthChecks,
          instances: targetPool.instances,
          session_affinity: 'NONE',
          self_link: targetPool.selfLink,
        },
      ],
      legacy_health_checks: [expect.objectContaining({ id: lb.httpHealthChecks()[0].id, request_path: '/' })],
    });
    const calls = gcp.calls.calls.map((c) => c.action);
    for (const action of ['forwardingRules.aggregatedList', 'targetPools.aggregatedList', 'httpHealthChecks.list'])
      expect(calls).toContain(action);
  });

  it('the internal balancer on the production subnet, the bucket-backed one and a pool with a backup, as upstream shapes them', async () => {
    const lbs = byTask.get('LoadBalancing')!.filter((m) => m.resource_type === 'inventory.CloudService');
    const dataOf = (name: string) => JSON.parse(lbs.find((m) => m.resource.name === name)!.resource.json_data);
    const p = gcp.project;
    const lb = p.loadBalancing;
    const region = p.regions[0];

    const internal = dataOf('ilb-map');
    const rule = lb.forwardingRules(region)[1];
    const [service] = lb.backendServices(region);
    const [check] = lb.healthChecks(region);
    expect(internal).toMatchObject({
      region,
      internal_or_external: 'INTERNAL_MANAGED',
      type: 'HTTP(S) LoadBalancer',
      target_proxy: { type: 'HTTP', http_proxy: { url_map: lb.urlMaps(region)[0].selfLink } },
      backend_buckets: [],
    });
    expect(internal.forwarding_rules).toEqual([
      expect.objectContaining({
        id: rule.id,
        type: 'Regional',
        region,
        load_balancing_scheme: 'INTERNAL_MANAGED',
        network: rule.network,
        subnetwork: rule.subnetwork,
        service_label: 'api',
        service_name: rule.serviceName,
        all_global_access: false,
      }),
    ]);
    expect(internal.backend_services).toEqual([
      expect.objectContaining({
        id: service.id,
        load_balancing_scheme: 'INTERNAL_MANAGED',
        health_checks: [check.selfLink],
        log_config: { enable: true, sample_rate: 1 },
        backends: [expect.objectContaining({ group: service.backends![0].group, max_rate_per_instance: 100 })],
      }),
    ]);
    expect(internal.heath_checks).toEqual([expect.objectContaining({ id: check.id, region })]);

    const bucketBacked = dataOf('static-map');
    const [bucket] = lb.backendBuckets();
    expect(bucketBacked.backend_services).toEqual([]);
    expect(bucketBacked.heath_checks).toEqual([]);
    expect(bucketBacked.forwarding_rules).toEqual([
      expect.objectContaining({ name: 'static-http-rule', ip_version: 'IPV4', load_balancing_scheme: 'EXTERNAL' }),
    ]);
    expect(bucketBacked.backend_buckets).toEqual([
      {
        id: bucket.id,
        name: bucket.name,
        description: bucket.description,
        self_link: bucket.selfLink,
        bucket_name: p.bucket(0).name,
        enable_cdn: true,
        cdn_policy: {
          signed_url_key_names: ['static-key'],
          signed_url_cache_max_age_sec: '3600',
          default_ttl: 3600,
          max_ttl: 86400,
          client_ttl: 3600,
        },
        custom_response_headers: bucket.customResponseHeaders,
        creation_timestamp: bucket.creationTimestamp,
      },
    ]);

    const [pool, backup] = lb.targetPools(region);
    expect(dataOf(`pool-${region}`).target_pools).toEqual([
      expect.objectContaining({ id: pool.id, failover_ratio: 0.1, backup_pool: backup.selfLink }),
    ]);
    expect(lbs.some((m) => m.resource.name === backup.name)).toBe(false);
    // as upstream, a passthrough rule (no target) is no balancer, nor any proxy's or pool's rule
    const passthrough = lb.forwardingRules(region)[2];
    expect(passthrough.backendService).toBeTruthy();
    for (const m of lbs)
      expect(JSON.parse(m.resource.json_data).forwarding_rules.map((r: { id: string }) => r.id)).not.toContain(
        passthrough.id,
      );

    // the internal balancer's group is its region's last zone's, whose members count it among their balancers
    const zone = p.zones.filter((z) => zoneToRegion(z) === region).pop()!;
    for (const index of p.migMembers(zone)) {
      const vm = byTask.get('Instance')!.find((m) => m.resource.name === p.instanceName(zone, index))!;
      expect(JSON.parse(vm.resource.json_data).load_balancers).toContainEqual(
        expect.objectContaining({ type: 'HTTP', name: 'ilb-map', scheme: 'INTERNAL_MANAGED' }),
      );
    }
  });

  it('external IPs as upstream gathers them: reserved, then forwarding rules` and VMs` ephemeral ones, each IP once', async () => {
    const ips = byTask.get('ExternalIPAddress')!.filter((m) => m.resource_type === 'inventory.CloudService');
    const p = gcp.project;
    const byIp = new Map(ips.map((m) => [m.resource.ip_addresses[0], m]));
    expect([...byIp.keys()].sort()).toEqual(externalIps(gcp).sort());
    expect(byIp.size).toBe(ips.length);
    const data = (ip: string) => JSON.parse(byIp.get(ip)!.resource.json_data);

    const global = p.addresses()[0];
    expect(byIp.get(global.address)!.resource).toMatchObject({ name: 'lb-global-ip', region_code: 'global' });
    expect(data(global.address!)).toEqual({
      id: global.id,
      name: 'lb-global-ip',
      project: p.projectId,
      region: 'global',
      self_link: global.selfLink,
      status: global.status,
      description: global.description ?? '',
      address: global.address,
      address_type: 'EXTERNAL',
      ...(global.purpose ? { purpose: global.purpose } : {}),
      ...(global.networkTier ? { network_tier: global.networkTier } : {}),
      ...(global.ipVersion ? { ip_version: global.ipVersion } : {}),
      users: global.users,
      creation_timestamp: global.creationTimestamp,
      is_ephemeral: 'Static',
      status_display: 'In Use',
      used_by: ['Forwarding rule web-http-rule'],
      ip_version_display: 'IPv4',
      network_tier_display: 'Premium',
    });
    const regional = p.addresses('us-central1')[0];
    expect(data(regional.address!).used_by).toEqual([
      `VM instance ${p.instanceName('us-central1-a', 0)} (Zone: us-central1-a)`,
    ]);

    const rule = p.loadBalancing.forwardingRules('europe-west1')[0];
    expect(byIp.get(rule.IPAddress)!.resource).toMatchObject({
      name: rule.name,
      region_code: 'europe-west1',
      reference: { resource_id: rule.selfLink },
    });
    expect(data(rule.IPAddress!)).toMatchObject({
      is_ephemeral: 'Ephemeral',
      address_type: 'EXTERNAL',
      status: 'IN_USE',
      users: [rule.selfLink],
      used_by: [`Forwarding rule ${rule.name}`],
    });

    const zone = 'asia-northeast3-a';
    const vm = Array.from({ length: p.instancesPerZone }, (_, i) => p.instance(zone, i)).find(
      (i, n) => n > 0 && i.networkInterfaces![0].accessConfigs!.length,
    )!;
    const nat = vm.networkInterfaces![0].accessConfigs![0].natIP!;
    expect(byIp.get(nat)!.resource).toMatchObject({
      name: nat,
      region_code: 'asia-northeast3',
      reference: {
        resource_id: `https://console.cloud.google.com/networking/addresses/project=${p.projectId}/zone=${zone}/ip_address/${nat}`,
      },
    });
    // upstream's model has no `zone`: the zone is in the self link and `used_by`
    expect('zone' in data(nat)).toBe(false);
    expect(data(nat)).toMatchObject({
      id: vm.id,
      address_type: 'EXTERNAL',
      region: 'asia-northeast3',
      is_ephemeral: 'Ephemeral',
      status_display: 'In Use',
      users: [vm.selfLink],
      used_by: [`Vm Instance ${vm.name} (${zone})`],
      network_tier: 'PREMIUM',
      creation_timestamp: vm.creationTimestamp,
    });
  });

  it('everything in one stream: types, resources, then regions; upstream`s CloudStorage-only option', async () => {
    gcp.reset();
    const all = await plugin.collect({ options: {}, secret_data: secret });
    expect(countsOf(all)).toEqual(expectedCounts(gcp));
    const kinds = all.map((m) => m.resource_type);
    expect(kinds.slice(0, TYPES.length)).toEqual(TYPES.map(() => 'inventory.CloudServiceType'));
    expect(kinds.lastIndexOf('inventory.CloudService')).toBeLessThan(kinds.indexOf('inventory.Region'));
    expect(gcp.calls.calls[1]).toMatchObject({ service: 'cloudresourcemanager', action: 'projects.get' });
    // One collect lists its instances once for Firewall and Route together (upstream: once each).
    expect(gcp.calls.where({ action: 'instances.aggregatedList' }).length).toBe(3 * Math.ceil(120 / 50));
    const storageOnly = await plugin.collect({
      options: { cloud_service_types: ['CloudStorage'] },
      secret_data: secret,
    });
    expect(countsOf(storageOnly)).toEqual({ 'CloudStorage/Bucket': 3 });
  });

  it('service_code_mappers and custom_asset_url change the types as upstream`s options do', async () => {
    const messages = await plugin.collect({
      options: {
        cloud_service_types: ['CloudStorage'],
        service_code_mappers: { 'Cloud Storage': 'GCS' },
        custom_asset_url: 'https://assets.example.com/icons/',
      },
      secret_data: secret,
    });
    expect(messages[0].resource).toMatchObject({
      service_code: 'GCS',
      tags: { 'spaceone:icon': 'https://assets.example.com/icons/Cloud_Storage.svg' },
    });
  });

  it('logs one line per type, and no secret: neither the private key nor an access token', async () => {
    plugin.logs.lines.length = 0;
    await plugin.collect({ options: {}, secret_data: secret });
    const lines = plugin.logs.records().filter((l) => typeof l.cloud_service_type === 'string' && 'count' in l);
    expect(lines.map((l) => l.cloud_service_type).sort()).toEqual(TYPES.map(([g, t]) => `${g}/${t}`).sort());
    const secrets = [secret.private_key, secret.private_key_id, ...gcp.issuedTokens()];
    expect(gcp.issuedTokens().length).toBeGreaterThan(5);
    assertNoSecrets(plugin.logs.text, secrets, 'the plugin logs');
  });
});

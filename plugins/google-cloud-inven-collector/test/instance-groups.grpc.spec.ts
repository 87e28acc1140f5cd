// InstanceGroup through the core-like client, in upstream's data layout, against a sandbox whose
// regions also hold a regional managed group (`rmig-<region>`: instance 3 of each of its zones):
// a zonal and a regional group field by field, and the regional group's members as managed instances.
import { startGcpSandbox, type GcpSandbox } from '@cloudforet/sandbox';
import { computeEngineTask as task, sandboxSecret } from './harness';
import { startPlugin, type Message, type PluginUnderTest } from './plugin-under-test';
import { countsOf, expectedCounts, memberAutoscaler } from './sandbox-expectations';

describe('google-cloud-inven-collector: instance groups, zonal and regional', () => {
  let gcp: GcpSandbox;
  let plugin: PluginUnderTest;
  let groups: Message[];
  let instances: Message[];
  const group = (name: string) => groups.find((m) => m.resource.name === name)!;
  const data = (m: Message) => JSON.parse(m.resource.json_data);

  beforeAll(async () => {
    gcp = await startGcpSandbox({ instancesPerZone: 5, regionalGroups: true });
    plugin = await startPlugin(gcp);
    const secret_data = sandboxSecret(gcp);
    groups = await plugin.collect({ options: {}, secret_data, task_options: task('InstanceGroup') });
    instances = await plugin.collect({ options: {}, secret_data, task_options: task('Instance') });
  });
  afterAll(async () => {
    await plugin.close();
    await gcp.close();
  });

  it('collects every zonal and regional group, each with its members listed once', () => {
    expect(groups.filter((m) => m.state !== 'SUCCESS')).toEqual([]);
    expect(countsOf(groups)).toEqual({
      'ComputeEngine/InstanceGroup': expectedCounts(gcp)['ComputeEngine/InstanceGroup'],
    });
    expect(gcp.project.regionalGroupRegions()).toEqual(['us-central1', 'europe-west1', 'asia-northeast3']);
    const regional = gcp.calls.where({ action: 'regionInstanceGroups.listInstances' });
    // once per regional group for InstanceGroup, once more for Instance (its managed members)
    expect(regional.length).toBe(2 * 3);
  });

  it('a zonal managed group: upstream`s keys, its manager, autoscaler, template and members', () => {
    const p = gcp.project;
    const zone = 'us-central1-a';
    const raw = p.instanceGroup(zone);
    const manager = p.instanceGroupManager(zone);
    const autoscaler = p.autoscaler(zone);
    const template = p.instanceTemplate(0);
    const m = group(`mig-${zone}`);
    expect(m.resource).toMatchObject({
      region_code: 'us-central1',
      reference: {
        resource_id: raw.selfLink,
        external_link: `https://console.cloud.google.com/compute/instanceGroups/details/${zone}/mig-${zone}?project=${p.projectId}`,
      },
    });
    const d = data(m);
    expect(d).toMatchObject({
      id: raw.id,
      name: raw.name,
      project: p.projectId,
      self_link: raw.selfLink,
      kind: 'compute#instanceGroup',
      instance_group_type: 'STATELESS',
      description: '',
      network: raw.network,
      subnetwork: raw.subnetwork,
      fingerprint: raw.fingerprint,
      display_location: { region: 'us-central1', zone },
      zone: raw.zone,
      size: 2,
      instance_counts: 2,
      power_scheduler: {
        type: 'zone',
        instance_group_type: 'STATELESS',
        recommend_size: 2,
        origin_min_size: 1,
        origin_max_size: 4,
        mode: 'ON',
      },
      autoscaling_display: 'ON: Target CPU utilization 60.0%',
      creation_timestamp: raw.creationTimestamp,
      google_cloud_monitoring: {
        name: `projects/${p.projectId}`,
        resource_id: raw.name,
        filters: [
          {
            metric_type: 'compute.googleapis.com/instance_group',
            labels: [{ key: 'resource.labels.instance_group_name', value: raw.name }],
          },
        ],
      },
    });
    expect('region' in d).toBe(false);
    expect(d.instances).toEqual(
      p.migMembers(zone).map((i) => ({
        name: p.instanceName(zone, i),
        instance: p.instance(zone, i).selfLink,
        status: p.instance(zone, i).status,
        name_ports: [],
      })),
    );
    expect(d.template).toEqual({
      id: template.id,
      name: 'template-0',
      kind: 'compute#instanceTemplate',
      self_link: template.selfLink,
      description: template.description,
      creation_timestamp: template.creationTimestamp,
    });
    expect(d.autoscaler).toEqual({
      id: autoscaler.id,
      name: autoscaler.name,
      kind: 'compute#autoscaler',
      recommended_size: 2,
      description: '',
      target: manager.selfLink,
      autoscaling_policy: {
        min_num_replicas: 1,
        max_num_replicas: 4,
        cool_down_period_sec: 60,
        cpu_utilization: { utilization_target: 0.6 },
        mode: 'ON',
      },
      zone: autoscaler.zone,
      self_link: autoscaler.selfLink,
      status: 'ACTIVE',
      creation_timestamp: autoscaler.creationTimestamp,
    });
    expect(d.instance_group_manager).toMatchObject({
      id: manager.id,
      name: manager.name,
      description: '',
      zone: manager.zone,
      instance_template: template.selfLink,
      instance_group: raw.selfLink,
      fingerprint: null,
      target_size: 2,
      self_link: manager.selfLink,
      base_instance_name: manager.baseInstanceName,
      status: { is_stable: true, version_target: null, stateful: null, autoscaler: autoscaler.selfLink },
      current_actions: { none: 2, creating: 0, creating_without_retries: null, deleting: 0 },
      stateful_policy: { preserved_state: { disks: [] } },
      auto_healing_policies: null,
      versions: null,
    });
    expect('distribution_policy' in d.instance_group_manager).toBe(false);
  });

  it('an auto-healing group autoscaled on load balancing too: its policies, the display, the autoscaler`s error', () => {
    const p = gcp.project;
    const zone = p.featuredZone();
    const manager = p.instanceGroupManager(zone);
    const d = data(group(`mig-${zone}`));
    expect(d.instance_group_manager.auto_healing_policies).toEqual([
      { health_check: p.base('global/healthChecks/web-http-check'), initial_delay_sec: 300 },
    ]);
    expect(d.instance_group_manager.auto_healing_policies).toEqual(
      manager.autoHealingPolicies!.map((h) => ({ health_check: h.healthCheck, initial_delay_sec: h.initialDelaySec })),
    );
    expect(d.autoscaling_display).toBe('ON: Target CPU utilization 60.0%, LB capacity fraction 80.0%');
    const autoscaler = p.autoscaler(zone);
    expect(d.autoscaler).toMatchObject({
      status: 'ERROR',
      status_details: [{ message: autoscaler.statusDetails![0].message, type: 'BACKEND_SERVICE_DOES_NOT_EXIST' }],
      autoscaling_policy: {
        cpu_utilization: { utilization_target: 0.6 },
        loadbalancing_utilization: { utilization_target: 0.8 },
        mode: 'ON',
      },
    });
  });

  it('a regional managed group: its region`s URL and location, members across the zones, its regional autoscaler', () => {
    const p = gcp.project;
    const region = 'us-central1';
    const raw = p.regionalInstanceGroup(region);
    const m = group(`rmig-${region}`);
    expect(m.resource).toMatchObject({
      region_code: region,
      reference: {
        resource_id: raw.selfLink,
        external_link: `https://console.cloud.google.com/compute/instanceGroups/details/${region}/rmig-${region}?project=${p.projectId}`,
      },
    });
    const d = data(m);
    expect(d).toMatchObject({
      region: raw.region,
      display_location: { region, zone: '' },
      instance_group_type: 'STATELESS',
      instance_counts: 2,
      template: { name: 'template-1' },
      power_scheduler: {
        type: 'region',
        instance_group_type: 'STATELESS',
        recommend_size: 2,
        origin_min_size: 2,
        origin_max_size: 6,
        mode: 'ONLY_SCALE_OUT',
      },
      autoscaling_display: 'ONLY_SCALE_OUT: Target CPU utilization 70.0%',
      autoscaler: { name: `rmig-${region}-autoscaler`, region: p.regionalAutoscaler(region).region },
      instance_group_manager: {
        zone: null,
        distribution_policy: {
          zones: [{ zone: p.base('zones/us-central1-a') }, { zone: p.base('zones/us-central1-b') }],
        },
      },
    });
    expect('zone' in d).toBe(false);
    expect(d.instances.map((i: Message) => i.name)).toEqual([
      p.instanceName('us-central1-a', 3),
      p.instanceName('us-central1-b', 3),
    ]);
  });

  it('a regional group`s members are managed instances with its autoscaler', () => {
    const p = gcp.project;
    const vm = (zone: string, index: number) =>
      data(instances.find((m) => m.resource.name === p.instanceName(zone, index))!);
    for (const region of p.regionalGroupRegions()) {
      const manager = p.regionalInstanceGroupManager(region);
      const autoscaler = p.regionalAutoscaler(region);
      for (const { zone, index } of p.regionalMigMembers(region)) {
        expect(vm(zone, index).google_cloud.is_managed_instance).toBe(true);
        expect(vm(zone, index).autoscaler).toEqual(memberAutoscaler(manager, autoscaler));
      }
    }
    expect(vm('us-central1-a', 4).google_cloud.is_managed_instance).toBe(false);
  });
});

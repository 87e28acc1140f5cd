// Disk, Snapshot, MachineImage and InstanceTemplate through the core-like client, in upstream's data
// layout: one resource of each field by field against the sandbox's own data, with the keys
// upstream's models send as null or leave out, and the types' tables.
import { startGcpSandbox, type GcpSandbox } from '@cloudforet/sandbox';
import { computeEngineTask as task, sandboxSecret } from './harness';
import { startPlugin, type Message, type PluginUnderTest } from './plugin-under-test';

const GIB = 1024 ** 3;

describe('google-cloud-inven-collector: disks, snapshots, machine images, instance templates', () => {
  let gcp: GcpSandbox;
  let plugin: PluginUnderTest;
  const collected: Record<string, Message[]> = {};
  const resource = (type: string, name: string) =>
    collected[type].find((m) => m.resource_type === 'inventory.CloudService' && m.resource.name === name)!;
  const data = (m: Message) => JSON.parse(m.resource.json_data);
  const tableOf = (type: string) => {
    const t = collected[type].find((m) => m.resource_type === 'inventory.CloudServiceType')!;
    return t.resource.json_metadata ? JSON.parse(t.resource.json_metadata) : t.resource.metadata;
  };

  beforeAll(async () => {
    gcp = await startGcpSandbox({ instancesPerZone: 5, regionalGroups: true });
    plugin = await startPlugin(gcp);
    const secret_data = sandboxSecret(gcp);
    for (const type of ['Disk', 'Snapshot', 'MachineImage', 'InstanceTemplate'])
      collected[type] = await plugin.collect({ options: {}, secret_data, task_options: task(type) });
  });
  afterAll(async () => {
    await plugin.close();
    await gcp.close();
  });

  it('collects every resource of the four types without failures', () => {
    for (const messages of Object.values(collected)) expect(messages.filter((m) => m.state !== 'SUCCESS')).toEqual([]);
  });

  it('a boot disk: upstream`s Disk model, size in bytes, estimated performance, monitoring by name', () => {
    const p = gcp.project;
    const zone = 'us-central1-a';
    const raw = p.disk(zone, 0);
    const m = resource('Disk', raw.name!);
    expect(m.resource).toMatchObject({
      region_code: 'us-central1',
      reference: {
        resource_id: raw.selfLink,
        external_link: `https://console.cloud.google.com/compute/disksDetail/zones/${zone}/disks/${raw.name}?project=${p.projectId}`,
      },
    });
    const sizeGb = Number(raw.sizeGb);
    const policy = p.resourcePolicy('us-central1');
    expect(raw.type).toMatch(/pd-balanced$/);
    expect(raw.resourcePolicies).toEqual([policy.selfLink]);
    expect(data(m)).toEqual({
      id: raw.id,
      name: raw.name,
      project: p.projectId,
      region: 'us-central1',
      self_link: raw.selfLink,
      google_cloud_monitoring: {
        name: `projects/${p.projectId}`,
        resource_id: raw.name,
        filters: [
          {
            metric_type: 'compute.googleapis.com/instance/disk',
            labels: [{ key: 'resource.labels.device_name', value: raw.name }],
          },
        ],
      },
      google_cloud_logging: {
        name: `projects/${p.projectId}`,
        resource_id: raw.id,
        filters: [{ resource_type: 'gce_disk', labels: [{ key: 'resource.labels.disk_id', value: raw.id }] }],
      },
      zone,
      disk_type: 'pd-balanced',
      read_iops: sizeGb * 6,
      write_iops: sizeGb * 6,
      read_throughput: sizeGb * 0.28,
      write_throughput: sizeGb * 0.28,
      in_used_by: [p.instanceName(zone, 0)],
      in_used_by_count_display: 0,
      source_image_display: raw.sourceImage!.split('/images/')[1],
      source_image: raw.sourceImage,
      status: 'READY',
      encryption: 'Google managed',
      size: sizeGb * GIB,
      fingerprint: null,
      snapshot_schedule_display: ['daily-us-central1'],
      snapshot_schedule: [
        {
          id: policy.id,
          name: 'daily-us-central1',
          status: 'READY',
          description: null,
          region: 'us-central1',
          self_link: policy.selfLink,
          snapshot_schedule_policy: {
            schedule_display: ['Every day between 04:00 AM and 05:00 AM'],
            schedule: { daily_schedule: { days_in_cycle: 1, start_time: '04:00', duration: 'PT14400S' } },
            retention_policy: {
              max_retention_days_display: '14 days',
              max_retention_days: 14,
              on_source_disk_delete: 'KEEP_AUTO_SNAPSHOTS',
            },
          },
          storage_locations: ['us-central1'],
          labels: [{ key: 'schedule', value: 'daily' }],
          tags: [{ key: 'schedule', value: 'daily' }],
          creation_timestamp: policy.creationTimestamp,
        },
      ],
      labels: Object.entries(raw.labels!).map(([key, value]) => ({ key, value })),
      creation_timestamp: raw.creationTimestamp,
      last_attach_timestamp: raw.lastAttachTimestamp,
    });
  });

  it('a data disk: pd-ssd rates, no source image keys', () => {
    const zone = 'us-central1-a';
    const raw = gcp.project.disk(zone, 1);
    const d = data(resource('Disk', raw.name!));
    const sizeGb = Number(raw.sizeGb);
    expect(d).toMatchObject({
      disk_type: 'pd-ssd',
      read_iops: sizeGb * 30,
      write_iops: sizeGb * 30,
      read_throughput: sizeGb * 0.48,
      source_image_display: '',
      size: sizeGb * GIB,
      snapshot_schedule_display: [],
      snapshot_schedule: [],
    });
    expect('source_image' in d || 'source_image_id' in d || 'last_detach_timestamp' in d).toBe(false);
  });

  it('a disk detached and attached again: both times, as the API sends them', () => {
    const raw = gcp.project.disk(gcp.project.featuredZone(), 1);
    expect(raw.lastDetachTimestamp).toBeTruthy();
    expect(Date.parse(raw.lastAttachTimestamp!)).toBeGreaterThan(Date.parse(raw.lastDetachTimestamp!));
    expect(data(resource('Disk', raw.name!))).toMatchObject({
      last_attach_timestamp: raw.lastAttachTimestamp,
      last_detach_timestamp: raw.lastDetachTimestamp,
    });
  });

  it('a snapshot: the source disk under `disk`, creation type, region by storage location', () => {
    const p = gcp.project;
    const raw = p.snapshot(0);
    const m = resource('Snapshot', raw.name!);
    // storage location `us` is a multi-region: upstream records it in global
    expect(raw.storageLocations).toEqual(['us']);
    expect(m.resource).toMatchObject({
      region_code: 'global',
      reference: {
        resource_id: raw.selfLink,
        external_link: `https://console.cloud.google.com/compute/snapshotsDetail/projects/${p.projectId}/global/snapshots/${raw.name}?project=${p.projectId}`,
      },
    });
    expect(data(m)).toEqual({
      id: raw.id,
      name: raw.name,
      project: p.projectId,
      self_link: raw.selfLink,
      status: 'READY',
      disk: {
        source_disk: raw.sourceDisk,
        source_disk_display: raw.sourceDisk!.split('/disks/')[1],
        source_disk_id: raw.sourceDiskId,
        disk_size: Number(raw.diskSizeGb) * GIB,
        storage_bytes: Number(raw.storageBytes),
      },
      fingerprint: null,
      storage_locations: ['us'],
      creation_timestamp: raw.creationTimestamp,
      creation_type: 'Scheduled',
      encryption: 'Google managed',
      labels: [{ key: 'backup', value: 'daily' }],
    });
    expect(data(resource('Snapshot', p.snapshot(1).name!)).creation_type).toBe('Manual');
  });

  it('a machine image: `machine`, upstream`s disk and network interface rows, scheduling, service account', () => {
    const p = gcp.project;
    const raw = p.machineImage(0);
    const source = p.instance(p.zones[0], 0);
    const m = resource('MachineImage', raw.name!);
    expect(m.resource).toMatchObject({
      region_code: 'global',
      reference: {
        resource_id: raw.selfLink,
        external_link: `https://console.cloud.google.com/compute/machineImages/details/${raw.name}?project=${p.projectId}`,
      },
    });
    const nic = source.networkInterfaces![0];
    const config = nic.accessConfigs![0];
    expect(source.disks).toHaveLength(2);
    expect(data(m)).toEqual({
      id: raw.id,
      name: raw.name,
      project: p.projectId,
      self_link: raw.selfLink,
      description: raw.description,
      status: 'READY',
      fingerprint: '',
      machine: { machine_type: raw.instanceProperties!.machineType, source_image_from: '' },
      network_tags: source.tags?.items ?? [],
      deletion_protection: false,
      total_storage_bytes: 10 * GIB,
      total_storage_display: '10.0 GB',
      storage_locations: raw.storageLocations,
      scheduling: {
        on_host_maintenance: source.scheduling?.onHostMaintenance ?? 'MIGRATE',
        automatic_restart: source.scheduling?.automaticRestart ? 'On' : 'Off',
        preemptibility: source.scheduling?.preemptible ? 'On' : 'Off',
      },
      network_interfaces: [
        {
          name: nic.name ?? '',
          network_display: nic.network!.split('/networks/')[1],
          network_tier_display: config.networkTier ?? null,
          subnetwork_display: nic.subnetwork!.split('/subnetworks/')[1],
          ip_range: [],
          ip_forward: 'Off',
          network: nic.network,
          subnetwork: nic.subnetwork,
          primary_ip_address: nic.networkIP,
          public_ip_address: config.natIP,
          alias_ip_ranges: [],
          access_configs: [
            {
              type: config.type ?? null,
              name: config.name ?? null,
              nat_ip: config.natIP,
              network_tier: config.networkTier ?? null,
              kind: config.kind ?? null,
            },
          ],
          kind: nic.kind ?? '',
        },
      ],
      disks: source.disks!.map((d) => ({
        device_index: d.index,
        device: d.deviceName,
        device_type: 'PERSISTENT',
        device_mode: 'READ_WRITE',
        size: Number(d.diskSizeGb) * GIB,
        ...(d.boot ? { boot_image: 'persistent-disk-0' } : {}),
        is_boot_image: Boolean(d.boot),
        encryption: 'Customer supplied',
        tags: {
          auto_delete: d.autoDelete ?? null,
          read_iops: 0,
          write_iops: 0,
          read_throughput: 0,
          write_throughput: 0,
        },
      })),
      ...(source.serviceAccounts?.length
        ? {
            service_account: {
              email: source.serviceAccounts[0].email,
              scopes: source.serviceAccounts[0].scopes ?? [],
            },
          }
        : {}),
      kind: 'compute#machineImage',
      location: [],
      creation_timestamp: raw.creationTimestamp,
    });
  });

  it('an instance template: the managed groups made from it, upstream`s disk and interface rows', () => {
    const p = gcp.project;
    const raw = p.instanceTemplate(0);
    const m = resource('InstanceTemplate', 'template-0');
    expect(m.resource).toMatchObject({
      region_code: 'global',
      reference: {
        resource_id: raw.selfLink,
        external_link: `https://console.cloud.google.com/compute/instanceTemplates/details/template-0?project=${p.projectId}`,
      },
    });
    // the zonal groups are made from template-0, the regional ones from template-1
    const d = data(m);
    expect([...d.in_used_by].sort()).toEqual(p.zones.map((z) => `mig-${z}`).sort());
    const zonal = p.instanceGroupManager('us-central1-a');
    expect(d.instance_groups).toContainEqual({
      id: zonal.id,
      name: zonal.name,
      description: null,
      self_link: zonal.selfLink,
      creation_timestamp: zonal.creationTimestamp,
    });
    const { in_used_by, instance_groups, ...rest } = d;
    expect(in_used_by).toHaveLength(instance_groups.length);
    const image = raw.properties!.disks![0].initializeParams!.sourceImage!;
    expect(rest).toEqual({
      id: raw.id,
      name: 'template-0',
      project: p.projectId,
      self_link: raw.selfLink,
      google_cloud_logging: {
        name: `projects/${p.projectId}`,
        resource_id: raw.id,
        filters: [
          {
            resource_type: 'gce_instance_template',
            labels: [{ key: 'resource.labels.instance_template_id', value: raw.id }],
          },
        ],
      },
      description: 'Template 0',
      fingerprint: '',
      disk_display: 'pd-balanced',
      image: image.split('/images/')[1],
      machine_type: raw.properties!.machineType,
      ip_forward: false,
      scheduling: { on_host_maintenance: 'MIGRATE', automatic_restart: 'On', preemptibility: 'Off' },
      network_tags: raw.properties!.tags!.items,
      disks: [
        {
          device_index: null,
          device: 'persistent-disk-0',
          device_type: 'PERSISTENT',
          device_mode: 'READ_WRITE',
          size: 20 * GIB,
          tags: {
            disk_type: 'pd-balanced',
            source_image: image,
            source_image_display: image.split('/images/')[1],
            auto_delete: true,
            read_iops: 20 * 6,
            write_iops: 20 * 6,
            read_throughput: 20 * 0.28,
            write_throughput: 20 * 0.28,
          },
        },
      ],
      network_interfaces: [
        {
          name: null,
          network: raw.properties!.networkInterfaces![0].network,
          network_display: raw.properties!.networkInterfaces![0].network!.split('/networks/')[1],
          configs: [],
          network_tier: [],
          access_configs: [],
          kind: null,
        },
      ],
      service_account: raw.properties!.serviceAccounts![0],
      labels: [{ key: 'template', value: '0' }],
      kind: 'compute#instanceTemplate',
      creation_timestamp: raw.creationTimestamp,
    });
    const regional = data(resource('InstanceTemplate', 'template-1'));
    expect([...regional.in_used_by].sort()).toEqual(
      p
        .regionalGroupRegions()
        .map((r) => `rmig-${r}`)
        .sort(),
    );
    expect(regional.instance_groups.map((g: { self_link: string }) => g.self_link).sort()).toEqual(
      p
        .regionalGroupRegions()
        .map((r) => p.base(`regions/${r}/instanceGroupManagers/rmig-${r}`))
        .sort(),
    );
  });

  it('the types` tables are upstream`s columns, badges and optional columns', () => {
    const columns = (type: string) =>
      tableOf(type).view.table.layout.options.fields.map((f: { name: string; key: string }) => `${f.name}=${f.key}`);
    expect(columns('Disk')).toEqual([
      'ID=data.id',
      'Zone=data.zone',
      'Source Image=data.source_image_display',
      'Disk Type=data.disk_type',
      'Size=data.size',
      'In Used By=data.in_used_by',
      'Snapshot Schedule=data.snapshot_schedule_display',
      'Read IOPS=data.read_iops',
      'Write IOPS=data.write_iops',
      'Read Throughput(MB/s)=data.read_throughput',
      'Write Throughput(MB/s)=data.write_throughput',
      'Creation Time=data.creation_timestamp',
    ]);
    const diskType = tableOf('Disk').view.table.layout.options.fields[3];
    expect(diskType).toEqual({
      key: 'data.disk_type',
      name: 'Disk Type',
      type: 'enum',
      options: {
        'local-ssd': { type: 'badge', options: { outline_color: 'primary' } },
        'pd-balanced': { type: 'badge', options: { outline_color: 'indigo.500' } },
        'pd-ssd': { type: 'badge', options: { outline_color: 'coral.600' } },
        'pd-standard': { type: 'badge', options: { outline_color: 'peacock.500' } },
      },
    });
    expect(columns('Snapshot')).toEqual([
      'Status=data.status',
      'Location=data.storage_locations',
      'SnapShot Size=data.disk.storage_bytes',
      'Creation Type=data.creation_type',
      'Source Disk=data.disk.source_disk_display',
      'Disk Size=data.disk.disk_size',
      'Creation Time=data.creation_timestamp',
    ]);
    expect(tableOf('Snapshot').view.table.layout.options.fields[0].options).toEqual({
      READY: { type: 'state', options: { icon: { color: 'green.500' } } },
      CREATING: { type: 'state', options: { icon: { color: 'yellow.500' } } },
      UPLOADING: { type: 'state', options: { icon: { color: 'yellow.500' } } },
      DELETING: { type: 'state', options: { icon: { color: 'yellow.500' } } },
      FAILED: { type: 'state', options: { text_color: 'red.500', icon: { color: 'red.500' } } },
    });
    expect(columns('MachineImage')).toEqual([
      'Source Instance=data.machine.source_image_from',
      'Machine Type=data.machine.machine_type',
      'Storage location=data.storage_locations',
      'Creation Time=data.creation_timestamp',
      'ID=data.id',
      'Description=data.description',
      'Service accounts=data.service_account.email',
      'Total Storage Bytes=data.total_storage_bytes',
    ]);
    expect(columns('InstanceTemplate')).toEqual([
      'Name=data.name',
      'Machine Type=data.machine_type',
      'Image=data.image',
      'Disk Type=data.disk_display',
      'In Used By=data.in_used_by',
      'Self Link=data.self_link',
      'Network Tags=data.network_tags',
      'Fingerprint=data.fingerprint',
      'Machine Type=data.machine_type',
      'Creation Time=data.creation_timestamp',
    ]);
    const inUsedBy = tableOf('InstanceTemplate').view.table.layout.options.fields[4];
    expect(inUsedBy.options).toEqual({
      delimiter: '<br>',
      item: { type: 'badge', options: { outline_color: 'violet.500' } },
    });
    expect(tableOf('InstanceTemplate').view.table.layout.options.fields[6].options).toEqual({ is_optional: true });
  });
});

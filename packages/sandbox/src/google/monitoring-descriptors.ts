/** One Cloud Monitoring metric descriptor, as `projects.metricDescriptors.list` answers it. */
export interface MetricDescriptor {
  name: string;
  type: string;
  displayName: string;
  description: string;
  metricKind: 'GAUGE' | 'DELTA' | 'CUMULATIVE';
  valueType: 'DOUBLE' | 'INT64' | 'BOOL' | 'DISTRIBUTION';
  unit: string;
  labels: { key: string; description: string; valueType?: string }[];
  monitoredResourceTypes: string[];
  metadata: { launchStage: string; samplePeriod: string; ingestDelay: string };
  launchStage: string;
}

/** A metric the sandbox serves: its descriptor's facts and the scale of its raw samples. */
export interface MonitoringMetricSpec {
  type: string;
  displayName: string;
  metricKind: MetricDescriptor['metricKind'];
  valueType: MetricDescriptor['valueType'];
  unit: string;
  /** Typical raw (per minute) sample: a fraction for `10^2.%`, bytes per minute for `By`, … */
  scale: number;
  resourceType: string;
  /** The same sample every minute, no gap (a bucket's stored objects and bytes). */
  steady?: boolean;
}

const GCE = 'gce_instance';

/**
 * The sandbox's catalogue, modelled on Compute Engine's and Cloud Storage's published metric list
 * (types, kinds, value types, units). The last three instance metrics stand for the kinds and value
 * types a chart cannot draw (CUMULATIVE, BOOL, DISTRIBUTION), which the data source must leave out;
 * `instance_group/size` shares the `compute.googleapis.com/instance` prefix but is of another
 * monitored resource (no `instance_id` label).
 */
export const MONITORING_METRICS: readonly MonitoringMetricSpec[] = [
  spec('compute.googleapis.com/instance/cpu/utilization', 'CPU utilization', 'GAUGE', 'DOUBLE', '10^2.%', 0.45),
  spec('compute.googleapis.com/instance/cpu/reserved_cores', 'Reserved vCPUs', 'GAUGE', 'DOUBLE', '1', 2),
  spec('compute.googleapis.com/instance/cpu/usage_time', 'CPU usage', 'DELTA', 'DOUBLE', 's{CPU}', 30),
  spec(
    'compute.googleapis.com/instance/cpu/scheduler_wait_time',
    'Scheduler wait time',
    'DELTA',
    'DOUBLE',
    's{idle}',
    0.4,
  ),
  spec('compute.googleapis.com/instance/uptime', 'Uptime', 'DELTA', 'DOUBLE', 's{uptime}', 60),
  spec('compute.googleapis.com/instance/uptime_total', 'Uptime Total', 'GAUGE', 'INT64', 's', 3_000_000),
  spec('compute.googleapis.com/instance/disk/read_bytes_count', 'Disk read bytes', 'DELTA', 'INT64', 'By', 4_000_000),
  spec('compute.googleapis.com/instance/disk/write_bytes_count', 'Disk write bytes', 'DELTA', 'INT64', 'By', 9_000_000),
  spec('compute.googleapis.com/instance/disk/read_ops_count', 'Disk read operations', 'DELTA', 'INT64', '1', 300),
  spec(
    'compute.googleapis.com/instance/network/received_bytes_count',
    'Received bytes',
    'DELTA',
    'INT64',
    'By',
    2_500_000,
  ),
  spec('compute.googleapis.com/instance/network/sent_bytes_count', 'Sent bytes', 'DELTA', 'INT64', 'By', 1_800_000),
  spec(
    'compute.googleapis.com/instance/memory/balloon/ram_used',
    'VM Memory Used',
    'GAUGE',
    'INT64',
    'By',
    2_000_000_000,
  ),
  spec(
    'compute.googleapis.com/instance/network/received_bytes_cumulative',
    'Received bytes (cumulative)',
    'CUMULATIVE',
    'INT64',
    'By',
    1,
  ),
  spec('compute.googleapis.com/instance/integrity/shielded_vm_enabled', 'Shielded VM enabled', 'GAUGE', 'BOOL', '', 1),
  spec('compute.googleapis.com/instance/disk/io_latencies', 'Disk I/O latencies', 'DELTA', 'DISTRIBUTION', 'ms', 1),
  {
    ...spec('compute.googleapis.com/instance_group/size', 'Instance group size', 'GAUGE', 'INT64', '1', 3),
    resourceType: 'instance_group',
  },
  {
    ...spec('storage.googleapis.com/storage/total_bytes', 'Total bytes', 'GAUGE', 'DOUBLE', 'By', 5e9),
    resourceType: 'gcs_bucket',
    steady: true,
  },
  {
    ...spec('storage.googleapis.com/storage/object_count', 'Object count', 'GAUGE', 'INT64', '1', 20_000),
    resourceType: 'gcs_bucket',
    steady: true,
  },
  {
    ...spec('storage.googleapis.com/api/request_count', 'Request count', 'DELTA', 'INT64', '1', 40),
    resourceType: 'gcs_bucket',
  },
];

function spec(
  type: string,
  displayName: string,
  metricKind: MonitoringMetricSpec['metricKind'],
  valueType: MonitoringMetricSpec['valueType'],
  unit: string,
  scale: number,
): MonitoringMetricSpec {
  return { type, displayName, metricKind, valueType, unit, scale, resourceType: GCE };
}

/** The labels of each monitored resource type (what `resource.labels.<key>` clauses can name). */
export const MONITORED_RESOURCE_LABELS: Record<string, readonly string[]> = {
  gce_instance: ['project_id', 'instance_id', 'zone'],
  instance_group: ['project_id', 'location', 'instance_group_id', 'instance_group_name'],
  gcs_bucket: ['project_id', 'bucket_name', 'location'],
};

export function monitoringMetricSpec(type: string): MonitoringMetricSpec | undefined {
  return MONITORING_METRICS.find((m) => m.type === type);
}

export function descriptorOf(projectId: string, m: MonitoringMetricSpec): MetricDescriptor {
  return {
    name: `projects/${projectId}/metricDescriptors/${m.type}`,
    type: m.type,
    displayName: m.displayName,
    description: `${m.displayName} of the ${m.resourceType} (sandbox).`,
    metricKind: m.metricKind,
    valueType: m.valueType,
    unit: m.unit,
    labels:
      m.resourceType === GCE
        ? [{ key: 'instance_name', description: 'The name of the VM instance.' }]
        : m.steady
          ? [{ key: 'storage_class', description: 'The storage class of the data.' }]
          : [],
    monitoredResourceTypes: [m.resourceType],
    metadata: { launchStage: 'GA', samplePeriod: '60s', ingestDelay: '240s' },
    launchStage: 'GA',
  };
}

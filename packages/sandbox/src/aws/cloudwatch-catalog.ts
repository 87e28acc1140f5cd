import type { Ec2Region } from './ec2-world';

/** A CloudWatch dimension, as the API writes it. */
export interface Dimension {
  Name: string;
  Value: string;
}

/** One metric as ListMetrics answers it. */
export interface CloudWatchMetric {
  Namespace: string;
  MetricName: string;
  Dimensions: Dimension[];
}

/** A metric name of a namespace, with the unit its data points carry and the scale of its values. */
export interface MetricSpec {
  name: string;
  unit: string;
  /** Values are drawn around this; Percent metrics stay within 0..100. */
  scale: number;
  /** Extra dimensions after the resource's own (CWAgent's disk metrics carry path, device, fstype). */
  extra?: Dimension[];
}

const EC2: MetricSpec[] = [
  ['CPUUtilization', 'Percent', 40],
  ['NetworkIn', 'Bytes', 5e6],
  ['NetworkOut', 'Bytes', 3e6],
  ['NetworkPacketsIn', 'Count', 4e3],
  ['NetworkPacketsOut', 'Count', 3e3],
  ['DiskReadOps', 'Count', 50],
  ['DiskWriteOps', 'Count', 80],
  ['DiskReadBytes', 'Bytes', 2e5],
  ['DiskWriteBytes', 'Bytes', 4e5],
  ['EBSReadOps', 'Count', 300],
  ['EBSWriteOps', 'Count', 600],
  ['EBSReadBytes', 'Bytes', 1e6],
  ['EBSWriteBytes', 'Bytes', 2e6],
  ['EBSIOBalance%', 'Percent', 90],
  ['EBSByteBalance%', 'Percent', 90],
  ['StatusCheckFailed', 'Count', 0.02],
  ['StatusCheckFailed_Instance', 'Count', 0.01],
  ['StatusCheckFailed_System', 'Count', 0.01],
  ['MetadataNoToken', 'Count', 1],
].map(([name, unit, scale]) => ({ name: name as string, unit: unit as string, scale: scale as number }));

/** What the CloudWatch agent publishes on the instances that run it; `app_request_count` is a custom metric. */
const CWAGENT: MetricSpec[] = [
  { name: 'mem_used_percent', unit: 'Percent', scale: 55 },
  { name: 'swap_used_percent', unit: 'Percent', scale: 5 },
  {
    name: 'disk_used_percent',
    unit: 'Percent',
    scale: 35,
    extra: [
      { Name: 'path', Value: '/' },
      { Name: 'device', Value: 'nvme0n1p1' },
      { Name: 'fstype', Value: 'xfs' },
    ],
  },
  { name: 'app_request_count', unit: 'Count/Second', scale: 120 },
];

const EBS: MetricSpec[] = [
  ['VolumeReadBytes', 'Bytes', 3e5],
  ['VolumeWriteBytes', 'Bytes', 6e5],
  ['VolumeReadOps', 'Count', 40],
  ['VolumeWriteOps', 'Count', 70],
  ['VolumeIdleTime', 'Seconds', 200],
  ['VolumeQueueLength', 'Count', 0.5],
].map(([name, unit, scale]) => ({ name: name as string, unit: unit as string, scale: scale as number }));

/** A namespace the sandbox publishes: its metric names and the resources (index space) that report them. */
interface Namespace {
  metrics: MetricSpec[];
  dimension: string;
  /** The end of the resource index space. */
  end(world: Ec2Region): number;
  /** The id of resource `i`, or undefined where it publishes nothing here. */
  idOf(world: Ec2Region, i: number): string | undefined;
  indexOf(world: Ec2Region, id: string): number | undefined;
}

/** Instances running the agent: every third one (index 0, 3, 6, …), so lists differ between instances. */
export const runsCloudWatchAgent = (i: number) => i % 3 === 0;

const instanceIndex = (world: Ec2Region, id: string) => {
  const i = world.indexOf('i', 'instance', id);
  return i !== undefined && i < world.instanceCount ? i : undefined;
};

const NAMESPACES: Record<string, Namespace> = {
  'AWS/EC2': {
    metrics: EC2,
    dimension: 'InstanceId',
    end: (w) => w.instanceCount,
    idOf: (w, i) => w.instanceId(i),
    indexOf: instanceIndex,
  },
  CWAgent: {
    metrics: CWAGENT,
    dimension: 'InstanceId',
    end: (w) => w.instanceCount,
    idOf: (w, i) => (runsCloudWatchAgent(i) ? w.instanceId(i) : undefined),
    indexOf: (w, id) => {
      const i = instanceIndex(w, id);
      return i !== undefined && runsCloudWatchAgent(i) ? i : undefined;
    },
  },
  'AWS/EBS': {
    metrics: EBS,
    dimension: 'VolumeId',
    end: (w) => w.volumeIndexEnd(),
    idOf: (w, v) => (w.volume(v) ? w.volumeId(v) : undefined),
    indexOf: (w, id) => {
      const v = w.indexOf('vol', 'volume', id);
      return v !== undefined && w.volume(v) ? v : undefined;
    },
  },
};

/** The metric specs a namespace publishes (for tests: the units ListMetrics' metrics carry). */
export function cloudWatchMetricSpecs(namespace: string): readonly MetricSpec[] {
  return NAMESPACES[namespace]?.metrics ?? [];
}

/**
 * The metrics of a namespace in one region, as an index space `[0, end)` that pages lazily: index
 * `i * m + k` is metric `k` of resource `i`. `filter` keeps metrics whose dimensions include each
 * given Name (and Value, when given), as ListMetrics does.
 */
export function metricSpace(
  world: Ec2Region,
  namespace: string,
  metricName: string | undefined,
  filter: { Name: string; Value?: string }[],
): { end: number; get(index: number): CloudWatchMetric | undefined } {
  const ns = NAMESPACES[namespace];
  if (!ns) return { end: 0, get: () => undefined };
  const m = ns.metrics.length;
  const make = (i: number, k: number): CloudWatchMetric | undefined => {
    const spec = ns.metrics[k];
    const id = ns.idOf(world, i);
    if (id === undefined || (metricName && spec.name !== metricName)) return undefined;
    const metric = { Namespace: namespace, MetricName: spec.name, Dimensions: dimensionsOf(ns.dimension, id, spec) };
    const matches = filter.every((f) =>
      metric.Dimensions.some((d) => d.Name === f.Name && (f.Value === undefined || d.Value === f.Value)),
    );
    return matches ? metric : undefined;
  };
  const pinned = filter.find((f) => f.Name === ns.dimension && f.Value !== undefined);
  if (pinned) {
    const i = ns.indexOf(world, pinned.Value!);
    return { end: i === undefined ? 0 : m, get: (k) => (i === undefined ? undefined : make(i, k)) };
  }
  return { end: ns.end(world) * m, get: (index) => make(Math.floor(index / m), index % m) };
}

/** The spec of a metric the region publishes (namespace, name and the exact dimension set), or undefined. */
export function publishedSpec(world: Ec2Region, metric: CloudWatchMetric): MetricSpec | undefined {
  const ns = NAMESPACES[metric.Namespace];
  const spec = ns?.metrics.find((s) => s.name === metric.MetricName);
  const own = metric.Dimensions.find((d) => d.Name === ns?.dimension);
  if (!ns || !spec || !own || ns.indexOf(world, own.Value) === undefined) return undefined;
  const expected = dimensionsOf(ns.dimension, own.Value, spec);
  const same =
    expected.length === metric.Dimensions.length &&
    expected.every((d) => metric.Dimensions.some((x) => x.Name === d.Name && x.Value === d.Value));
  return same ? spec : undefined;
}

function dimensionsOf(dimension: string, id: string, spec: MetricSpec): Dimension[] {
  return [{ Name: dimension, Value: id }, ...(spec.extra ?? [])];
}

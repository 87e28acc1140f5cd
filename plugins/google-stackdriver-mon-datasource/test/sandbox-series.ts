// What the sandbox's Cloud Monitoring holds, recomputed from its seed: the expectations of the tests.
import { monitoringMetricSpec, monitoringSeries, type GcpSandbox, type MonitoringAligner } from '@cloudforet/sandbox';

export const INSTANCE_METRICS = 'compute.googleapis.com/instance';
export const CPU = 'compute.googleapis.com/instance/cpu/utilization';

/** An instance's `data.google_cloud_monitoring` exactly as plugins/google-cloud-inven-collector emits it (its collect test pins the shape). */
export function instanceMonitoring(projectId: string, instanceId: string) {
  return {
    name: `projects/${projectId}`,
    resource_id: instanceId,
    filters: [{ metric_type: INSTANCE_METRICS, labels: [{ key: 'resource.labels.instance_id', value: instanceId }] }],
  };
}

/** The metric_query Metric.list gives for one metric of the instance, with the region_name monitoring injects. */
export function instanceQuery(projectId: string, instanceId: string, metricType = CPU, region = 'us-central1') {
  return {
    name: `projects/${projectId}`,
    resource_id: instanceId,
    filter: { metric_type: metricType, labels: [{ key: 'resource.labels.instance_id', value: instanceId }] },
    region_name: region,
  };
}

const ALIGNER: Record<string, MonitoringAligner> = {
  MEAN: 'ALIGN_MEAN',
  MAX: 'ALIGN_MAX',
  MIN: 'ALIGN_MIN',
  SUM: 'ALIGN_SUM',
};

/**
 * The instance's value at each label, as the plugin must answer it: each of its series (stream 0, 1,
 * …) from the sandbox's formula, x100 for `10^2.%`, timed at the point interval's midpoint, combined
 * per timestamp by the stat; null where no series has a point.
 */
export function expectedValues(
  gcp: GcpSandbox,
  instanceId: string,
  metricType: string,
  { stat, period, start, end, labels }: { stat: string; period: number; start: string; end: string; labels: string[] },
): (number | null)[] {
  const spec = monitoringMetricSpec(metricType)!;
  const scale = spec.unit === '10^2.%' ? 100 : 1;
  const shift = spec.metricKind === 'DELTA' ? (period * 1000) / 2 : 0;
  const byTime = new Map<number, number[]>();
  for (let k = 0; k < gcp.monitoring.seriesPerInstance; k++)
    for (const p of monitoringSeries(
      { seed: gcp.project.seed, spec, instanceId, series: k },
      { start: Date.parse(start) / 1000, end: Date.parse(end) / 1000, period, aligner: ALIGNER[stat] },
    )) {
      const t = p.end * 1000 - shift;
      byTime.set(t, [...(byTime.get(t) ?? []), p.value * scale]);
    }
  return labels.map((l) => {
    const vs = byTime.get(Date.parse(l));
    if (!vs) return null;
    if (vs.length === 1) return vs[0];
    const sum = vs.reduce((a, b) => a + b, 0);
    return stat === 'MAX' ? Math.max(...vs) : stat === 'MIN' ? Math.min(...vs) : stat === 'SUM' ? sum : sum / vs.length;
  });
}

/** The first `count` instances of the sandbox's project, zone by zone. */
export function instanceIds(gcp: GcpSandbox, count: number): string[] {
  const ids: string[] = [];
  for (const zone of gcp.project.zones)
    for (let i = 0; i < gcp.project.instancesPerZone && ids.length < count; i++)
      ids.push(gcp.project.instance(zone, i).id!);
  return ids;
}

/** The first of `ids` whose CPU series has no gap over the last day (the sandbox takes some instances down 90 minutes a day). */
export function withoutOutage(gcp: GcpSandbox, ids: string[]): string {
  const end = Math.floor(Date.now() / 60_000) * 60;
  const spec = monitoringMetricSpec(CPU)!;
  const full = (id: string) =>
    monitoringSeries(
      { seed: gcp.project.seed, spec, instanceId: id, series: 0 },
      { start: end - 86_400, end, period: 60, aligner: 'ALIGN_NONE' },
    ).length === 1440;
  return ids.find(full) ?? ids[0];
}

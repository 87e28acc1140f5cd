import {
  alignedAnswer,
  invalidParameter,
  invalidParameterType,
  requiredParameter,
  type MetricSeries,
} from '@cloudforet/plugin-core';
import { googleErrorText, pointValue, type MonitoringPoint, type TimeSeriesPage } from '@cloudforet/plugin-core/google';
import { scaleOf } from './known-units';
import { filterOf, labelsOf, metricTypeOf, projectNameOf, quoted, type FilterLabel } from './monitoring-filter';
import { monitoringError, type MonitoringSession } from './monitoring-session';
import { alignerOf, type Stat } from './stat-period';

/** Points asked per timeSeries.list page (Cloud Monitoring's most, in the FULL view). */
const PAGE_SIZE = 100_000;

/** One resource of a get_data call: its cloud_service_id and the series to read for it. */
export interface ResourceQuery {
  id: string;
  name: string;
  metricType: string;
  labels: FilterLabel[];
}

export interface DataQuery {
  resources: ResourceQuery[];
  start: Date;
  end: Date;
  period: number;
  stat: Stat;
}

/**
 * `metric_query` as monitoring sends it, `{<cloud_service_id>: {name, resource_id, filter: {metric_type,
 * labels}, region_name}}`, or INVALID_ARGUMENT naming the key. An entry without `filter.metric_type`
 * reads `metric`.
 */
export function resourcesOf(metricQuery: unknown, metric: string | undefined): ResourceQuery[] {
  if (metricQuery === undefined || metricQuery === null) throw requiredParameter('metric_query');
  if (typeof metricQuery !== 'object' || Array.isArray(metricQuery))
    throw invalidParameterType('metric_query', 'object keyed by cloud_service_id');
  const entries = Object.entries(metricQuery as Record<string, unknown>);
  if (entries.length === 0) throw invalidParameter('metric_query', 'names no resource');
  return entries.map(([id, entry]) => {
    const at = `metric_query.${id}`;
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) throw invalidParameterType(at, 'object');
    const q = entry as Record<string, unknown>;
    const filter = q.filter ?? {};
    if (typeof filter !== 'object' || Array.isArray(filter)) throw invalidParameterType(`${at}.filter`, 'object');
    const f = filter as Record<string, unknown>;
    return {
      id,
      name: projectNameOf(q.name, `${at}.name`),
      metricType: metricTypeOf(f.metric_type ?? metric, `${at}.filter.metric_type`),
      labels: labelsOf(f.labels, `${at}.filter.labels`),
    };
  });
}

/**
 * Every resource's series: one timeSeries.list per resource (every page followed), the resources
 * concurrently (the session's bound of 16). A resource with several series (disks, devices, …) gets
 * them combined per timestamp by the stat itself (MEAN: their mean, MAX: max, MIN: min, SUM: sum), in
 * the order of their sorted labels, so the answer never depends on Google's order. A point's time is
 * its interval's midpoint (upstream's label); `10^2.%` values are x100. A resource whose reads fail
 * keeps an all-null series and a warning names it; the call fails only when every resource failed.
 */
export async function getMetricData(
  session: MonitoringSession,
  query: DataQuery,
): Promise<{ labels: string[]; values: Record<string, (number | null)[]> }> {
  const series = new Map<string, MetricSeries>();
  const failures: unknown[] = [];
  await Promise.all(
    query.resources.map(async (r) => {
      try {
        series.set(r.id, combine(await seriesOf(session, r, query), query.stat));
      } catch (error) {
        if (session.signal.aborted) throw error;
        failures.push(error);
        session.log.warn(
          { resource: r.id, metric: r.metricType, error: googleErrorText(error) },
          'timeSeries.list failed for this resource; it answers no data',
        );
      }
    }),
  );
  if (series.size === 0 && failures.length > 0) throw monitoringError(failures[0], 'timeSeries.list');
  return alignedAnswer(
    query.resources.map((r) => r.id),
    series,
  );
}

/** The resource's series, each as (epoch ms → value), every page followed. */
async function seriesOf(session: MonitoringSession, r: ResourceQuery, q: DataQuery): Promise<MetricSeries[]> {
  const out: { key: string; points: MetricSeries }[] = [];
  let pageToken: string | undefined;
  do {
    const page = await session.get<TimeSeriesPage>(`${r.name}/timeSeries`, {
      filter: filterOf(quoted(r.metricType), r.labels),
      'interval.startTime': q.start.toISOString(),
      'interval.endTime': q.end.toISOString(),
      'aggregation.alignmentPeriod': `${q.period}s`,
      'aggregation.perSeriesAligner': alignerOf(q.stat),
      'aggregation.crossSeriesReducer': 'REDUCE_NONE',
      view: 'FULL',
      pageSize: String(PAGE_SIZE),
      pageToken,
    });
    for (const s of page.timeSeries ?? []) {
      const scale = scaleOf(s.unit ?? page.unit);
      const points: MetricSeries = new Map();
      for (const p of s.points ?? []) {
        const t = labelTime(p);
        const v = pointValue(p);
        if (t !== undefined && v !== undefined) points.set(t, v * scale);
      }
      out.push({ key: JSON.stringify([s.resource?.labels ?? {}, s.metric?.labels ?? {}], sortedKeys), points });
    }
    pageToken = page.nextPageToken || undefined;
  } while (pageToken);
  return out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map((s) => s.points);
}

/** Upstream's label: the midpoint of the point's interval (its end for a gauge's instant). */
function labelTime(p: MonitoringPoint): number | undefined {
  const end = Date.parse(p.interval?.endTime ?? '');
  if (Number.isNaN(end)) return undefined;
  const start = Date.parse(p.interval?.startTime ?? '');
  return Number.isNaN(start) ? end : Math.round((start + end) / 2);
}

/** Several series of one resource as one, per timestamp, by the stat (one series is kept as it is). */
export function combine(series: MetricSeries[], stat: Stat): MetricSeries {
  if (series.length === 1) return series[0];
  const grouped = new Map<number, number[]>();
  for (const s of series) for (const [t, v] of s) grouped.set(t, [...(grouped.get(t) ?? []), v]);
  const out: MetricSeries = new Map();
  for (const [t, vs] of grouped) {
    const sum = vs.reduce((a, b) => a + b, 0);
    out.set(
      t,
      stat === 'MAX' ? Math.max(...vs) : stat === 'MIN' ? Math.min(...vs) : stat === 'SUM' ? sum : sum / vs.length,
    );
  }
  return out;
}

/** JSON.stringify replacer that writes object keys sorted (a stable key for a series' labels). */
function sortedKeys(_key: string, value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)));
}

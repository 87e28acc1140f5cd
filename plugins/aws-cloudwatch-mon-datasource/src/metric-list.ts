import {
  GetMetricStatisticsCommand,
  ListMetricsCommand,
  type GetMetricStatisticsCommandOutput,
  type ListMetricsCommandOutput,
  type Metric,
} from '@aws-sdk/client-cloudwatch';
import { invalidParameter, invalidParameterType } from '@cloudforet/plugin-core';
import { awsErrorText } from '@cloudforet/plugin-core/aws';
import type { MetricInfo } from '@cloudforet/api/gen/spaceone/api/monitoring/plugin/metric';
import { regionOf } from './aws-region';
import type { CloudWatchSession } from './cloudwatch-session';
import { dimensionsOf, type Dimension } from './dimensions';
import { knownUnit } from './known-units';

/** Distinct `metrics_info` entries one query may hold (a resource has one or two). */
export const MAX_ENTRIES = 50;

/** At most this many unit lookups (one GetMetricStatistics each) per list: custom metrics past it get ''. */
export const UNIT_LOOKUPS = 20;

interface MetricsEntry {
  Namespace: string;
  Dimensions: Dimension[];
}

/** The resource's `data.cloudwatch`: `{region_name, metrics_info: [{Namespace, Dimensions}]}`. */
export function listQueryOf(query: Record<string, unknown> | undefined): { region: string; entries: MetricsEntry[] } {
  const region = regionOf(query?.region_name, 'query.region_name');
  const info = query?.metrics_info;
  if (info === undefined || info === null) return { region, entries: [] };
  if (!Array.isArray(info)) throw invalidParameterType('query.metrics_info', 'list');
  const entries = info.flatMap((entry: unknown, i): MetricsEntry[] => {
    const at = `query.metrics_info[${i}]`;
    if (!entry || typeof entry !== 'object') throw invalidParameterType(at, 'object');
    const { Namespace, Dimensions } = entry as Record<string, unknown>;
    // Upstream skips an entry without both (a resource type with no metrics of its own).
    if (!Namespace || !Dimensions) return [];
    if (typeof Namespace !== 'string') throw invalidParameterType(`${at}.Namespace`, 'string');
    return [{ Namespace, Dimensions: dimensionsOf(Dimensions, `${at}.Dimensions`) }];
  });
  const distinct = [...new Map(entries.map((e) => [JSON.stringify(e), e])).values()];
  if (distinct.length > MAX_ENTRIES)
    throw invalidParameter('query.metrics_info', `${distinct.length} distinct entries, at most ${MAX_ENTRIES}`);
  return { region, entries: distinct };
}

/**
 * The resource's metrics: ListMetrics per entry (pages followed), units from AWS's documented
 * table, and one bounded pass of GetMetricStatistics for the custom metrics the table lacks. A metric
 * name met twice (CWAgent's disk metrics per path) keeps its first dimension set: monitoring keys
 * metrics by name.
 */
export async function listMetrics(
  session: CloudWatchSession,
  query: Record<string, unknown> | undefined,
): Promise<MetricInfo[]> {
  const { region, entries } = listQueryOf(query);
  const lists = await Promise.all(entries.map((entry) => metricsOf(session, region, entry)));
  const seen = new Set<string>();
  const metrics = lists.flat().filter((m) => !seen.has(m.MetricName!) && seen.add(m.MetricName!));
  const lookups = metrics.filter((m) => !knownUnit(m.Namespace!, m.MetricName!)).slice(0, UNIT_LOOKUPS);
  const looked = new Map(await Promise.all(lookups.map(async (m) => [m, await unitOf(session, region, m)] as const)));
  return metrics.map((m) => ({
    key: m.MetricName!,
    name: m.MetricName!,
    group: m.Namespace!,
    unit: { x: 'Timestamp', y: knownUnit(m.Namespace!, m.MetricName!) ?? looked.get(m) ?? '' },
    metric_query: { Namespace: m.Namespace, MetricName: m.MetricName, Dimensions: m.Dimensions ?? [] },
  }));
}

async function metricsOf(session: CloudWatchSession, region: string, entry: MetricsEntry): Promise<Metric[]> {
  const out: Metric[] = [];
  let token: string | undefined;
  do {
    const page = await session.send<ListMetricsCommandOutput>(
      region,
      new ListMetricsCommand({ Namespace: entry.Namespace, Dimensions: entry.Dimensions, NextToken: token }),
    );
    out.push(...(page.Metrics ?? []).filter((m) => m.MetricName));
    token = page.NextToken;
  } while (token);
  return out;
}

/**
 * Upstream's lookup: the unit of the metric's data points of the last hour ('' without any, or for
 * `None`). A failed lookup leaves the unit '' rather than failing the list (ListMetrics worked).
 */
async function unitOf(session: CloudWatchSession, region: string, metric: Metric): Promise<string> {
  const end = new Date();
  const out = await session
    .send<GetMetricStatisticsCommandOutput>(
      region,
      new GetMetricStatisticsCommand({
        Namespace: metric.Namespace,
        MetricName: metric.MetricName,
        Dimensions: metric.Dimensions,
        StartTime: new Date(end.getTime() - 3_600_000),
        EndTime: end,
        Period: 600,
        Statistics: ['SampleCount'],
      }),
    )
    .catch((error: unknown) => {
      if (session.signal.aborted) throw error;
      session.log.warn({ metric: metric.MetricName, error: awsErrorText(error) }, 'unit lookup failed');
      return undefined;
    });
  return out?.Datapoints?.find((p) => p.Unit && p.Unit !== 'None')?.Unit ?? '';
}

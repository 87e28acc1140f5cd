import {
  GetMetricDataCommand,
  type GetMetricDataCommandOutput,
  type MetricDataQuery,
} from '@aws-sdk/client-cloudwatch';
import {
  alignedAnswer,
  invalidParameter,
  invalidParameterType,
  requiredParameter,
  type MetricSeries,
} from '@cloudforet/plugin-core';
import { awsErrorCode, awsErrorText } from '@cloudforet/plugin-core/aws';
import { DEFAULT_REGION, regionOf } from './aws-region';
import { cloudWatchError, type CloudWatchSession } from './cloudwatch-session';
import { dimensionsOf, type Dimension } from './dimensions';

/** MetricDataQueries one GetMetricData call takes (CloudWatch's limit). */
export const QUERIES_PER_CALL = 500;

/** One resource of a get_data call: its cloud_service_id and the metric to read for it. */
export interface ResourceQuery {
  id: string;
  region: string;
  metric: { Namespace: string; MetricName: string; Dimensions: Dimension[] };
}

export interface DataQuery {
  resources: ResourceQuery[];
  start: Date;
  end: Date;
  period: number;
  stat: string;
}

/** Codes of a request CloudWatch refuses as malformed: the batch is split to find the resource at fault. */
const MALFORMED = new Set([
  'InvalidParameterValue',
  'InvalidParameterValueException',
  'InvalidParameterCombination',
  'InvalidParameterCombinationException',
  'MissingParameter',
  'MissingRequiredParameterException',
]);

/**
 * `metric_query` as monitoring sends it, `{<cloud_service_id>: {Namespace, MetricName, Dimensions,
 * region_name}}`, or INVALID_ARGUMENT naming the key. An entry without `MetricName` reads `metric`.
 * An entry without a region (or `global`) reads upstream's: the first region of the query, else us-east-1.
 */
export function resourcesOf(metricQuery: unknown, metric: string | undefined): ResourceQuery[] {
  if (metricQuery === undefined || metricQuery === null) throw requiredParameter('metric_query');
  if (typeof metricQuery !== 'object' || Array.isArray(metricQuery))
    throw invalidParameterType('metric_query', 'object keyed by cloud_service_id');
  const entries = Object.entries(metricQuery as Record<string, unknown>);
  if (entries.length === 0) throw invalidParameter('metric_query', 'names no resource');
  const first = entries.find(([, q]) => {
    const region = (q as Record<string, unknown> | null)?.region_name;
    return typeof region === 'string' && region !== '' && region !== 'global';
  });
  const fallback = first
    ? regionOf((first[1] as Record<string, unknown>).region_name, `metric_query.${first[0]}.region_name`)
    : DEFAULT_REGION;
  return entries.map(([id, entry]) => {
    const at = `metric_query.${id}`;
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) throw invalidParameterType(at, 'object');
    const q = entry as Record<string, unknown>;
    if (typeof q.Namespace !== 'string' || q.Namespace === '') throw invalidParameterType(`${at}.Namespace`, 'string');
    const name = q.MetricName ?? metric;
    if (typeof name !== 'string' || name === '') throw invalidParameterType(`${at}.MetricName`, 'string');
    return {
      id,
      region: regionOf(q.region_name, `${at}.region_name`, fallback),
      metric: {
        Namespace: q.Namespace,
        MetricName: name,
        Dimensions: dimensionsOf(q.Dimensions ?? [], `${at}.Dimensions`),
      },
    };
  });
}

type Series = MetricSeries;

/**
 * Every resource's series: per region, GetMetricData batched at 500 queries with every NextToken
 * page followed, batches concurrently (the session's bound). A batch CloudWatch refuses as malformed
 * is halved until the resource at fault is found; a resource whose batch fails keeps an all-null
 * series and the others keep theirs (the call fails only when every resource failed). Labels are the
 * union of every timestamp answered, ascending; a resource without a point there gets null (a gap).
 */
export async function getMetricData(
  session: CloudWatchSession,
  query: DataQuery,
): Promise<{ labels: string[]; values: Record<string, (number | null)[]> }> {
  const series = new Map<string, Series>();
  const failures: unknown[] = [];
  const byRegion = new Map<string, ResourceQuery[]>();
  for (const r of query.resources) byRegion.set(r.region, [...(byRegion.get(r.region) ?? []), r]);
  const batches: Promise<void>[] = [];
  for (const [region, resources] of byRegion)
    for (let i = 0; i < resources.length; i += QUERIES_PER_CALL)
      batches.push(isolate(session, region, resources.slice(i, i + QUERIES_PER_CALL), query, series, failures));
  await Promise.all(batches);
  if (series.size === 0 && failures.length > 0) throw cloudWatchError(failures[0], 'GetMetricData');
  return alignedAnswer(
    query.resources.map((r) => r.id),
    series,
  );
}

async function isolate(
  session: CloudWatchSession,
  region: string,
  resources: ResourceQuery[],
  query: DataQuery,
  series: Map<string, Series>,
  failures: unknown[],
): Promise<void> {
  try {
    const got = await fetchBatch(session, region, resources, query);
    for (const [id, s] of got) series.set(id, s);
  } catch (error) {
    if (session.signal.aborted) throw error;
    if (resources.length > 1 && MALFORMED.has(awsErrorCode(error))) {
      const half = Math.ceil(resources.length / 2);
      await Promise.all([
        isolate(session, region, resources.slice(0, half), query, series, failures),
        isolate(session, region, resources.slice(half), query, series, failures),
      ]);
      return;
    }
    failures.push(error);
    session.log.warn(
      { region, resources: resources.map((r) => r.id), error: awsErrorText(error) },
      'GetMetricData failed for these resources; they answer no data',
    );
  }
}

/** One batch (at most 500 queries, one region), every page followed. */
async function fetchBatch(
  session: CloudWatchSession,
  region: string,
  resources: ResourceQuery[],
  query: DataQuery,
): Promise<Map<string, Series>> {
  const out = new Map<string, Series>(resources.map((r) => [r.id, new Map()]));
  const queries: MetricDataQuery[] = resources.map((r, k) => ({
    Id: `q${k}`,
    MetricStat: { Metric: r.metric, Period: query.period, Stat: query.stat },
    ReturnData: true,
  }));
  let token: string | undefined;
  do {
    const page = await session.send<GetMetricDataCommandOutput>(
      region,
      new GetMetricDataCommand({
        MetricDataQueries: queries,
        StartTime: query.start,
        EndTime: query.end,
        ScanBy: 'TimestampAscending',
        NextToken: token,
      }),
    );
    for (const result of page.MetricDataResults ?? []) {
      const k = Number(result.Id?.slice(1));
      const s = out.get(resources[k]?.id);
      if (!s) continue;
      result.Timestamps?.forEach((t, j) => {
        const v = result.Values?.[j];
        if (typeof v === 'number') s.set(t.getTime(), v);
      });
    }
    token = page.NextToken;
  } while (token);
  return out;
}

import { AwsError, pageOf, type AwsCall } from './aws-request';
import { metricSpace, publishedSpec, type CloudWatchMetric, type Dimension } from './cloudwatch-catalog';
import { CLOUDWATCH_STATISTICS, cloudWatchSeries, cloudWatchValue, isStat } from './cloudwatch-series';

type Result = Record<string, unknown>;

/** CloudWatch's documented limits. */
export const CLOUDWATCH_LIMITS = {
  /** MetricDataQueries per GetMetricData call. */
  queriesPerCall: 500,
  /** Data points one GetMetricData page answers (across its queries); more go to the next page. */
  dataPointsPerPage: 100_800,
  /** Data points one GetMetricStatistics call may cover. */
  statisticsPoints: 1_440,
  /** Metrics per ListMetrics page. */
  listPage: 500,
};

/** The JSON `__type` (shape name) of each query-compatible error code the stand-in answers. */
export const CLOUDWATCH_ERROR_TYPES: Record<string, string> = {
  InvalidParameterValue: 'InvalidParameterValueException',
  InvalidParameterCombination: 'InvalidParameterCombinationException',
  MissingParameter: 'MissingRequiredParameterException',
  InvalidNextToken: 'InvalidNextToken',
  Throttling: 'ThrottlingException',
  InternalServiceError: 'InternalServiceFault',
};

const invalid = (message: string) => new AwsError('InvalidParameterValue', message);

/** CloudWatch in the awsJson1_0 protocol the pinned client speaks; `dataPointsPerPage` overrides the page size. */
export function cloudWatchActions(dataPointsPerPage = CLOUDWATCH_LIMITS.dataPointsPerPage) {
  return {
    ListMetrics(call: AwsCall): Result {
      const { json, world } = call;
      const namespace = optionalString(json.Namespace, 'Namespace');
      const name = optionalString(json.MetricName, 'MetricName');
      const filter = dimensionsOf(json.Dimensions, 'Dimensions', false);
      if (!namespace) throw new AwsError('MissingParameter', 'The parameter Namespace is required.');
      const space = metricSpace(world, namespace, name, filter);
      const page = pageOf(call, `metrics:${world.region}:${namespace}:${name ?? ''}:${JSON.stringify(filter)}`, {
        end: space.end,
        token: json.NextToken as string | undefined,
        max: CLOUDWATCH_LIMITS.listPage,
        get: space.get,
      });
      return { Metrics: page.items, NextToken: page.next };
    },

    GetMetricStatistics(call: AwsCall): Result {
      const { json, world } = call;
      const metric = metricOf(json, '');
      const { start, end } = rangeOf(json);
      const period = periodOf(json.Period, 'Period');
      const stats = (json.Statistics ?? []) as unknown[];
      if (
        !Array.isArray(stats) ||
        stats.length === 0 ||
        !stats.every((s) => CLOUDWATCH_STATISTICS.includes(s as never))
      )
        throw invalid(`The parameter Statistics must be a list of ${CLOUDWATCH_STATISTICS.join(', ')}.`);
      const times = periodStarts(start, end, period);
      if (times.length > CLOUDWATCH_LIMITS.statisticsPoints)
        throw new AwsError(
          'InvalidParameterCombination',
          `You have requested up to ${times.length} datapoints, which exceeds the limit of ${CLOUDWATCH_LIMITS.statisticsPoints}.`,
        );
      const spec = publishedSpec(world, metric);
      const datapoints = !spec
        ? []
        : times.flatMap((timestamp) => {
            const base = { seed: world.seed, region: world.region, metric, spec, timestamp, period };
            if (cloudWatchValue({ ...base, stat: 'Average' }) === undefined) return [];
            const point: Record<string, unknown> = { Timestamp: new Date(timestamp * 1000), Unit: spec.unit };
            for (const stat of stats as string[]) point[stat] = cloudWatchValue({ ...base, stat });
            return [point];
          });
      return { Label: metric.MetricName, Datapoints: datapoints };
    },

    GetMetricData(call: AwsCall): Result {
      const { json, world } = call;
      const queries = json.MetricDataQueries;
      if (!Array.isArray(queries) || queries.length === 0)
        throw new AwsError('MissingParameter', 'The parameter MetricDataQueries is required.');
      if (queries.length > CLOUDWATCH_LIMITS.queriesPerCall)
        throw invalid(
          `The collection MetricDataQueries must not have a size greater than ${CLOUDWATCH_LIMITS.queriesPerCall}.`,
        );
      const { start, end } = rangeOf(json);
      const ascending = json.ScanBy === 'TimestampAscending';
      const ids = new Set<string>();
      const series = queries.map((q: Record<string, unknown>, n) => {
        const at = `MetricDataQueries.member.${n + 1}`;
        const id = q?.Id;
        if (typeof id !== 'string' || !/^[a-z][a-zA-Z0-9_]{0,254}$/.test(id))
          throw invalid(`The value ${String(id)} for parameter ${at}.Id is invalid.`);
        if (ids.has(id)) throw invalid(`The value ${id} for parameter ${at}.Id is not unique.`);
        ids.add(id);
        const stat = q.MetricStat as Record<string, unknown> | undefined;
        if (!stat) throw new AwsError('MissingParameter', `The parameter ${at}.MetricStat is required.`);
        const metric = metricOf(stat.Metric as Record<string, unknown>, `${at}.MetricStat.Metric.`);
        const period = periodOf(stat.Period, `${at}.MetricStat.Period`);
        if (!isStat(stat.Stat))
          throw invalid(`The value ${String(stat.Stat)} for parameter ${at}.MetricStat.Stat is invalid.`);
        const spec = publishedSpec(world, metric);
        let times = spec ? periodStarts(start, end, period) : [];
        if (!ascending) times = times.reverse();
        const valueAt = spec
          ? cloudWatchSeries({
              seed: world.seed,
              region: world.region,
              metric,
              spec,
              stat: stat.Stat as string,
              period,
            })
          : () => undefined;
        return { id, label: typeof q.Label === 'string' ? q.Label : metric.MetricName, times, valueAt };
      });
      // One flat sequence of (query, period) slots; a page is a slice of at most `cap` slots (so at most
      // `cap` points, fewer where a series has gaps), a token its offset. Only the page's slots are computed.
      const offsets: number[] = [];
      let total = 0;
      for (const s of series) {
        offsets.push(total);
        total += s.times.length;
      }
      const cap = Math.min(dataPointsPerPage, positiveInt(json.MaxDatapoints) ?? Infinity);
      const scope = `gmd:${world.region}:${start}:${end}:${queries.length}`;
      let from = 0;
      if (json.NextToken !== undefined) {
        const offset = call.pages.decode(scope, String(json.NextToken));
        if (offset === undefined) throw new AwsError('InvalidNextToken', 'The service returned an invalid next token.');
        from = offset;
      }
      const to = Math.min(total, from + cap);
      return {
        MetricDataResults: series.map((s, n) => {
          const lo = Math.max(from, offsets[n]) - offsets[n];
          const hi = Math.max(lo, Math.min(to, offsets[n] + s.times.length) - offsets[n]);
          const Timestamps: Date[] = [];
          const Values: number[] = [];
          for (const timestamp of s.times.slice(lo, hi)) {
            const value = s.valueAt(timestamp);
            if (value === undefined) continue;
            Timestamps.push(new Date(timestamp * 1000));
            Values.push(value);
          }
          return {
            Id: s.id,
            Label: s.label,
            Timestamps,
            Values,
            StatusCode: offsets[n] + s.times.length > to ? 'PartialData' : 'Complete',
          };
        }),
        NextToken: to < total ? call.pages.encode(scope, to) : undefined,
        Messages: [],
      };
    },
  };
}

function optionalString(value: unknown, name: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || value.length === 0 || value.length > 255)
    throw invalid(`The value ${String(value)} for parameter ${name} is invalid.`);
  return value;
}

function dimensionsOf(value: unknown, at: string, valueRequired: true): Dimension[];
function dimensionsOf(value: unknown, at: string, valueRequired: false): { Name: string; Value?: string }[];
function dimensionsOf(value: unknown, at: string, valueRequired: boolean): { Name: string; Value?: string }[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.length > 30)
    throw invalid(`The parameter ${at} must be a list of at most 30 dimensions.`);
  return value.map((d: Record<string, unknown>, n) => {
    const member = `${at}.member.${n + 1}`;
    if (typeof d?.Name !== 'string' || d.Name.length === 0 || d.Name.length > 255)
      throw invalid(`The value ${String(d?.Name)} for parameter ${member}.Name is invalid.`);
    const v = d.Value;
    if ((v !== undefined || valueRequired) && (typeof v !== 'string' || v.length === 0 || v.length > 1024))
      throw invalid(`The value ${String(v)} for parameter ${member}.Value is invalid.`);
    return v === undefined ? { Name: d.Name } : { Name: d.Name, Value: v as string };
  });
}

function metricOf(m: Record<string, unknown> | undefined, at: string): CloudWatchMetric {
  const namespace = optionalString(m?.Namespace, `${at}Namespace`);
  const name = optionalString(m?.MetricName, `${at}MetricName`);
  if (!namespace) throw new AwsError('MissingParameter', `The parameter ${at}Namespace is required.`);
  if (!name) throw new AwsError('MissingParameter', `The parameter ${at}MetricName is required.`);
  return { Namespace: namespace, MetricName: name, Dimensions: dimensionsOf(m?.Dimensions, `${at}Dimensions`, true) };
}

/** StartTime and EndTime, epoch seconds (awsJson timestamps). */
function rangeOf(json: Record<string, unknown>): { start: number; end: number } {
  const start = json.StartTime;
  const end = json.EndTime;
  if (typeof start !== 'number') throw new AwsError('MissingParameter', 'The parameter StartTime is required.');
  if (typeof end !== 'number') throw new AwsError('MissingParameter', 'The parameter EndTime is required.');
  if (start >= end) throw invalid('The parameter StartTime must be less than the parameter EndTime.');
  return { start, end };
}

function periodOf(value: unknown, at: string): number {
  const period = Number(value);
  if (!Number.isInteger(period) || period < 1 || (period >= 60 ? period % 60 !== 0 : ![1, 5, 10, 30].includes(period)))
    throw invalid(`The parameter ${at} must be 1, 5, 10, 30 or a multiple of 60.`);
  return period;
}

function positiveInt(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
}

/** The periods in `[start, end)`: from `start` rounded down to the period, epoch seconds. */
export function periodStarts(start: number, end: number, period: number): number[] {
  const first = Math.floor(start / period) * period;
  // CloudWatch keeps 15 months of data; a window of millions of periods is refused, not computed.
  if ((end - first) / period > 2_000_000)
    throw new AwsError('InvalidParameterCombination', 'The requested time range and period give too many data points.');
  const out: number[] = [];
  for (let t = first; t < end; t += period) out.push(t);
  return out;
}

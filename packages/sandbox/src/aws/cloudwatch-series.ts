import { seeded } from '../cloud/seeded';
import type { CloudWatchMetric, MetricSpec } from './cloudwatch-catalog';

/** The statistics the sandbox computes (GetMetricStatistics' names; GetMetricData's `Stat` also takes `pNN`). */
export const CLOUDWATCH_STATISTICS = ['SampleCount', 'Average', 'Sum', 'Minimum', 'Maximum'] as const;

/** Share of points a series leaves out (an agent that missed a report), so answers have gaps to align. */
export const GAP_RATE = 0.02;

export interface SeriesPoint {
  seed: number;
  region: string;
  metric: CloudWatchMetric;
  spec: Pick<MetricSpec, 'scale' | 'unit'>;
  /** `Average`, `Maximum`, `Minimum`, `Sum`, `SampleCount` or `pNN`. */
  stat: string;
  /** The period's start, epoch seconds (a multiple of `period`). */
  timestamp: number;
  period: number;
}

/** One series: a metric in a region, at one statistic and period. */
export type SeriesKey = Omit<SeriesPoint, 'timestamp'>;

/**
 * The values the sandbox answers for one series, by period start (epoch seconds), undefined where
 * the series has a gap: a pure function of its arguments, so tests recompute what any call answered.
 * A daily wave around the metric's scale plus seeded noise; the statistics derive from the period's
 * average (Sum = Average x one sample a minute), rounded to 2 decimals (exact through JSON and protobuf).
 */
export function cloudWatchSeries(series: SeriesKey): (timestamp: number) => number | undefined {
  const { seed, region, metric, spec, stat, period } = series;
  const key = `${metric.Namespace}|${metric.MetricName}|${metric.Dimensions.map((d) => `${d.Name}=${d.Value}`).join(',')}`;
  const phase = seeded(seed, region, key).next() * 2 * Math.PI;
  // Per point only the timestamp is hashed, onto the series' own seed.
  const pointSeed = seeded(seed, region, key, period).int(0, 0x7fffffff);
  const samples = Math.max(1, Math.round(period / 60));
  const pct = /^p(\d{1,2}(\.\d+)?)$/.exec(stat);
  const factor =
    stat === 'Average'
      ? 1
      : stat === 'Maximum'
        ? 1.25
        : stat === 'Minimum'
          ? 0.75
          : stat === 'Sum'
            ? samples
            : pct
              ? 0.75 + 0.5 * (Number(pct[1]) / 100)
              : stat === 'SampleCount'
                ? 0
                : NaN;
  if (Number.isNaN(factor)) throw new RangeError(`unknown statistic ${stat}`);
  const percent = spec.unit === 'Percent' && stat !== 'Sum' && stat !== 'SampleCount';
  return (timestamp) => {
    const r = seeded(pointSeed, timestamp);
    if (r.chance(GAP_RATE)) return undefined;
    if (stat === 'SampleCount') return samples;
    const wave = 1 + 0.5 * Math.sin((2 * Math.PI * timestamp) / 86_400 + phase);
    let average = spec.scale * wave * (0.85 + 0.3 * r.next());
    if (spec.unit === 'Percent') average = Math.min(100, average);
    const value = average * factor;
    return Math.round((percent ? Math.min(100, value) : value) * 100) / 100;
  };
}

/** One point of `cloudWatchSeries`. */
export function cloudWatchValue(point: SeriesPoint): number | undefined {
  return cloudWatchSeries(point)(point.timestamp);
}

/** Whether `stat` is a statistic GetMetricData accepts. */
export function isStat(stat: unknown): stat is string {
  return (
    typeof stat === 'string' &&
    ((CLOUDWATCH_STATISTICS as readonly string[]).includes(stat) || /^p(\d{1,2}(\.\d+)?)$/.test(stat))
  );
}

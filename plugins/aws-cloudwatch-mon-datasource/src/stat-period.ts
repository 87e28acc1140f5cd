import { invalidParameter } from '@cloudforet/plugin-core';

/** The stats `init` announces, and the CloudWatch statistic each maps to (upstream's table). */
const STAT_MAP = { AVERAGE: 'Average', MAX: 'Maximum', MIN: 'Minimum', SUM: 'Sum' } as const;
export const SUPPORTED_STATS = Object.keys(STAT_MAP) as (keyof typeof STAT_MAP)[];

/** `stat` (default AVERAGE) as CloudWatch names it, or INVALID_ARGUMENT naming `stat`. */
export function cloudWatchStat(stat: string | undefined): string {
  const key = stat || 'AVERAGE';
  if (!(key in STAT_MAP))
    throw invalidParameter(
      'stat',
      `${JSON.stringify(key)} is not supported, expected one of ${SUPPORTED_STATS.join(', ')}`,
    );
  return STAT_MAP[key as keyof typeof STAT_MAP];
}

/** A `period` CloudWatch accepts: 1, 5, 10, 30 or a multiple of 60 seconds. */
export function checkedPeriod(period: number): number {
  if (!Number.isInteger(period) || period < 1 || (period < 60 ? ![1, 5, 10, 30].includes(period) : period % 60 !== 0))
    throw invalidParameter('period', `${period} is not 1, 5, 10, 30 or a multiple of 60 seconds`);
  return period;
}

/** Points one series may hold (CloudWatch's data points per GetMetricData page): a longer window needs a longer period. */
export const MAX_POINTS_PER_SERIES = 100_800;

/** INVALID_ARGUMENT naming `period` when the window at that period would exceed MAX_POINTS_PER_SERIES. */
export function checkedWindow(start: Date, end: Date, period: number): void {
  const points = Math.ceil((end.getTime() - start.getTime()) / 1000 / period);
  if (points > MAX_POINTS_PER_SERIES)
    throw invalidParameter(
      'period',
      `${period} s over this window gives ${points} points per resource, at most ${MAX_POINTS_PER_SERIES}`,
    );
}

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

/**
 * Upstream's default period for a window: <=1 h 60 s, <=6 h 600, <=12 h 1200, <=24 h 1800, <=3 d 3600,
 * <=7 d 10800, <=14 d 21600, else 86400.
 */
const PERIODS: [hours: number, seconds: number][] = [
  [1, 60],
  [6, 600],
  [12, 1200],
  [24, 1800],
  [72, 3600],
  [168, 10800],
  [336, 21600],
];

export function periodFor(start: Date, end: Date): number {
  const hours = (end.getTime() - start.getTime()) / 3_600_000;
  return PERIODS.find(([h]) => hours <= h)?.[1] ?? 86_400;
}

/** A `period` CloudWatch accepts: 1, 5, 10, 30 or a multiple of 60 seconds. */
export function checkedPeriod(period: number): number {
  if (!Number.isInteger(period) || period < 1 || (period < 60 ? ![1, 5, 10, 30].includes(period) : period % 60 !== 0))
    throw invalidParameter('period', `${period} is not 1, 5, 10, 30 or a multiple of 60 seconds`);
  return period;
}

/** `YYYY-MM-DD`, optionally `THH:MM[:SS[.fff]]` and `Z` or an offset: what monitoring sends (python isoformat). */
const ISO_8601 = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?)?(Z|[+-]\d{2}(:?\d{2})?)?$/;

/** An ISO-8601 date-time (UTC unless it says otherwise), or INVALID_ARGUMENT naming the key. */
export function dateOf(value: string | undefined, key: string): Date {
  const text = value ?? '';
  const zoned = /(Z|[+-]\d{2}(:?\d{2})?)$/.test(text.slice(10)) || text.length <= 10 ? text : `${text}Z`;
  const date = new Date(zoned.replace(' ', 'T'));
  if (!ISO_8601.test(text) || Number.isNaN(date.getTime()))
    throw invalidParameter(key, `${JSON.stringify(value)} is not an ISO-8601 date-time`);
  return date;
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

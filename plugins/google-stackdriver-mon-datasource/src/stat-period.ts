import { invalidParameter } from '@cloudforet/plugin-core';

/** The stats `init` announces (upstream's, note MEAN) and the per-series aligner each maps to. */
const ALIGNERS = { MEAN: 'ALIGN_MEAN', MAX: 'ALIGN_MAX', MIN: 'ALIGN_MIN', SUM: 'ALIGN_SUM' } as const;
export type Stat = keyof typeof ALIGNERS;
export const SUPPORTED_STATS = Object.keys(ALIGNERS) as Stat[];

/** `stat` (default MEAN), or INVALID_ARGUMENT naming `stat`. */
export function statOf(stat: string | undefined): Stat {
  const key = stat || 'MEAN';
  if (!(key in ALIGNERS))
    throw invalidParameter(
      'stat',
      `${JSON.stringify(key)} is not supported, expected one of ${SUPPORTED_STATS.join(', ')}`,
    );
  return key as Stat;
}

export function alignerOf(stat: Stat): string {
  return ALIGNERS[stat];
}

/** Cloud Monitoring's shortest alignment period. */
export const MIN_PERIOD_S = 60;

/** A `period` Cloud Monitoring aligns to: whole seconds, at least 60. */
export function checkedPeriod(period: number): number {
  if (!Number.isInteger(period) || period < MIN_PERIOD_S)
    throw invalidParameter('period', `${period} is not a whole number of seconds of at least ${MIN_PERIOD_S}`);
  return period;
}

/** Points one resource's series may hold: a longer window needs a longer period. */
export const MAX_POINTS_PER_SERIES = 100_000;

/** INVALID_ARGUMENT naming `period` when the window at that period would exceed MAX_POINTS_PER_SERIES. */
export function checkedWindow(start: Date, end: Date, period: number): void {
  const points = Math.ceil((end.getTime() - start.getTime()) / 1000 / period);
  if (points > MAX_POINTS_PER_SERIES)
    throw invalidParameter(
      'period',
      `${period} s over this window gives ${points} points per resource, at most ${MAX_POINTS_PER_SERIES}`,
    );
}

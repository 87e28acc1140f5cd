/**
 * The period upstream's metric data sources (CloudWatch, Cloud Monitoring) choose for a window when
 * the core sends none: <=1 h 60 s, <=6 h 600, <=12 h 1200, <=24 h 1800, <=3 d 3600, <=7 d 10800,
 * <=14 d 21600, else 86400.
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

export function defaultPeriod(start: Date, end: Date): number {
  const hours = (end.getTime() - start.getTime()) / 3_600_000;
  return PERIODS.find(([h]) => hours <= h)?.[1] ?? 86_400;
}

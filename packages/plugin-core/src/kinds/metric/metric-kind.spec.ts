import { alignedAnswer } from './aligned-answer';
import { defaultPeriod } from './default-period';
import { metricWindowOf } from './metric-window';

const at = (h: number) => new Date(Date.UTC(2026, 10, 30) + h * 3_600_000);

describe('METRIC data source helpers', () => {
  it.each([
    [1, 60],
    [6, 600],
    [12, 1200],
    [24, 1800],
    [72, 3600],
    [168, 10800],
    [336, 21600],
    [337, 86400],
  ])('a window of %d h has upstream`s default period %d s', (hours, period) => {
    expect(defaultPeriod(at(0), at(hours))).toBe(period);
  });

  it('reads the window, or names the key', () => {
    expect(metricWindowOf('2026-11-30T00:00:00', '2026-11-30T01:00:00Z')).toEqual({ start: at(0), end: at(1) });
    expect(() => metricWindowOf('2026-11-30T01:00:00Z', '2026-11-30T00:00:00Z')).toThrow(/key = start/);
    expect(() => metricWindowOf('2026-11-30T00:00:00Z', 'soon')).toThrow(/key = end/);
  });

  it('aligns the resources on the union of their timestamps, null for a gap or no series', () => {
    const series = new Map([
      ['a', new Map([[at(1).getTime(), 1]])],
      ['b', new Map([[at(0).getTime(), 2]])],
    ]);
    expect(alignedAnswer(['a', 'b', 'c'], series)).toEqual({
      labels: ['2026-11-30T00:00:00.000Z', '2026-11-30T01:00:00.000Z'],
      values: { a: [null, 1], b: [2, null], c: [null, null] },
    });
  });
});

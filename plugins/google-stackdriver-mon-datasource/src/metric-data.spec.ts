import { combine } from './metric-data';
import { filterOf, quoted } from './monitoring-filter';

describe('filterOf', () => {
  it('writes upstream`s filter: the type clause, then the labels OR-joined, values quoted and escaped', () => {
    expect(filterOf('starts_with("compute.googleapis.com/instance")', [])).toBe(
      'metric.type = starts_with("compute.googleapis.com/instance")',
    );
    expect(
      filterOf(quoted('a/b'), [
        { key: 'resource.labels.instance_id', value: '1' },
        { key: 'metric.labels.device', value: 'say "hi" \\o/' },
      ]),
    ).toBe('metric.type = "a/b" AND resource.labels.instance_id = "1" OR metric.labels.device = "say \\"hi\\" \\\\o/"');
  });
});

describe('combine', () => {
  const a = new Map([
    [1, 1],
    [2, 4],
  ]);
  const b = new Map([
    [1, 3],
    [3, 5],
  ]);
  it.each([
    ['MEAN', [2, 4, 5]],
    ['MAX', [3, 4, 5]],
    ['MIN', [1, 4, 5]],
    ['SUM', [4, 4, 5]],
  ] as const)('%s combines per timestamp; a series without a point there does not count', (stat, want) => {
    const got = combine([a, b], stat);
    expect([1, 2, 3].map((t) => got.get(t))).toEqual(want);
  });
  it('keeps one series as it is', () => expect(combine([a], 'SUM')).toBe(a));
});

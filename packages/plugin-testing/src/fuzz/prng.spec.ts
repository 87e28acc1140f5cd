import { caseSeed, Prng } from './prng';

describe('Prng', () => {
  it('is mulberry32: the same seed gives the same sequence on every run and platform', () => {
    const a = new Prng(1);
    expect([a.next(), a.next(), a.next()]).toEqual([0.6270739405881613, 0.002735721180215478, 0.5274470399599522]);
    const b = new Prng(1);
    expect(b.next()).toBe(0.6270739405881613);
  });

  it('draws integers in range and picks by weight', () => {
    const prng = new Prng(7);
    const ints = Array.from({ length: 1000 }, () => prng.range(3, 5));
    expect(new Set(ints)).toEqual(new Set([3, 4, 5]));
    const picks = Array.from({ length: 1000 }, () =>
      prng.weighted([
        [9, 'a'],
        [1, 'b'],
      ] as const),
    );
    const bs = picks.filter((p) => p === 'b').length;
    expect(bs).toBeGreaterThan(50);
    expect(bs).toBeLessThan(150);
  });

  it('derives one independent seed per case from the run seed and the case labels', () => {
    expect(caseSeed(1, 'A.b', 3)).toBe(caseSeed(1, 'A.b', 3));
    expect(
      new Set([caseSeed(1, 'A.b', 3), caseSeed(2, 'A.b', 3), caseSeed(1, 'A.c', 3), caseSeed(1, 'A.b', 4)]).size,
    ).toBe(4);
  });
});

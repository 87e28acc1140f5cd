import { CI_FUZZ_SEED, fuzzSettings } from './fuzz-env';

describe('fuzzSettings', () => {
  it('CI: 5000 runs with the fixed seed', () => {
    expect(fuzzSettings({})).toEqual({
      runs: 5000,
      seed: CI_FUZZ_SEED,
      only: undefined,
      nightly: false,
      maxFailures: undefined,
    });
  });

  it('nightly: 100 000 runs and a random seed, unless given', () => {
    const a = fuzzSettings({ FUZZ_MODE: 'nightly' });
    expect(a).toMatchObject({ runs: 100_000, nightly: true });
    expect(a.seed).not.toBe(CI_FUZZ_SEED);
    expect(fuzzSettings({ FUZZ_MODE: 'nightly', FUZZ_SEED: '42', FUZZ_RUNS: '7' })).toMatchObject({
      runs: 7,
      seed: 42,
    });
  });

  it('one case, a failure budget, and refuses nonsense', () => {
    expect(fuzzSettings({ FUZZ_CASE: 'A.b#3', FUZZ_MAX_FAILURES: '50' })).toMatchObject({
      only: 'A.b#3',
      maxFailures: 50,
    });
    expect(() => fuzzSettings({ FUZZ_RUNS: 'many' })).toThrow('FUZZ_RUNS must be a whole number, not "many"');
    expect(() => fuzzSettings({ FUZZ_SEED: 'x' })).toThrow('FUZZ_SEED must be a whole number or "random", not "x"');
  });
});

import { randomSeed } from './prng';

/** The seed of every CI run, so that CI is reproducible. */
export const CI_FUZZ_SEED = 20261201;
export const CI_FUZZ_RUNS = 5_000;
export const NIGHTLY_FUZZ_RUNS = 100_000;

export interface FuzzSettings {
  /** Cases per RPC. */
  runs: number;
  seed: number;
  /** FUZZ_CASE: run this one case only (`Notification.dispatch#42`). */
  only?: string;
  nightly: boolean;
  /** FUZZ_MAX_FAILURES: the run stops after this many failures (default 10). */
  maxFailures?: number;
}

/**
 * `FUZZ_RUNS` (cases per RPC), `FUZZ_SEED` (a number, or `random`), `FUZZ_CASE`, and
 * `FUZZ_MODE=nightly` (`npm run fuzz`: 100 000 runs and a random seed unless given).
 * CI (`npm test`): `ciRuns` (default 5 000) with the fixed seed CI_FUZZ_SEED.
 */
export function fuzzSettings(env: NodeJS.ProcessEnv = process.env, ciRuns = CI_FUZZ_RUNS): FuzzSettings {
  const nightly = env.FUZZ_MODE === 'nightly';
  const runs = env.FUZZ_RUNS ? Number(env.FUZZ_RUNS) : nightly ? Math.max(NIGHTLY_FUZZ_RUNS, ciRuns) : ciRuns;
  if (!Number.isInteger(runs) || runs < 0) throw new Error(`FUZZ_RUNS must be a whole number, not "${env.FUZZ_RUNS}"`);
  const seedText = env.FUZZ_SEED ?? (nightly ? 'random' : String(CI_FUZZ_SEED));
  const seed = seedText === 'random' ? randomSeed() : Number(seedText);
  if (!Number.isInteger(seed)) throw new Error(`FUZZ_SEED must be a whole number or "random", not "${seedText}"`);
  const maxFailures = env.FUZZ_MAX_FAILURES ? Number(env.FUZZ_MAX_FAILURES) : undefined;
  return { runs, seed: seed >>> 0, only: env.FUZZ_CASE || undefined, nightly, maxFailures };
}

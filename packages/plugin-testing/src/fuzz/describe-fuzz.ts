import { fuzzSettings } from './fuzz-env';
import { fuzzPlugin, type FuzzOptions } from './fuzz-plugin';
import { formatFailures, formatSummary } from './fuzz-report';

/** What a plugin's fuzz spec provides once its `beforeAll`s have run; runs and seed come from the environment. */
export type FuzzSetup = Omit<FuzzOptions, 'seed' | 'runs' | 'only'>;

export interface DescribeFuzzOptions {
  /** The jest timeout of the run (default: 300 s, or 100 ms per case per RPC when that is longer). */
  timeoutMs?: number;
  /** How to rerun this spec, appended to each failure's FUZZ_* variables (default `npx jest <this spec>`). */
  reproduce?: string;
  /** Cases per RPC in CI (`npm test`) when FUZZ_RUNS is not set (default CI_FUZZ_RUNS, 5 000). */
  ciRuns?: number;
}

/**
 * Registers one jest test that fuzzes the RPCs `setup()` names: FUZZ_RUNS mutated requests per RPC
 * (default 5 000), seeded by FUZZ_SEED (fixed in CI; `npm run fuzz` picks one and prints it).
 * A failure lists each broken property with its case and the variables that reproduce it.
 */
export function describeFuzz(title: string, setup: () => FuzzSetup, opts: DescribeFuzzOptions = {}): void {
  const settings = fuzzSettings(process.env, opts.ciRuns);
  const label = `FUZZ_SEED=${settings.seed} FUZZ_RUNS=${settings.runs}${settings.only ? ` FUZZ_CASE=${settings.only}` : ''}`;
  describe(title, () => {
    it(
      `answers every mutated request with OK or a clean Cloudforet error, never hangs, stays up, leaks no secret (${label})`,
      async () => {
        console.log(`${title}: ${label} (${settings.nightly ? 'nightly' : 'CI'})`);
        const { runs, seed, only, maxFailures } = settings;
        const report = await fuzzPlugin({ maxFailures, ...setup(), runs, seed, only });
        console.log(`${title}: ${formatSummary(report)}`);
        if (report.failures.length) throw new Error(formatFailures(report, opts.reproduce ?? 'npx jest <this spec>'));
      },
      opts.timeoutMs ?? Math.max(300_000, settings.runs * 100),
    );
  });
}

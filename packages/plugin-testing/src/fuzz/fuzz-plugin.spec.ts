import { fuzzPlugin, type FuzzOptions } from './fuzz-plugin';
import { formatFailures } from './fuzz-report';
import { RPCS, startTinyProtocol, TOKEN, type Defect } from './test-support/tiny-protocol';

const SEED = 424242;

// Each run is a few hundred calls; slow machines need the room.
jest.setTimeout(120_000);

/** A short run against the tiny protocol with `defect`, small strings to stay fast. */
async function fuzzTiny(defect: Defect, extra: Partial<FuzzOptions> = {}, tolerantDecoding = true) {
  const { running, logs } = await startTinyProtocol(defect, tolerantDecoding);
  try {
    return await fuzzPlugin({
      endpoint: running.endpoint,
      rpcs: RPCS,
      runs: 150,
      seed: SEED,
      secrets: [TOKEN],
      logs,
      timeoutMs: 2000,
      slackMs: 500,
      maxStringBytes: 64 * 1024,
      maxFailures: 3,
      ...extra,
    });
  } finally {
    await running.shutdown();
  }
}

describe('fuzzPlugin', () => {
  it('passes a well-behaved plugin, and counts what the core-like client refused', async () => {
    const report = await fuzzTiny('none');
    expect(formatFailures(report)).toBe(`fuzz: 0 failure(s) in 450 case(s), seed ${SEED}, 150 runs per RPC`);
    expect(report.cases).toBe(450);
    expect(report.ok).toBeGreaterThan(50);
    expect(report.refused).toBeGreaterThan(20);
    expect(Object.keys(report.errors).join()).toMatch(/INVALID_ARGUMENT ERROR_REQUIRED_PARAMETER/);
  });

  it.each<[Defect, string, RegExp]>([
    ['hang', 'no-hang', /no answer within its 2000 ms deadline \(a hang\)/],
    ['bare-internal', 'clean-answer', /details are not "ERROR_<CODE>: …" \(a bare INTERNAL\)/],
    ['unknown-error', 'clean-answer', /ERROR_UNKNOWN: an unhandled exception/],
    ['base64-log', 'no-secret-leak', /xoxb… \(41 chars\) in the plugin's logs \(found again when replayed alone\)/],
  ])(
    'reports a plugin with defect "%s" as a %s failure naming the seed and the case',
    async (defect, property, problem) => {
      const report = await fuzzTiny(defect);
      const first = report.failures[0]!;
      expect(first).toMatchObject({ property, caseId: expect.stringMatching(/^Notification\.dispatch#\d+$/) });
      expect(first.problem).toMatch(problem);
      const message = formatFailures(report, 'npx jest tiny');
      expect(message).toContain(`seed ${SEED}`);
      expect(message).toContain(`reproduce: FUZZ_SEED=${SEED} FUZZ_RUNS=150 FUZZ_CASE='${first.caseId}' npx jest tiny`);
      expect(message).toMatch(/(dict|raw) case from seed request #0; .*\n {4}(dict|bytes)/);
      expect(message).not.toContain(TOKEN);

      // The case alone reproduces the failure.
      const again = await fuzzTiny(defect, { only: first.caseId });
      expect(again.cases).toBe(1);
      expect(again.failures[0]).toMatchObject({ property, caseId: first.caseId });
    },
  );

  it('passes undecodable request bytes, which plugin-core answers INVALID_ARGUMENT ERROR_INVALID_ARGUMENT', async () => {
    const report = await fuzzTiny('none', { rawShare: 1, runs: 20 }, false);
    expect(report.failures).toEqual([]);
  });

  it('reports a plugin that goes down: the calls after it fail and the control call between batches fails', async () => {
    const report = await fuzzTiny('crash', { batchSize: 30 });
    expect(report.failures.map((f) => f.property)).toContain('stays-up');
    expect(report.failures.at(-1)!.problem).toMatch(/the control call Protocol.init failed/);
  });
});

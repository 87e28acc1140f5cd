import type { ConformanceCheck } from './conformance-check';
import { expectFailure } from './conformance-check';
import { answerOrCleanError, expectCleanError, expectStillServing, type Dict } from './call-outcome';

export interface BadInputCall {
  method: string;
  params: Dict;
  /** Why the input is bad, for the failure message (e.g. "empty secret_data"). */
  what: string;
}

/**
 * Each call answers either normally or with a clean `ERROR_*` error (never ERROR_UNKNOWN, never a
 * bare status), and the process still answers Health afterwards. With `mustFail`, success is a failure
 * too (e.g. authorize without credentials must never answer a user).
 */
export function badInputCheck(
  name: string,
  calls: BadInputCall[],
  opts: { mustFail?: boolean } = {},
): ConformanceCheck {
  return {
    name,
    async run(client) {
      for (const { method, params, what } of calls) {
        const label = `${method} with ${what}`;
        if (opts.mustFail) expectCleanError(await expectFailure(client.call(method, params), label), label);
        else await answerOrCleanError(client.call(method, params), label);
        await expectStillServing(client, label);
      }
    },
  };
}

import type { ConformanceCheck } from './conformance-check';
import { expectThat } from './conformance-check';
import { answerOrCleanError, expectNoProblems, isObject, type Dict } from './call-outcome';

export interface InitCheckOptions {
  /** `Service.init`, as the core names it. */
  method: string;
  /** The request the core sends. */
  request: Dict;
  /** What is wrong with `metadata`; empty when it is well-formed. */
  problemsOf: (metadata: Dict) => string[];
  /** The keys the check's name mentions, e.g. "supported_stat". */
  describes: string;
  /**
   * Without a fixture the right options are unknown, so a clean `ERROR_*` answer is accepted
   * (the plugin requires options); any answer must still be well-formed.
   */
  mayRequireOptions?: boolean;
}

/** `init` answers well-formed metadata, and answers the same twice (the core re-runs it often: docs/how-the-core-runs-a-plugin.md). */
export function initChecks(opts: InitCheckOptions): ConformanceCheck[] {
  const init = async (client: Parameters<ConformanceCheck['run']>[0]) => {
    const call = client.call(opts.method, opts.request);
    return opts.mayRequireOptions ? answerOrCleanError(call, `${opts.method} without options`) : call;
  };
  return [
    {
      name: `${opts.method} answers metadata with ${opts.describes}`,
      async run(client) {
        const res = await init(client);
        if (res === undefined) return;
        const { metadata } = res;
        expectThat(isObject(metadata), `${opts.method} answered no metadata (got ${JSON.stringify(res)})`);
        expectNoProblems(opts.problemsOf(metadata), `${opts.method} metadata`);
      },
    },
    {
      name: `${opts.method} is deterministic (the core calls it again and again)`,
      async run(client) {
        const a = await init(client);
        if (a === undefined) return;
        const b = await init(client);
        expectThat(
          JSON.stringify(a) === JSON.stringify(b),
          `two ${opts.method} calls answered different metadata: ${JSON.stringify(a)} then ${JSON.stringify(b)}`,
        );
      },
    },
  ];
}

import type { CoreClient } from '../client/core-client';
import { ConformanceFailure, expectThat } from './conformance-check';

/** What a failed core call carries (a `CoreCallError`, read structurally). */
export interface CallFailure {
  codeName?: string;
  details?: string;
  errorCode?: string;
}

export type Dict = Record<string, unknown>;

/**
 * A plugin error the core can read: details `ERROR_<CODE>: …` (docs/wire-contract.md, errors). `ERROR_UNKNOWN` is
 * what plugin-core makes of an unexpected exception (a crash), and a status without `ERROR_` details is
 * a transport failure, so neither counts as clean. A specific `ERROR_*` code is clean whatever its
 * status (upstream webhooks answer INTERNAL `ERROR_PARSE_EVENT`).
 */
export function expectCleanError(err: CallFailure, what: string): void {
  const details = err.details ?? String(err);
  expectThat(
    typeof err.details === 'string' && err.details.startsWith('ERROR_') && err.codeName !== 'UNKNOWN',
    `${what}: answered ${err.codeName ?? 'no status'} "${details}", not a Cloudforet error ("ERROR_<CODE>: …")`,
  );
  expectThat(
    err.errorCode !== 'ERROR_UNKNOWN',
    `${what}: answered ${err.codeName} "${details}": ERROR_UNKNOWN is an unhandled exception; raise a specific ERROR_* instead`,
  );
}

/** Awaits a call that may succeed or fail cleanly; returns the answer, or undefined when it failed cleanly. */
export async function answerOrCleanError(call: Promise<Dict>, what: string): Promise<Dict | undefined> {
  try {
    return await call;
  } catch (error) {
    if (error instanceof ConformanceFailure) throw error;
    expectCleanError(error as CallFailure, what);
    return undefined;
  }
}

/** Health.Check must still answer SERVING: a bad request must not take the process down. */
export async function expectStillServing(client: CoreClient, after: string): Promise<void> {
  let status: unknown;
  try {
    ({ status } = await client.call('Health.Check', { service: '' }, { timeoutMs: 5000 }));
  } catch (error) {
    throw new ConformanceFailure(`after ${after}, Health.Check failed: ${(error as Error).message}`);
  }
  expectThat(status === 'SERVING', `after ${after}, Health.Check answered ${String(status)}, not SERVING`);
}

/** `google.protobuf.Empty` reads as `{}`. */
export function expectEmpty(res: Dict, what: string): void {
  expectThat(Object.keys(res).length === 0, `${what} answered ${JSON.stringify(res)}, not Empty`);
}

export function isObject(value: unknown): value is Dict {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

/** Throws one failure listing every problem found (at most `max`), or nothing when there are none. */
export function expectNoProblems(problems: string[], what: string, max = 5): void {
  if (problems.length === 0) return;
  const shown = problems.slice(0, max).join('; ');
  const more = problems.length > max ? ` (and ${problems.length - max} more)` : '';
  throw new ConformanceFailure(`${what}: ${shown}${more}`);
}

/** True for the ISO-8601 date-times the core parses (`iso8601_to_datetime`): a date, a time, an optional zone. */
export function isIsoDateTime(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.test(value) &&
    !Number.isNaN(Date.parse(value))
  );
}

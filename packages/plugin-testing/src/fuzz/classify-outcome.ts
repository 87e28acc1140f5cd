import { CoreCallError } from '../errors/core-call-error';
import { ParseDictError } from '../errors/parse-dict-error';

/** A clean Cloudforet error (docs/wire-contract.md, errors): `ERROR_<CODE>: message`. */
export const CLEAN_DETAILS = /^ERROR_[A-Z0-9_]+: /;

export type Outcome =
  | { kind: 'ok' }
  /** The core-like client would not send it (ParseDict refused the dict); nothing reached the plugin. */
  | { kind: 'refused'; reason: string }
  /** A clean Cloudforet error, or RESOURCE_EXHAUSTED/INVALID_ARGUMENT for a request over the size limit. */
  | { kind: 'error'; code: string; details: string }
  /** A property is broken: an unclean answer, a transport failure, or no answer in time. */
  | { kind: 'defect'; code?: string; details?: string; problem: string; hang?: boolean };

/** What one call's settlement means for the properties. `oversized`: the request is over the plugin's size limit. */
export function classifyOutcome(error: unknown, oversized: boolean, timeoutMs: number): Outcome {
  if (error === undefined) return { kind: 'ok' };
  if (error instanceof ParseDictError) return { kind: 'refused', reason: firstLine(error.message) };
  if (!(error instanceof CoreCallError)) {
    // Thrown before anything was sent (the client's own encoder): not the plugin's doing.
    return {
      kind: 'refused',
      reason: `${(error as Error)?.name ?? 'Error'}: ${firstLine(String((error as Error)?.message ?? error))}`,
    };
  }
  const { codeName: code, details } = error;
  if (CLEAN_DETAILS.test(details) && code !== 'UNKNOWN' && error.errorCode !== 'ERROR_UNKNOWN') {
    return { kind: 'error', code, details };
  }
  if (oversized && (code === 'RESOURCE_EXHAUSTED' || code === 'INVALID_ARGUMENT'))
    return { kind: 'error', code, details };
  const hang = code === 'DEADLINE_EXCEEDED' || undefined;
  return { kind: 'defect', code, details, problem: problemOf(error, timeoutMs), hang };
}

function problemOf(error: CoreCallError, timeoutMs: number): string {
  if (error.codeName === 'DEADLINE_EXCEEDED') return `no answer within its ${timeoutMs} ms deadline (a hang)`;
  if (error.errorCode === 'ERROR_UNKNOWN') return 'ERROR_UNKNOWN: an unhandled exception in the plugin';
  if (error.codeName === 'UNKNOWN') return 'status UNKNOWN: not a Cloudforet error';
  if (error.codeName === 'UNAVAILABLE' || error.codeName === 'CANCELLED')
    return 'a transport failure (is the plugin still up?)';
  return `details are not "ERROR_<CODE>: …" (a bare ${error.codeName})`;
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.slice(0, 200);
}

export function isHang(outcome: Outcome): boolean {
  return outcome.kind === 'defect' && outcome.hang === true;
}

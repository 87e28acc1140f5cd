import type { SlackFault } from './slack-sandbox-types';

const SERVER_ERROR_STATUSES: ReadonlySet<number> = new Set([500, 502, 503, 504]);

/** Describes why `value` is not a SlackFault, or returns undefined when it is one. */
export function describeInvalidFault(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'a fault must be an object';
  const fault = value as Record<string, unknown>;
  if ('slackError' in fault) {
    if ('status' in fault) return 'a fault has either slackError or status, not both';
    return typeof fault.slackError === 'string' && fault.slackError !== ''
      ? undefined
      : 'slackError must be a non-empty string';
  }
  if (fault.status === 429) {
    const retryAfter = fault.retryAfter;
    return Number.isInteger(retryAfter) && (retryAfter as number) >= 0
      ? undefined
      : 'a 429 fault needs retryAfter, a whole number of seconds >= 0';
  }
  if (typeof fault.status === 'number' && SERVER_ERROR_STATUSES.has(fault.status)) {
    const retryAfter = fault.retryAfter;
    return retryAfter === undefined || (Number.isInteger(retryAfter) && (retryAfter as number) >= 0)
      ? undefined
      : 'retryAfter must be a whole number of seconds >= 0';
  }
  return 'status must be 429, 500, 502, 503 or 504, or the fault must have slackError';
}

export function assertSlackFaults(values: readonly unknown[]): asserts values is SlackFault[] {
  values.forEach((value, index) => {
    const problem = describeInvalidFault(value);
    if (problem !== undefined) throw new TypeError(`invalid Slack fault #${index}: ${problem}`);
  });
}

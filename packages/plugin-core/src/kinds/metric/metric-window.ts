import { invalidParameter } from '../../errors/plugin-error';

/** `YYYY-MM-DD`, optionally `THH:MM[:SS[.fff]]` and `Z` or an offset: what monitoring sends (python isoformat). */
const ISO_8601 = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?)?(Z|[+-]\d{2}(:?\d{2})?)?$/;

/** An ISO-8601 date-time (UTC unless it says otherwise), or INVALID_ARGUMENT naming the key. */
export function metricDateOf(value: string | undefined, key: string): Date {
  const text = value ?? '';
  const zoned = /(Z|[+-]\d{2}(:?\d{2})?)$/.test(text.slice(10)) || text.length <= 10 ? text : `${text}Z`;
  const date = new Date(zoned.replace(' ', 'T'));
  if (!ISO_8601.test(text) || Number.isNaN(date.getTime()))
    throw invalidParameter(key, `${JSON.stringify(value)} is not an ISO-8601 date-time`);
  return date;
}

/** `start` and `end` of a get_data request, or INVALID_ARGUMENT naming `start`/`end` (not ISO-8601, start not before end). */
export function metricWindowOf(start: string | undefined, end: string | undefined): { start: Date; end: Date } {
  const from = metricDateOf(start, 'start');
  const to = metricDateOf(end, 'end');
  if (from.getTime() >= to.getTime()) throw invalidParameter('start', `${start} is not before end (${end})`);
  return { start: from, end: to };
}

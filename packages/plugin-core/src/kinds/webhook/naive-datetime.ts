/**
 * A Python `datetime` without a time zone. The Python webhooks parse times into naive
 * datetimes (an offset is read and then dropped, not converted), print them with
 * python-core's `datetime_to_iso8601` and, for CloudWatch, take `.timestamp()` of them in
 * a container whose local time is UTC. Kept as fields, not a Date: years below 100 and the
 * microseconds must survive.
 */
export interface NaiveDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  microsecond: number;
}

/** python-core `datetime_to_iso8601`: `YYYY-MM-DDTHH:MM:SS.mmmZ`, milliseconds truncated, a literal `Z`. */
export function iso8601Z(dt: NaiveDateTime): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${p(dt.year, 4)}-${p(dt.month)}-${p(dt.day)}T${p(dt.hour)}:${p(dt.minute)}:${p(dt.second)}.${p(Math.floor(dt.microsecond / 1000), 3)}Z`;
}

/** `dt.timestamp()` with the local time zone UTC (the Python plugin's container). */
export function epochSeconds(dt: NaiveDateTime): number {
  const days = daysFromCivil(dt.year, dt.month, dt.day);
  return days * 86400 + dt.hour * 3600 + dt.minute * 60 + dt.second + dt.microsecond / 1e6;
}

/** `datetime.now()` in a UTC container. */
export function nowNaive(now: Date = new Date()): NaiveDateTime {
  return {
    year: now.getUTCFullYear(),
    month: now.getUTCMonth() + 1,
    day: now.getUTCDate(),
    hour: now.getUTCHours(),
    minute: now.getUTCMinutes(),
    second: now.getUTCSeconds(),
    microsecond: now.getUTCMilliseconds() * 1000,
  };
}

/** A valid datetime of these fields, or undefined (Python's `datetime(...)` would raise). */
export function naiveDateTime(fields: NaiveDateTime): NaiveDateTime | undefined {
  const { year, month, day, hour, minute, second, microsecond } = fields;
  const ok =
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month) &&
    hour >= 0 &&
    hour <= 23 &&
    minute >= 0 &&
    minute <= 59 &&
    second >= 0 &&
    second <= 59 &&
    microsecond >= 0 &&
    microsecond <= 999_999;
  return ok ? fields : undefined;
}

export function addDays(dt: NaiveDateTime, days: number): NaiveDateTime {
  const d = new Date(0);
  d.setUTCFullYear(dt.year, dt.month - 1, dt.day + days);
  return { ...dt, year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

// Howard Hinnant's days_from_civil: days since 1970-01-01 of a proleptic Gregorian date.
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

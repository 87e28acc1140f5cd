import { addDays, naiveDateTime, type NaiveDateTime } from './naive-datetime';

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|(\d{2})(\d{2}))?/;
const TIME = /^(\d{2})(?::?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?)?(?:[Zz]|[+-](\d{2})(?::?(\d{2}))?)?$/;

/**
 * dateutil's `isoparse` (used by the Python webhooks through python-core): a date
 * (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYYMMDD`), then any one separator character and a time
 * (`HH[:MM[:SS[.f]]]`, colons optional, at most 6 fraction digits used) with an optional
 * `Z`/`±HH[:MM]`. The offset is validated and then dropped, as `datetime_to_iso8601` drops
 * it. Undefined when the text is not such a date-time. Week and ordinal dates are not read.
 */
export function isoparse(text: string): NaiveDateTime | undefined {
  const date = DATE.exec(text);
  if (!date) return undefined;
  const [whole, y, m1, d1, m2, d2] = date;
  const base = {
    year: +y!,
    month: +(m1 ?? m2 ?? 1),
    day: +(d1 ?? d2 ?? 1),
    hour: 0,
    minute: 0,
    second: 0,
    microsecond: 0,
  };
  const rest = text.slice(whole.length);
  if (rest === '') return naiveDateTime(base);
  if (d1 === undefined && d2 === undefined) return undefined; // a time needs a full date
  const time = TIME.exec(rest.slice(1));
  if (!time) return undefined;
  const [, hh, mm, ss, frac, tzh, tzm] = time;
  if (tzh !== undefined && (+tzh > 23 || +(tzm ?? 0) > 59)) return undefined;
  const us = frac ? Number(frac.slice(0, 6).padEnd(6, '0')) : 0;
  const fields = { ...base, hour: +hh!, minute: +(mm ?? 0), second: +(ss ?? 0), microsecond: us };
  if (fields.hour === 24 && fields.minute === 0 && fields.second === 0 && us === 0) {
    const midnight = naiveDateTime({ ...fields, hour: 0 });
    return midnight && addDays(midnight, 1);
  }
  return naiveDateTime(fields);
}

// CPython's _strptime patterns (C locale, a UTC container: %Z is utc or gmt), matched
// case-insensitively over the whole text; a space in the format matches any whitespace run.
const DIRECTIVES: Record<string, string> = {
  Y: '(?<Y>\\d\\d\\d\\d)',
  m: '(?<m>1[0-2]|0[1-9]|[1-9])',
  d: '(?<d>3[01]|[12]\\d|0[1-9]|[1-9]| [1-9])',
  H: '(?<H>2[0-3]|[01]\\d|\\d)',
  M: '(?<M>[0-5]\\d|\\d)',
  S: '(?<S>6[01]|[0-5]\\d|\\d)',
  f: '(?<f>[0-9]{1,6})',
  a: '(?<a>mon|tue|wed|thu|fri|sat|sun)',
  b: '(?<b>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)',
  Z: '(?<Z>utc|gmt)',
};
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const compiled = new Map<string, RegExp>();

/**
 * `datetime.strptime(text, format)` for the directives the webhooks use (`%Y %m %d %H %M %S
 * %f %a %b %Z`); undefined where Python raises ValueError. The weekday is read, not checked.
 */
export function strptime(text: string, format: string): NaiveDateTime | undefined {
  let re = compiled.get(format);
  if (!re) {
    const source = format
      .split(/(%[A-Za-z])/)
      .map((part) =>
        part.startsWith('%') && part.length === 2
          ? DIRECTIVES[part[1]!]!
          : part.replace(/[.^$*+?()[\]{}|\\]/g, '\\$&').replace(/\s+/g, '\\s+'),
      )
      .join('');
    re = new RegExp(`^${source}$`, 'i');
    compiled.set(format, re);
  }
  const g = re.exec(text)?.groups;
  if (!g) return undefined;
  return naiveDateTime({
    year: g.Y ? +g.Y : 1900,
    month: g.m ? +g.m : g.b ? MONTHS.indexOf(g.b.toLowerCase()) + 1 : 1,
    day: g.d ? +g.d.trim() : 1,
    hour: g.H ? +g.H : 0,
    minute: g.M ? +g.M : 0,
    second: g.S ? +g.S : 0,
    microsecond: g.f ? +g.f.padEnd(6, '0') : 0,
  });
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * `occurred_at` as upstream prints it, `strftime("%B %d, %Y %H:%M %p (UTC)")`: e.g.
 * "June 07, 2021 13:53 PM (UTC)", a 24-hour clock with AM/PM after it. Unlike upstream the
 * time is converted to UTC first (upstream printed the local time of an offset as UTC) and
 * a time without an offset is read as UTC. Anything that is not an ISO 8601 time is shown
 * as it came (upstream failed the dispatch).
 */
export function formatOccurredAt(value: string): string {
  const iso = /^\d{4}-\d{2}-\d{2}/.test(value) ? value.trim() : '';
  const withZone = /T.*([zZ]|[+-]\d{2}:?\d{2})$/.test(iso) || !iso.includes('T') ? iso : `${iso}Z`;
  const ms = iso ? Date.parse(withZone) : NaN;
  if (Number.isNaN(ms)) return value;
  const d = new Date(ms);
  const two = (n: number) => String(n).padStart(2, '0');
  const hours = d.getUTCHours();
  return `${MONTHS[d.getUTCMonth()]} ${two(d.getUTCDate())}, ${d.getUTCFullYear()} ${two(hours)}:${two(d.getUTCMinutes())} ${hours < 12 ? 'AM' : 'PM'} (UTC)`;
}

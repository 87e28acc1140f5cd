import type { EventSeverity } from './webhook-event';

/** The severity a table gives a sender's value (an own key only: `constructor` is no state), else the fallback. */
export function severityOf(
  table: Readonly<Record<string, EventSeverity>>,
  value: unknown,
  fallback: EventSeverity,
): EventSeverity {
  return typeof value === 'string' && Object.hasOwn(table, value) ? table[value]! : fallback;
}

import { invalidParameter } from '../../errors/plugin-error';
import type {
  EventInfo,
  EventInfo_Severity,
  EventsInfo,
} from '@cloudforet/api/gen/spaceone/api/monitoring/plugin/event';

/** `event_type` values monitoring stores. */
export const EVENT_TYPES = ['ALERT', 'RECOVERY', 'ERROR'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** `EventInfo.Severity` names; NONE (0) is what an unset severity reads as. */
export const EVENT_SEVERITIES = ['CRITICAL', 'ERROR', 'WARNING', 'INFO', 'NOT_AVAILABLE', 'NONE'] as const;
export type EventSeverity = (typeof EVENT_SEVERITIES)[number];

/**
 * One event a webhook parsed from a body, independent of any generated message type, so
 * that the same parsing serves `monitoring.plugin.Event.parse` and, with an edge mapping,
 * other event APIs. Absent optional fields are left out (unset on the wire).
 */
export interface WebhookEvent {
  event_key: string;
  event_type: EventType;
  title: string;
  description?: string;
  severity: EventSeverity;
  resource?: Record<string, unknown>;
  rule?: string;
  /** `YYYY-MM-DDTHH:MM:SS.mmmZ` (iso8601Z). */
  occurred_at: string;
  additional_info?: Record<string, unknown>;
  image_url?: string;
  provider?: string;
  account?: string;
}

/** The `EventsInfo` answer of `Event.parse`: the gRPC edge of a webhook's parser. */
export function toEventsInfo(events: readonly WebhookEvent[]): EventsInfo {
  return { results: events.map(toEventInfo) };
}

export function toEventInfo(event: WebhookEvent): EventInfo {
  const { resource, additional_info, severity, ...rest } = event;
  return {
    ...rest,
    severity: severity as EventInfo_Severity,
    ...(resource && { resource: structSafe(resource, 'resource') as Record<string, unknown> }),
    ...(additional_info && {
      additional_info: structSafe(additional_info, 'additional_info') as Record<string, unknown>,
    }),
  };
}

/**
 * A Struct holds doubles only: Python ints (bigint here) travel as numbers, as change_struct_type
 * sends them. NaN and ±Infinity have no JSON form: the core's MessageToDict cannot read an answer
 * holding one (upstream fails the same way), so a body that would echo one is refused, naming where.
 * Values that need no change are returned as they are (no copy: this runs on every answer).
 */
function structSafe(value: unknown, path: string): unknown {
  const converted = convert(value);
  if (converted === NON_FINITE) {
    const where = nonFinitePath(value, path) ?? { path, value: NaN };
    throw invalidParameter(`event.${where.path}`, `${where.value}, which Cloudforet cannot read (not a JSON number)`);
  }
  return converted;
}

const NON_FINITE = Symbol('non-finite');

function convert(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'number') return Number.isFinite(value) ? value : NON_FINITE;
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const v = convert(value[i]);
      if (v === NON_FINITE) return NON_FINITE;
      if (v !== value[i]) (out ??= value.slice())[i] = v;
    }
    return out ?? value;
  }
  if (value && typeof value === 'object') {
    let out: Record<string, unknown> | undefined;
    for (const k of Object.keys(value)) {
      const child = (value as Record<string, unknown>)[k];
      const v = convert(child);
      if (v === NON_FINITE) return NON_FINITE;
      if (v !== child) (out ??= { ...value })[k] = v;
    }
    return out ?? value;
  }
  return value;
}

function nonFinitePath(value: unknown, path: string): { path: string; value: number } | undefined {
  if (typeof value === 'number' && !Number.isFinite(value)) return { path, value };
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = nonFinitePath(value[i], `${path}[${i}]`);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const found = nonFinitePath(v, `${path}.${k}`);
      if (found) return found;
    }
  }
  return undefined;
}

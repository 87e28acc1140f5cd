import type { EventInfo as ClassicEvent } from '@cloudforet/api/gen/spaceone/api/monitoring/plugin/event';
import {
  EventType,
  type EventInfo as AlertManagerEvent,
} from '@cloudforet/api/gen-alert-manager/webhook/spaceone/api/alert_manager/plugin/event';
import { EventSeverity } from '@cloudforet/api/gen-alert-manager/webhook/spaceone/api/alert_manager/v1/event';

const SEVERITY: Record<string, EventSeverity> = {
  CRITICAL: EventSeverity.CRITICAL,
  ERROR: EventSeverity.ERROR,
  WARNING: EventSeverity.WARNING,
  INFO: EventSeverity.INFO,
};

const EVENT_TYPE: Record<string, EventType> = { ALERT: EventType.ALERT, RECOVERY: EventType.RECOVERY };

/**
 * A monitoring webhook's event as the alert-manager API carries it. The one place the two differ:
 * - `resources` (strings) replaces `resource` (an object), built as the monitoring service builds an
 *   event's: the event's own `resources`, then `resource.name` when there is one;
 * - `severity` is `alert_manager.v1.EventSeverity`: same names, and `NOT_AVAILABLE` / `NONE`
 *   (which it lacks) become `EVENT_SEVERITY_NONE`;
 * - `event_type` is an enum (`ALERT`, `RECOVERY`; anything else `EVENT_TYPE_NONE`), numbered unlike
 *   the core's own `EventType`: the generated code writes the plugin enum's numbers;
 * - `provider` and `account` are not in the alert-manager message and are dropped.
 */
export function toAlertManagerEvent(event: ClassicEvent): AlertManagerEvent {
  const name = (event.resource as { name?: unknown } | undefined)?.name;
  return {
    event_key: event.event_key,
    event_type: EVENT_TYPE[event.event_type ?? ''] ?? EventType.EVENT_TYPE_NONE,
    title: event.title,
    description: event.description,
    severity: SEVERITY[event.severity ?? ''] ?? EventSeverity.EVENT_SEVERITY_NONE,
    rule: event.rule,
    image_url: event.image_url,
    resources: [...(event.resources ?? []), ...(typeof name === 'string' && name !== '' ? [name] : [])],
    additional_info: event.additional_info,
    occurred_at: event.occurred_at,
  };
}

import { isIsoDateTime, isObject, type Dict } from './call-outcome';

/** `event_type` values the monitoring Event model accepts. */
export const EVENT_TYPES = ['ALERT', 'RECOVERY', 'ERROR'];
/** `EventInfo.Severity` names; `NONE` (0) is omitted by MessageToDict, and monitoring defaults to it. */
export const EVENT_SEVERITIES = ['CRITICAL', 'ERROR', 'WARNING', 'INFO', 'NOT_AVAILABLE', 'NONE'];
/** The string fields monitoring copies into the event when present (defaults: `""`). */
const TEXT_FIELDS = ['description', 'rule', 'image_url', 'provider', 'account'];
/** The keys of `resource` monitoring reads: `name` goes into the event's `resources`. */
const RESOURCE_KEYS = ['name', 'resource_id', 'resource_type'];

/**
 * What is wrong with one parsed event (as MessageToDict reads an `EventInfo`), field by field
 * as monitoring's `Event.create` reads it: `event_key` (alerts are matched by it), `event_type`
 * and `severity` from their enums, a `title`, an ISO-8601 `occurred_at` (parsed with dateutil),
 * string `description`/`rule`/`image_url`/`provider`/`account`, `resource` and `additional_info`
 * objects (with a string `resource.name`), `resources` a list of strings.
 */
export function eventProblems(event: Dict, at: string): string[] {
  const problems: string[] = [];
  if (typeof event.event_key !== 'string' || event.event_key === '')
    problems.push(`${at}.event_key is missing (monitoring matches alerts by it)`);
  if (!EVENT_TYPES.includes(String(event.event_type)))
    problems.push(`${at}.event_type is ${JSON.stringify(event.event_type)}, not one of ${EVENT_TYPES.join(', ')}`);
  if ('severity' in event && !EVENT_SEVERITIES.includes(String(event.severity)))
    problems.push(`${at}.severity is ${JSON.stringify(event.severity)}, not one of ${EVENT_SEVERITIES.join(', ')}`);
  if (typeof event.title !== 'string' || event.title === '') problems.push(`${at}.title is missing`);
  if (!isIsoDateTime(event.occurred_at))
    problems.push(`${at}.occurred_at is ${JSON.stringify(event.occurred_at)}, not an ISO-8601 date-time`);
  for (const key of TEXT_FIELDS)
    if (key in event && typeof event[key] !== 'string') problems.push(`${at}.${key} is not a string`);
  for (const key of ['resource', 'additional_info'])
    if (key in event && !isObject(event[key])) problems.push(`${at}.${key} is not an object`);
  if (isObject(event.resource))
    for (const key of RESOURCE_KEYS)
      if (key in event.resource && typeof event.resource[key] !== 'string')
        problems.push(`${at}.resource.${key} is not a string`);
  if ('resources' in event && !(Array.isArray(event.resources) && event.resources.every((r) => typeof r === 'string')))
    problems.push(`${at}.resources is not a list of strings`);
  return problems;
}

/** `EventType` of the alert-manager plugin API (EVENT_TYPE_NONE, 0, is omitted by MessageToDict). */
export const ALERT_MANAGER_EVENT_TYPES = ['ALERT', 'RECOVERY'];
/** `alert_manager.v1.EventSeverity` names (EVENT_SEVERITY_NONE, 0, is omitted). */
export const ALERT_MANAGER_SEVERITIES = ['CRITICAL', 'ERROR', 'WARNING', 'INFO'];

/**
 * What is wrong with one event of the alert-manager `EventsInfo`, as MessageToDict reads it: the
 * same rules as a classic event where the fields are the same, `resources` (strings) in place of
 * `resource`, the alert-manager enums, and no `provider`/`account` (not in that message).
 */
export function alertManagerEventProblems(event: Dict, at: string): string[] {
  const problems: string[] = [];
  if (typeof event.event_key !== 'string' || event.event_key === '')
    problems.push(`${at}.event_key is missing (alerts are matched by it)`);
  if ('event_type' in event && !ALERT_MANAGER_EVENT_TYPES.includes(String(event.event_type)))
    problems.push(
      `${at}.event_type is ${JSON.stringify(event.event_type)}, not one of ${ALERT_MANAGER_EVENT_TYPES.join(', ')}`,
    );
  if ('severity' in event && !ALERT_MANAGER_SEVERITIES.includes(String(event.severity)))
    problems.push(
      `${at}.severity is ${JSON.stringify(event.severity)}, not one of ${ALERT_MANAGER_SEVERITIES.join(', ')}`,
    );
  if (typeof event.title !== 'string' || event.title === '') problems.push(`${at}.title is missing`);
  if (!isIsoDateTime(event.occurred_at))
    problems.push(`${at}.occurred_at is ${JSON.stringify(event.occurred_at)}, not an ISO-8601 date-time`);
  for (const key of ['description', 'rule', 'image_url'])
    if (key in event && typeof event[key] !== 'string') problems.push(`${at}.${key} is not a string`);
  if ('additional_info' in event && !isObject(event.additional_info))
    problems.push(`${at}.additional_info is not an object`);
  if ('resources' in event && !(Array.isArray(event.resources) && event.resources.every((r) => typeof r === 'string')))
    problems.push(`${at}.resources is not a list of strings`);
  for (const key of ['resource', 'provider', 'account'])
    if (key in event) problems.push(`${at}.${key} is not a field of the alert-manager EventInfo`);
  return problems;
}

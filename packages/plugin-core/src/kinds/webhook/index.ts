export { type PyValue, type PyDict, isPyDict, pyTruthy } from './python-value';
export { pyStr, pyRepr, pyFloatRepr, pyStringRepr } from './python-str';
export { pyJsonLoads, pyJsonDumps, PyJsonError, MAX_JSON_DEPTH } from './python-json';
export { pyTitle } from './python-title';
export { type NaiveDateTime, iso8601Z, epochSeconds, nowNaive, naiveDateTime } from './naive-datetime';
export { isoparse, strptime } from './parse-times';
export { md5Hex } from './event-key';
export { severityOf } from './severity-table';
export {
  type WebhookEvent,
  type EventType,
  type EventSeverity,
  EVENT_TYPES,
  EVENT_SEVERITIES,
  toEventInfo,
  toEventsInfo,
} from './webhook-event';
export { dictAt, listAt, strAt, stringTypeAt, protoStringAt, pyGet, pyTypeName, describeValue } from './body-values';
export { setupFreeWebhook } from './webhook-handlers';

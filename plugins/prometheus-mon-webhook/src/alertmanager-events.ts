// Alertmanager `webhook_configs` payloads (version 4) → Cloudforet events, as
// plugin-prometheus-mon-webhook 1.0.12 makes them: one event per alert.
import {
  dictAt,
  iso8601Z,
  isoparse,
  listAt,
  pyGet,
  pyStr,
  describeValue,
  requiredParameter,
  invalidParameter,
  severityOf,
  stringTypeAt,
  type PyDict,
  type PyValue,
  type WebhookEvent,
} from '@cloudforet/plugin-core';

/** `labels.severity` → severity; anything else (info, missing, unknown) is INFO. */
const SEVERITIES = { critical: 'CRITICAL', error: 'ERROR', warning: 'WARNING' } as const;

/** The label that names the resource, most specific first; the first one present wins. */
export const RESOURCE_LABELS = [
  'resource',
  'grpc_method',
  'instance',
  'pod',
  'container',
  'device',
  'persistentvolumeclaim',
  'persistentvolume',
  'deployment',
  'daemonset',
  'statefulset',
  'horizontalpodautoscaler',
  'service',
  'controller',
  'job',
  'namespace',
  'phase',
  'severity',
  'alertname',
  'prometheus',
];

/** The events of one posted body; `options` are not used (upstream ignores them too). */
export function alertmanagerEvents(data: PyDict, now: () => Date = () => new Date()): WebhookEvent[] {
  const alerts = listAt(pyGet(data, 'alerts', []), 'data.alerts');
  return alerts.map((alert, i) => alertEvent(dictAt(alert, `data.alerts[${i}]`), `data.alerts[${i}]`, now));
}

function alertEvent(alert: PyDict, at: string, now: () => Date): WebhookEvent {
  const labels = dictAt(pyGet(alert, 'labels', {}), `${at}.labels`);
  const annotations = dictAt(pyGet(alert, 'annotations', {}), `${at}.annotations`);
  if (!Object.hasOwn(alert, 'fingerprint')) throw requiredParameter(`${at}.fingerprint`);
  const eventKey = stringTypeAt(alert.fingerprint, `${at}.fingerprint`);
  if (eventKey === undefined) throw requiredParameter(`${at}.fingerprint`);
  const title = stringTypeAt(
    pyGet(annotations, 'summary', pyGet(labels, 'alertname', 'no title')),
    `${at}.annotations.summary`,
  );
  if (title === undefined) throw requiredParameter(`${at}.annotations.summary`);
  const description = stringTypeAt(
    pyGet(annotations, 'description', 'no description'),
    `${at}.annotations.description`,
  );
  const rule = stringTypeAt(pyGet(labels, 'rule_group'), `${at}.labels.rule_group`);
  const recovered = pyGet(alert, 'status') === 'resolved';
  return {
    event_key: eventKey,
    event_type: recovered ? 'RECOVERY' : 'ALERT',
    severity: severityOf(SEVERITIES, pyGet(labels, 'severity', ''), 'INFO'),
    title,
    ...(description !== undefined && { description }),
    ...(rule !== undefined && { rule }),
    resource: resourceOf(labels, `${at}.labels`),
    occurred_at: occurredAt(pyGet(alert, 'startsAt', utcNowText(now())), `${at}.startsAt`),
    additional_info: additionalInfo(alert, annotations, labels, at),
  };
}

function resourceOf(labels: PyDict, at: string): Record<string, string> {
  const key = RESOURCE_LABELS.find((name) => Object.hasOwn(labels, name));
  if (key === undefined) return {};
  const name = stringTypeAt(labels[key], `${at}.${key}`);
  return name === undefined ? { resource_type: key } : { resource_type: key, name };
}

/** `isoparse(startsAt)` printed `…mmmZ`: the offset is dropped, not converted (as upstream). */
function occurredAt(value: PyValue | undefined, key: string): string {
  const dt = typeof value === 'string' ? isoparse(value) : undefined;
  if (!dt) throw invalidParameter(key, `${describeValue(value)} is not an ISO-8601 date-time`);
  return iso8601Z(dt);
}

/** `str(datetime.utcnow())`: `YYYY-MM-DD HH:MM:SS.ffffff`. */
function utcNowText(now: Date): string {
  return `${now.toISOString().slice(0, 10)} ${now.toISOString().slice(11, 23)}000`;
}

/** runbook_url, generator_url, ends_at, then every label (a label may overwrite the three); string values only. */
function additionalInfo(alert: PyDict, annotations: PyDict, labels: PyDict, at: string): Record<string, string | null> {
  const info: Record<string, string | null> = {};
  const put = (key: string, value: PyValue | undefined, source: string) => {
    info[key] = stringTypeAt(value, source) ?? null;
  };
  if (Object.hasOwn(annotations, 'runbook_url'))
    put('runbook_url', annotations.runbook_url, `${at}.annotations.runbook_url`);
  if (Object.hasOwn(alert, 'generatorURL')) put('generator_url', alert.generatorURL, `${at}.generatorURL`);
  if (Object.hasOwn(alert, 'endsAt')) info.ends_at = pyStr(alert.endsAt);
  for (const [key, value] of Object.entries(labels)) put(key, value, `${at}.labels.${key}`);
  return info;
}

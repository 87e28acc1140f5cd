// Grafana 8+ unified alerting contact-point webhooks (Alertmanager-like, with orgId).
import {
  describeValue,
  dictAt,
  invalidParameter,
  iso8601Z,
  isoparse,
  listAt,
  md5Hex,
  protoStringAt,
  pyGet,
  pyStr,
  requiredParameter,
  severityOf,
  strAt,
  type PyDict,
  type PyValue,
  type WebhookEvent,
} from '@cloudforet/plugin-core';

const SEVERITIES = { resolved: 'INFO', firing: 'ERROR' } as const;

// The released plugin's title clean-up (Python `re`): "[FIRING:2] " and "[FIRING:1, RESOLVED:1] ",
// each with its trailing space.
const COUNT_PREFIX = /\[[FIRING|RESOLVED]+:+[0-9]+\] /g;
const COUNTS_PREFIX = /[[+a-zA-Z]+:+[0-9]+,+.+[a-zA-Z]+:+[0-9]+\] /g;
const MAX_TITLE = 4096;
// Python's `\s` (the `regex` module, str patterns) and `.` (anything but a newline).
const SPACE = '[\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';
const NOISE_LINES = new RegExp(['Annotations', 'Source', 'Silence'].map((k) => `${k}:${SPACE}+[^\\n]*`).join('|'), 'g');

/** One event for the whole notification, as upstream: keyed by md5(groupKey), so firing and resolved match. */
export function unifiedEvent(body: PyDict): WebhookEvent {
  const groupKey = pyGet(body, 'groupKey');
  if (groupKey === null || groupKey === undefined) throw requiredParameter('data.groupKey');
  const status = pyGet(body, 'status', '');
  const commonLabels = dictAt(pyGet(body, 'commonLabels', {}), 'data.commonLabels');
  const alerts = alertsOf(body);
  const first = alerts.length ? dictAt(alerts[0], 'data.alerts[0]') : undefined;
  const title = titleOf(body, commonLabels);
  const imageUrl = first ? protoStringAt(pyGet(first, 'panelURL'), 'data.alerts[0].panelURL') : '';
  if (!first) throw invalidParameter('data.alerts', "no alert: the event time is the first alert's startsAt");
  return {
    event_key: md5Hex(strAt(groupKey, 'data.groupKey'), 'data.groupKey'),
    event_type: status === 'resolved' ? 'RECOVERY' : 'ALERT',
    severity: severityOf(SEVERITIES, status, 'NONE'),
    title: title ?? '',
    rule: ruleOf(commonLabels),
    ...(imageUrl !== undefined && { image_url: imageUrl }),
    resource: {},
    description: descriptionOf(body, alerts),
    occurred_at: startsAt(first, 'data.alerts[0].startsAt'),
    additional_info: Object.fromEntries(Object.entries(commonLabels).map(([k, v]) => [k, pyStr(v)])),
  };
}

/**
 * `split_alerts` (not upstream): one event per alert, keyed by the alert's fingerprint, so
 * that each alert of a group opens, updates and resolves its own Cloudforet alert.
 */
export function splitAlertEvents(body: PyDict): WebhookEvent[] {
  return alertsOf(body).map((value, i) => {
    const at = `data.alerts[${i}]`;
    const alert = dictAt(value, at);
    const labels = dictAt(pyGet(alert, 'labels', {}), `${at}.labels`);
    const annotations = dictAt(pyGet(alert, 'annotations', {}), `${at}.annotations`);
    const fingerprint = pyGet(alert, 'fingerprint');
    const key =
      typeof fingerprint === 'string' && fingerprint !== ''
        ? fingerprint
        : md5Hex(`${strAt(pyGet(body, 'groupKey'), 'data.groupKey')}:${pyStr(sortedLabels(labels))}`, `${at}.labels`);
    const status = pyGet(alert, 'status', '');
    const alertname = protoStringAt(pyGet(labels, 'alertname'), `${at}.labels.alertname`);
    const imageUrl = protoStringAt(pyGet(alert, 'panelURL'), `${at}.panelURL`);
    const text = [pyGet(annotations, 'summary'), pyGet(annotations, 'description')].filter(
      (t) => typeof t === 'string',
    );
    return {
      event_key: key,
      event_type: status === 'resolved' ? 'RECOVERY' : 'ALERT',
      severity: severityOf(SEVERITIES, status, 'NONE'),
      title: alertname ?? titleOf(body, {}) ?? '',
      rule: protoStringAt(pyGet(labels, 'rulename'), `${at}.labels.rulename`) ?? alertname ?? ' ',
      ...(imageUrl !== undefined && { image_url: imageUrl }),
      resource: {},
      description: [...text, ...valueLines(alert, at)].join('\n'),
      occurred_at: startsAt(alert, `${at}.startsAt`),
      additional_info: Object.fromEntries(Object.entries(labels).map(([k, v]) => [k, pyStr(v)])),
    };
  });
}

function alertsOf(body: PyDict): PyValue[] {
  return listAt(pyGet(body, 'alerts', []), 'data.alerts');
}

/** commonLabels.alertname, else the title without its alert counts; no title at all leaves it unset. */
function titleOf(body: PyDict, commonLabels: PyDict): string | undefined {
  const alertname = pyGet(commonLabels, 'alertname');
  if (alertname !== null && alertname !== undefined) return strAt(alertname, 'data.commonLabels.alertname');
  const title = pyGet(body, 'title');
  if (title === null || title === undefined) return undefined;
  // The second pattern backtracks polynomially (minutes for a 256 KiB title in CPython as here):
  // a title is cut to MAX_TITLE characters first, which no sender's title reaches.
  return strAt(title, 'data.title').slice(0, MAX_TITLE).replace(COUNT_PREFIX, '').replace(COUNTS_PREFIX, '');
}

function ruleOf(commonLabels: PyDict): string {
  const rulename = pyGet(commonLabels, 'rulename');
  if (rulename !== null && rulename !== undefined) return strAt(rulename, 'data.commonLabels.rulename');
  return protoStringAt(pyGet(commonLabels, 'alertname', ' '), 'data.commonLabels.alertname') ?? '';
}

/**
 * The message without its Annotations/Source/Silence lines and with at most one blank line in
 * a row, then "ValueString:" and each alert's values one per line; "DatasourceNoData" when
 * Grafana wrote "[no value]". A message Grafana did not send counts as empty (upstream fails).
 */
function descriptionOf(body: PyDict, alerts: PyValue[]): string {
  const message = protoStringAt(pyGet(body, 'message'), 'data.message') ?? '';
  if (message.includes('[no value]')) return 'DatasourceNoData';
  let text = message.replace(NOISE_LINES, '').replace(/\n{3,}/g, '\n\n');
  text += 'ValueString: \n';
  alerts.forEach((alert, i) => {
    for (const line of valueLines(dictAt(alert, `data.alerts[${i}]`), `data.alerts[${i}]`)) text += `${line}\n`;
    text += '\n';
  });
  return text;
}

/**
 * `- <piece>` per ", "-separated piece of valueString. Grafana 10/11 alerts may carry only
 * `values` (`{"B": 22}`): then one `- B=22` per value (upstream fails on them).
 */
function valueLines(alert: PyDict, at: string): string[] {
  const valueString = pyGet(alert, 'valueString');
  if (valueString !== undefined && valueString !== null)
    return strAt(valueString, `${at}.valueString`)
      .split(', ')
      .map((piece) => `- ${piece}`);
  const values = pyGet(alert, 'values');
  if (values === undefined || values === null) return [];
  // Sorted by name (B, C, …): a Struct's key order is its sender's map order, not Grafana's.
  return Object.entries(dictAt(values, `${at}.values`))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `- ${k}=${typeof v === 'number' ? String(v) : pyStr(v)}`);
}

function startsAt(alert: PyDict, key: string): string {
  const value = pyGet(alert, 'startsAt');
  const dt = typeof value === 'string' ? isoparse(value) : undefined;
  if (!dt) throw invalidParameter(key, `${describeValue(value)} is not an ISO-8601 date-time`);
  return iso8601Z(dt);
}

function sortedLabels(labels: PyDict): PyDict {
  return Object.fromEntries(
    Object.keys(labels)
      .sort()
      .map((k) => [k, labels[k]!]),
  );
}

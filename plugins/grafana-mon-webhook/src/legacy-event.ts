// Grafana ≤ 7 "notification channel" webhooks (legacy dashboard alerts).
import {
  iso8601Z,
  md5Hex,
  nowNaive,
  protoStringAt,
  pyGet,
  pyJsonDumps,
  pyStr,
  requiredParameter,
  severityOf,
  strAt,
  type PyDict,
  type WebhookEvent,
} from '@cloudforet/plugin-core';

const SEVERITIES = { ok: 'INFO', alerting: 'ERROR' } as const;
const STATE_CODES = ['[Alerting]', '[OK]', '[No Data]'];
/** The four ids of the key, with the field name upstream's error names. */
const KEY_IDS = ['dashboardId', 'panelId', 'ruleId', 'orgId'];

export function legacyEvent(body: PyDict, now: Date): WebhookEvent {
  // md5("{dashboardId}:{panelId}:{ruleId}:{orgId}") with Python's str(): Struct numbers are
  // floats, so a posted 58 is "58.0" (and an int inside a message_root JSON text "58").
  const ids = KEY_IDS.map((id) => {
    const value = pyGet(body, id);
    if (value === null || value === undefined) throw requiredParameter(`data.${id}`);
    return pyStr(value);
  });
  let title = strAt(pyGet(body, 'title'), 'data.title');
  for (const code of STATE_CODES) title = title.replaceAll(code, '');
  const state = pyGet(body, 'state', '');
  const rule = protoStringAt(pyGet(body, 'ruleName', ''), 'data.ruleName');
  const imageUrl = protoStringAt(pyGet(body, 'imageUrl', ''), 'data.imageUrl');
  const description = protoStringAt(pyGet(body, 'message', ''), 'data.message');
  return {
    event_key: md5Hex(ids.join(':'), 'data.dashboardId'),
    event_type: state === 'ok' ? 'RECOVERY' : 'ALERT',
    severity: severityOf(SEVERITIES, state, 'NONE'),
    title,
    ...(rule !== undefined && { rule }),
    ...(imageUrl !== undefined && { image_url: imageUrl }),
    resource: {},
    ...(description !== undefined && { description }),
    occurred_at: iso8601Z(nowNaive(now)),
    additional_info: additionalInfo(body),
  };
}

function additionalInfo(body: PyDict): Record<string, unknown> {
  const info: Record<string, unknown> = {};
  if (Object.hasOwn(body, 'dashboardId')) info.dashboard_id = pyStr(body.dashboardId);
  if (Object.hasOwn(body, 'panelId')) info.panel_id = pyStr(body.panelId);
  if (Object.hasOwn(body, 'orgId')) info.org_id = pyStr(body.orgId);
  if (Object.hasOwn(body, 'ruleUrl')) info.rule_url = body.ruleUrl;
  if (Object.hasOwn(body, 'evalMatches')) info.eval_matches = pyJsonDumps(body.evalMatches);
  return info;
}

// AWS Health events (EventBridge, source aws.health) posted through SNS, as
// plugin-aws-sns-mon-webhook 1.2.7 makes events of them: one per message, keyed by the eventArn.
import {
  describeValue,
  dictAt,
  invalidParameter,
  iso8601Z,
  listAt,
  nowNaive,
  pyGet,
  pyStr,
  pyTitle,
  pyTruthy,
  requiredParameter,
  strAt,
  strptime,
  stringTypeAt,
  type PyDict,
  type WebhookEvent,
} from '@cloudforet/plugin-core';

const START_TIME_FORMAT = '%a, %d %b %Y %H:%M:%S %Z';
const INFO_KEYS = ['id', 'account', 'region', 'service', 'eventTypeCode', 'affectedEntities'];

export function healthEvent(message: PyDict, now: Date): WebhookEvent {
  const detail = dictAt(pyGet(message, 'detail', {}), 'data.Message.detail');
  const account = pyGet(message, 'account', '');
  const eventKey = stringTypeAt(pyGet(detail, 'eventArn', ''), 'data.Message.detail.eventArn');
  if (eventKey === undefined) throw requiredParameter('data.Message.detail.eventArn');
  const status = strAt(pyGet(detail, 'statusCode', 'open'), 'data.Message.detail.statusCode').toLowerCase();
  const category = pyGet(detail, 'eventTypeCategory', '');
  const rule = stringTypeAt(category, 'data.Message.detail.eventTypeCategory');
  const source = stringTypeAt(pyGet(message, 'source', 'aws.health'), 'data.Message.source');
  const accountText = stringTypeAt(account, 'data.Message.account');
  return {
    event_key: eventKey,
    event_type: status === 'closed' ? 'RECOVERY' : 'ALERT',
    severity: category === 'issue' || category === 'scheduledChange' ? 'ERROR' : 'INFO',
    // Upstream writes the ARN under a misspelt key its model drops: only resource_type remains.
    resource: source === undefined ? {} : { resource_type: source },
    description: descriptionOf(detail, pyStr(account)),
    title: pyTitle(strAt(pyGet(detail, 'eventTypeCode', ''), 'data.Message.detail.eventTypeCode').replaceAll('_', ' ')),
    ...(rule !== undefined && { rule }),
    occurred_at: startTime(detail, now),
    ...(accountText !== undefined && { account: accountText }),
    provider: 'aws',
    additional_info: additionalInfo(message, detail),
  };
}

/** The descriptions joined by a space (literal `\\n` and `\n` made newlines), the account, the affected entities. */
function descriptionOf(detail: PyDict, account: string): string {
  const descriptions = pyGet(detail, 'eventDescription', '');
  const texts = (
    typeof descriptions === 'string' ? [...descriptions] : listAt(descriptions, 'data.Message.detail.eventDescription')
  ).map((d, i) =>
    strAt(
      pyGet(dictAt(d, `data.Message.detail.eventDescription[${i}]`), 'latestDescription', ''),
      `data.Message.detail.eventDescription[${i}].latestDescription`,
    )
      .replaceAll('\\\\n', '\n')
      .replaceAll('\\n', '\n'),
  );
  const entities = entityValues(detail);
  const head = `${texts.join(' ')} (Account:${account})`;
  return entities.length
    ? `${head}\n\nAffected Entities:\n - ${entities.join('\n - ')}`
    : `${head}\n\nAffected Entities: None`;
}

function entityValues(detail: PyDict): string[] {
  return listAt(pyGet(detail, 'affectedEntities', []), 'data.Message.detail.affectedEntities').map((e, i) =>
    strAt(
      pyGet(dictAt(e, `data.Message.detail.affectedEntities[${i}]`), 'entityValue', ''),
      `data.Message.detail.affectedEntities[${i}].entityValue`,
    ),
  );
}

/** `startTime` as RFC 1123 (`Sat, 04 Jun 2016 05:01:10 GMT`), else now. */
function startTime(detail: PyDict, now: Date): string {
  const value = pyGet(detail, 'startTime');
  if (!pyTruthy(value)) return iso8601Z(nowNaive(now));
  const dt = typeof value === 'string' ? strptime(value, START_TIME_FORMAT) : undefined;
  if (!dt)
    throw invalidParameter(
      'data.Message.detail.startTime',
      `${describeValue(value)} does not match ${START_TIME_FORMAT}`,
    );
  return iso8601Z(dt);
}

/**
 * id, account, region (top level, when true), service, eventTypeCode and affectedEntities
 * (the entityValue list) from detail; id, account and service are required by upstream's model.
 */
function additionalInfo(message: PyDict, detail: PyDict): Record<string, unknown> {
  const info: Record<string, unknown> = {};
  const put = (key: string, value: PyDict[string], at: string) => {
    // A None kept as None (null), as upstream's model exports it; an int cast to str.
    info[key] = key === 'affectedEntities' ? entityValues(detail) : (stringTypeAt(value, at) ?? null);
  };
  for (const key of Object.keys(message))
    if (INFO_KEYS.includes(key) && key !== 'affectedEntities' && pyTruthy(message[key]))
      put(key, message[key]!, `data.Message.${key}`);
  for (const key of Object.keys(detail))
    if (INFO_KEYS.includes(key)) put(key, detail[key]!, `data.Message.detail.${key}`);
  for (const key of ['id', 'account', 'service'])
    if (info[key] === undefined || info[key] === null)
      throw requiredParameter(key === 'service' ? 'data.Message.detail.service' : `data.Message.${key}`);
  info.affectedEntities ??= [];
  return info;
}

// CloudWatch alarm notifications (the JSON in an SNS Message), as plugin-aws-sns-mon-webhook
// 1.2.7 makes events of them: one per dimension.
import {
  dictAt,
  epochSeconds,
  invalidParameter,
  iso8601Z,
  listAt,
  md5Hex,
  nowNaive,
  pyGet,
  pyStr,
  pyTruthy,
  requiredParameter,
  describeValue,
  strptime,
  stringTypeAt,
  type NaiveDateTime,
  type PyDict,
  type PyValue,
  type WebhookEvent,
} from '@cloudforet/plugin-core';

const STATE_CHANGE_FORMAT = '%Y-%m-%dT%H:%M:%S.%f+0000';
/** The additional_info keys of upstream's model, in its order (AlarmDescription and Trigger are dropped). */
const INFO_KEYS = ['AWSAccountId', 'AlarmArn', 'AlarmName', 'OldStateValue', 'Region'];

/**
 * One event per `Trigger.Dimensions[]` entry, then per `Trigger.Metrics[].MetricStat.Metric.Dimensions[]`
 * entry (metric math, anomaly detection); an alarm without dimensions (a composite alarm) gives none.
 */
export function cloudwatchEvents(message: PyDict, now: Date): WebhookEvent[] {
  const trigger = dictAt(pyGet(message, 'Trigger', {}), 'data.Message.Trigger');
  const occurred = occurredAt(message, now);
  const namespace = namespaceOf(trigger);
  const info = additionalInfo(message, trigger);
  const dimensions: [PyValue, string][] = listAt(
    pyGet(trigger, 'Dimensions', []),
    'data.Message.Trigger.Dimensions',
  ).map((d, i) => [d, `data.Message.Trigger.Dimensions[${i}]`]);
  listAt(pyGet(trigger, 'Metrics', []), 'data.Message.Trigger.Metrics').forEach((m, i) => {
    const at = `data.Message.Trigger.Metrics[${i}]`;
    const metric = dictAt(
      pyGet(dictAt(pyGet(dictAt(m, at), 'MetricStat', {}), `${at}.MetricStat`), 'Metric', {}),
      `${at}.MetricStat.Metric`,
    );
    listAt(pyGet(metric, 'Dimensions', []), `${at}.MetricStat.Metric.Dimensions`).forEach((d, j) =>
      dimensions.push([d, `${at}.MetricStat.Metric.Dimensions[${j}]`]),
    );
  });
  return dimensions.map(([d, at]) => dimensionEvent(message, dictAt(d, at), at, { occurred, namespace, info }));
}

function dimensionEvent(
  message: PyDict,
  dimension: PyDict,
  at: string,
  shared: { occurred: NaiveDateTime; namespace: PyValue; info: Record<string, string> },
): WebhookEvent {
  const state = pyGet(message, 'NewStateValue', 'INSUFFICIENT_DATA');
  const region = pyGet(message, 'Region', '');
  const value = pyGet(dimension, 'value', '');
  // md5("{AWSAccountId}:{dimension value}:{AlarmName}:{10-minute bucket × 100}"), Python str() of each.
  const bucket = Math.floor(epochSeconds(shared.occurred) / 600) * 100;
  const key = `${pyStr(pyGet(message, 'AWSAccountId'))}:${pyStr(pyGet(dimension, 'value'))}:${pyStr(pyGet(message, 'AlarmName'))}:${bucket}`;
  const title = stringTypeAt(pyGet(message, 'AlarmName', ''), 'data.Message.AlarmName');
  if (title === undefined) throw requiredParameter('data.Message.AlarmName');
  const description = stringTypeAt(pyGet(message, 'NewStateReason', ''), 'data.Message.NewStateReason');
  const account = stringTypeAt(pyGet(message, 'AWSAccountId', ''), 'data.Message.AWSAccountId');
  const resourceId = stringTypeAt(value, `${at}.value`);
  const resourceType = stringTypeAt(shared.namespace, 'data.Message.Trigger.Namespace');
  return {
    event_key: md5Hex(key, 'data.Message'),
    event_type: state === 'OK' ? 'RECOVERY' : 'ALERT',
    severity: state === 'OK' ? 'INFO' : state === 'ALARM' || state === 'ALERT' ? 'ERROR' : 'NONE',
    resource: {
      ...(resourceId !== undefined && { resource_id: resourceId }),
      ...(resourceType !== undefined && { resource_type: resourceType }),
      name: `[${pyStr(shared.namespace)}] ${pyStr(pyGet(dimension, 'name', ''))}=${pyStr(value)} (${pyStr(region)})`,
    },
    ...(description !== undefined && { description }),
    title,
    rule: title,
    occurred_at: iso8601Z(shared.occurred),
    ...(account !== undefined && { account }),
    provider: 'aws',
    additional_info: shared.info,
  };
}

/** `StateChangeTime` read with CloudWatch's fixed format (`2021-06-10T04:28:46.868+0000`), else now. */
function occurredAt(message: PyDict, now: Date): NaiveDateTime {
  const value = pyGet(message, 'StateChangeTime');
  if (!pyTruthy(value)) return nowNaive(now);
  const dt = typeof value === 'string' ? strptime(value, STATE_CHANGE_FORMAT) : undefined;
  if (!dt)
    throw invalidParameter(
      'data.Message.StateChangeTime',
      `${describeValue(value)} does not match ${STATE_CHANGE_FORMAT}`,
    );
  return dt;
}

/** `Trigger.Namespace`, else the first metric's namespace, else "". */
function namespaceOf(trigger: PyDict): PyValue {
  if (pyTruthy(pyGet(trigger, 'Namespace'))) return trigger.Namespace!;
  for (const m of listAt(pyGet(trigger, 'Metrics', []), 'data.Message.Trigger.Metrics')) {
    const metric = pyGet(
      dictAt(
        pyGet(dictAt(m, 'data.Message.Trigger.Metrics[]'), 'MetricStat', {}),
        'data.Message.Trigger.Metrics[].MetricStat',
      ),
      'Metric',
      {},
    );
    const ns = pyGet(dictAt(metric, 'data.Message.Trigger.Metrics[].MetricStat.Metric'), 'Namespace');
    if (pyTruthy(ns)) return ns!;
  }
  return '';
}

/**
 * The model's keys with a true value, strings (an int is cast); MetricName and Namespace from
 * the Trigger (or the last metric with a MetricStat) when both are non-empty. AWSAccountId and
 * AlarmArn are required, as upstream's model requires them.
 */
function additionalInfo(message: PyDict, trigger: PyDict): Record<string, string> {
  const info: Record<string, string> = {};
  for (const key of INFO_KEYS) {
    const value = pyGet(message, key);
    if (pyTruthy(value)) info[key] = stringTypeAt(value, `data.Message.${key}`)!;
  }
  for (const key of ['AWSAccountId', 'AlarmArn']) if (!(key in info)) throw requiredParameter(`data.Message.${key}`);
  let metricName: PyValue | undefined = '';
  let namespace: PyValue | undefined = '';
  if (pyTruthy(pyGet(message, 'Trigger'))) {
    if (Object.hasOwn(trigger, 'Metrics'))
      listAt(trigger.Metrics, 'data.Message.Trigger.Metrics').forEach((m, i) => {
        const metric = dictAt(m, `data.Message.Trigger.Metrics[${i}]`);
        if (!Object.hasOwn(metric, 'MetricStat')) return;
        const stat = dictAt(metric.MetricStat, `data.Message.Trigger.Metrics[${i}].MetricStat`);
        if (!Object.hasOwn(stat, 'Metric'))
          throw requiredParameter(`data.Message.Trigger.Metrics[${i}].MetricStat.Metric`);
        const inner = dictAt(stat.Metric, `data.Message.Trigger.Metrics[${i}].MetricStat.Metric`);
        metricName = pyGet(inner, 'MetricName', '');
        namespace = pyGet(inner, 'Namespace', '');
      });
    if (Object.hasOwn(trigger, 'MetricName')) metricName = trigger.MetricName;
    if (Object.hasOwn(trigger, 'Namespace')) namespace = trigger.Namespace;
  }
  if (pyTruthy(metricName) && pyTruthy(namespace)) {
    info.MetricName = stringTypeAt(metricName, 'data.Message.Trigger.MetricName')!;
    info.Namespace = stringTypeAt(namespace, 'data.Message.Trigger.Namespace')!;
  }
  return info;
}

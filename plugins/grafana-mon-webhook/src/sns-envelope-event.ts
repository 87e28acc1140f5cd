// A body without orgId: taken as an AWS SNS envelope (Grafana posting to SNS, seen without message_root).
import {
  describeValue,
  invalidParameter,
  iso8601Z,
  isoparse,
  md5Hex,
  protoStringAt,
  pyGet,
  requiredParameter,
  strAt,
  type PyDict,
  type PyValue,
  type WebhookEvent,
} from '@cloudforet/plugin-core';

const INFO_KEYS = [
  'MessageId',
  'SigningCertURL',
  'Signature',
  'SignatureVersion',
  'Type',
  'Message',
  'Token',
  'TopicArn',
  'SubscribeURL',
];

export function snsEnvelopeEvent(body: PyDict): WebhookEvent {
  const topicArn = pyGet(body, 'TopicArn');
  if (topicArn === null || topicArn === undefined) throw requiredParameter('data.TopicArn');
  const occurredAt = timestamp(pyGet(body, 'Timestamp'));
  const title = protoStringAt(pyGet(body, 'Type', ''), 'data.Type');
  const imageUrl = protoStringAt(pyGet(body, 'SubscribeURL', ''), 'data.SubscribeURL');
  const description = protoStringAt(pyGet(body, 'Message'), 'data.Message');
  const info: Record<string, PyValue> = { Timestamp: occurredAt };
  for (const key of INFO_KEYS) info[key] = pyGet(body, key) ?? null;
  return {
    // The same key for every message of the topic: each one updates the one open alert.
    event_key: md5Hex(strAt(topicArn, 'data.TopicArn'), 'data.TopicArn'),
    event_type: 'ALERT',
    severity: 'INFO',
    title: title ?? '',
    // The subscription is confirmed by a human opening this URL; it is never fetched here.
    ...(imageUrl !== undefined && { image_url: imageUrl }),
    resource: {},
    ...(description !== undefined && { description }),
    occurred_at: occurredAt,
    additional_info: info,
  };
}

function timestamp(value: PyValue | undefined): string {
  const dt = typeof value === 'string' ? isoparse(value) : undefined;
  if (!dt) throw invalidParameter('data.Timestamp', `${describeValue(value)} is not an ISO-8601 date-time`);
  return iso8601Z(dt);
}

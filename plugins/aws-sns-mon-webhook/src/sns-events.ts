import {
  describeValue,
  dictAt,
  invalidParameter,
  invalidParameterType,
  isPyDict,
  pyGet,
  pyJsonLoads,
  type CallContext,
  type PyDict,
  type PyValue,
  type WebhookEvent,
} from '@cloudforet/plugin-core';
import { cloudwatchEvents } from './cloudwatch-alarm';
import { healthEvent } from './health-event';
import { verifySignature } from './message-signature';
import type { SigningCertificates } from './signing-certificates';
import type { SubscriptionConfirmer } from './subscription-confirmer';

export interface SnsParseDeps {
  confirmer: SubscriptionConfirmer;
  certificates: SigningCertificates;
  now?: () => Date;
}

/**
 * The events of one posted body. A SubscriptionConfirmation is confirmed (only at an SNS
 * endpoint) and gives none; otherwise the JSON in `Message` (or the body itself, for direct
 * EventBridge posts) is a CloudWatch alarm or an AWS Health event. `options.verify_signature`
 * first requires a valid SNS signature.
 */
export async function snsEvents(
  options: PyDict,
  data: PyDict,
  deps: SnsParseDeps,
  ctx: Pick<CallContext, 'signal' | 'deadline'>,
): Promise<WebhookEvent[]> {
  const verify = pyGet(options, 'verify_signature', false);
  if (typeof verify !== 'boolean')
    throw invalidParameterType('options.verify_signature', `bool, not ${describeValue(verify)}`);
  if (verify) await verifySignature(data, deps.certificates, ctx);
  if (pyGet(data, 'Type') === 'SubscriptionConfirmation') {
    await deps.confirmer.confirm(data, ctx);
    return [];
  }
  const message = Object.hasOwn(data, 'Message') ? decodedMessage(data.Message) : data;
  const now = (deps.now ?? (() => new Date()))();
  if (Object.hasOwn(message, 'AlarmArn')) {
    if (serviceOf(message.AlarmArn, ':', 2, 'data.Message.AlarmArn') !== 'cloudwatch')
      throw invalidParameter('data.Message.AlarmArn', 'not the ARN of a CloudWatch alarm');
    return cloudwatchEvents(message, now);
  }
  if (Object.hasOwn(message, 'source')) {
    if (serviceOf(message.source, '.', 1, 'data.Message.source') !== 'health')
      throw invalidParameter('data.Message.source', 'not an AWS Health event (aws.health)');
    return [healthEvent(message, now)];
  }
  throw invalidParameter(
    'data',
    'neither a CloudWatch alarm (AlarmArn) nor an AWS Health event (source) in the message',
  );
}

function decodedMessage(value: PyValue | undefined): PyDict {
  if (typeof value !== 'string') throw invalidParameterType('data.Message', `str, not ${describeValue(value)}`);
  let message: PyValue;
  try {
    message = pyJsonLoads(value);
  } catch (err) {
    throw invalidParameter(
      'data.Message',
      `not JSON (${(err as Error).message}): not a CloudWatch alarm or AWS Health event`,
    );
  }
  return dictAt(isPyDict(message) ? message : message, 'data.Message');
}

function serviceOf(value: PyValue | undefined, separator: string, index: number, key: string): string {
  if (typeof value !== 'string') throw invalidParameterType(key, `str, not ${describeValue(value)}`);
  const part = value.split(separator)[index];
  if (part === undefined) throw invalidParameter(key, `has no part ${index + 1} when split on "${separator}"`);
  return part;
}

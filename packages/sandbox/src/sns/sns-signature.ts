import { sign, type KeyObject } from 'node:crypto';
import type { SnsEnvelope } from './sns-sandbox-types';

/** The keys SNS signs, in order, by message type (docs: "Verifying the signatures of Amazon SNS messages"). */
const SIGNED_KEYS: Record<string, string[]> = {
  Notification: ['Message', 'MessageId', 'Subject', 'Timestamp', 'TopicArn', 'Type'],
  SubscriptionConfirmation: ['Message', 'MessageId', 'SubscribeURL', 'Timestamp', 'Token', 'TopicArn', 'Type'],
  UnsubscribeConfirmation: ['Message', 'MessageId', 'SubscribeURL', 'Timestamp', 'Token', 'TopicArn', 'Type'],
};

/** `Key\nValue\n` for each signed key the envelope has. */
export function stringToSign(envelope: SnsEnvelope): string {
  return (SIGNED_KEYS[envelope.Type ?? ''] ?? [])
    .filter((k) => envelope[k] !== undefined)
    .map((k) => `${k}\n${envelope[k]}\n`)
    .join('');
}

export function signEnvelope(envelope: SnsEnvelope, key: KeyObject, signatureVersion: '1' | '2'): string {
  return sign(signatureVersion === '1' ? 'sha1' : 'sha256', Buffer.from(stringToSign(envelope)), key).toString(
    'base64',
  );
}

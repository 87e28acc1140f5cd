import { verify } from 'node:crypto';
import { invalidParameter, type CallContext, type PyDict } from '@cloudforet/plugin-core';
import { snsUrl } from './sns-endpoint';
import type { SigningCertificates } from './signing-certificates';

/** The keys SNS signs, in this order, by message type (absent optional keys are skipped). */
const SIGNED_KEYS: Record<string, string[]> = {
  Notification: ['Message', 'MessageId', 'Subject', 'Timestamp', 'TopicArn', 'Type'],
  SubscriptionConfirmation: ['Message', 'MessageId', 'SubscribeURL', 'Timestamp', 'Token', 'TopicArn', 'Type'],
  UnsubscribeConfirmation: ['Message', 'MessageId', 'SubscribeURL', 'Timestamp', 'Token', 'TopicArn', 'Type'],
};
const ALGORITHMS: Record<string, string> = { '1': 'sha1', '2': 'sha256' };

/**
 * `verify_signature`: the envelope must be signed by SNS. SignatureVersion 1 is SHA1withRSA,
 * 2 SHA256withRSA, over `Key\nValue\n` of the signed keys; the certificate comes only from an
 * SNS endpoint over https (SigningCertURL checked like SubscribeURL) and is cached.
 */
export async function verifySignature(
  envelope: PyDict,
  certificates: SigningCertificates,
  ctx: Pick<CallContext, 'signal' | 'deadline'>,
): Promise<void> {
  const keys = SIGNED_KEYS[typeof envelope.Type === 'string' ? envelope.Type : ''];
  if (!keys) throw invalidParameter('data.Type', 'not a signed SNS message type (verify_signature is on)');
  const algorithm = ALGORITHMS[String(envelope.SignatureVersion)];
  if (!algorithm) throw invalidParameter('data.SignatureVersion', 'must be "1" or "2" (verify_signature is on)');
  if (typeof envelope.Signature !== 'string' || envelope.Signature === '')
    throw invalidParameter('data.Signature', 'missing (verify_signature is on)');
  const signed = keys
    .filter((k) => envelope[k] !== undefined && envelope[k] !== null)
    .map((k) => {
      if (typeof envelope[k] !== 'string') throw invalidParameter(`data.${k}`, 'not a string in a signed message');
      return `${k}\n${envelope[k]}\n`;
    })
    .join('');
  const key = await certificates.publicKey(snsUrl(envelope.SigningCertURL, 'data.SigningCertURL'), ctx);
  if (!verify(algorithm, Buffer.from(signed), key, Buffer.from(envelope.Signature, 'base64')))
    throw invalidParameter('data.Signature', 'does not verify against the SNS signing certificate');
}

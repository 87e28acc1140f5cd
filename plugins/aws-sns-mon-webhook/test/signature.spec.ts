// verify_signature: SNS's SignatureVersion 1 (SHA1withRSA) and 2 (SHA256withRSA), signed in the
// test by the SNS stand-in with a key whose certificate it serves; a tampered message is
// refused; the certificate is fetched once and only from an SNS endpoint.
import { CoreCallError } from '@cloudforet/plugin-testing';
import { ALARM_MESSAGE } from './harness';
import { startPlugin, type PluginUnderTest } from './plugin-under-test';

const TOPIC = 'arn:aws:sns:ap-northeast-2:123456789012:cloudforet-alarms';
const ON = { verify_signature: true };
let plugin: PluginUnderTest;

beforeAll(async () => {
  plugin = await startPlugin();
});
afterAll(() => plugin?.close());

const failure = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e as CoreCallError,
  );

it.each(['1', '2'] as const)('accepts a notification signed with SignatureVersion %s', async (version) => {
  const events = await plugin.parse(
    plugin.sns.notification(TOPIC, ALARM_MESSAGE, { subject: 'ALARM', signatureVersion: version }),
    ON,
  );
  expect(events.map((e) => e.title)).toEqual(['cpu high']);
});

it('refuses a tampered message, a wrong version and a missing signature, naming the key', async () => {
  const signed = plugin.sns.notification(TOPIC, ALARM_MESSAGE, { subject: 'ALARM' });
  const cases: [Record<string, string>, string][] = [
    [
      { ...signed, Message: signed.Message!.replace('cpu high', 'cpu low') },
      'data.Signature, reason = does not verify against the SNS signing certificate',
    ],
    [{ ...signed, Subject: 'OK' }, 'data.Signature, reason = does not verify'],
    [{ ...signed, SignatureVersion: '2' }, 'data.Signature, reason = does not verify'],
    [{ ...signed, SignatureVersion: '3' }, 'data.SignatureVersion, reason = must be "1" or "2"'],
    [{ ...signed, Signature: '' }, 'data.Signature, reason = missing'],
  ];
  for (const [body, reason] of cases) {
    const err = await failure(plugin.parse(body, ON));
    expect([err?.codeName, err?.details]).toEqual(['INVALID_ARGUMENT', expect.stringContaining(`(key = ${reason}`)]);
  }
  // Off (the default, as upstream): the tampered body is parsed.
  await expect(plugin.parse(cases[0]![0])).resolves.toHaveLength(1);
});

it('refuses a SubscriptionConfirmation whose signature fails before confirming it', async () => {
  plugin.sns.reset();
  const confirmation = plugin.sns.subscriptionConfirmation(TOPIC);
  const err = await failure(plugin.parse({ ...confirmation, Token: 'another' }, ON));
  expect(err?.details).toContain('(key = data.Signature, reason = does not verify');
  expect(plugin.sns.confirmations).toEqual([]);
  await expect(plugin.parse(confirmation, ON)).resolves.toEqual([]);
  expect(plugin.sns.confirmations).toHaveLength(1);
});

it('fetches the signing certificate only from an SNS endpoint, once for many messages', async () => {
  plugin.sns.reset();
  const signed = plugin.sns.notification(TOPIC, ALARM_MESSAGE);
  const elsewhere = plugin.sns.sign({ ...signed, SigningCertURL: 'https://127.0.0.1/cert.pem' });
  const err = await failure(plugin.parse({ ...elsewhere, SigningCertURL: 'https://127.0.0.1/cert.pem' }, ON));
  expect(err?.details).toContain('(key = data.SigningCertURL, reason = not an SNS endpoint');
  for (let i = 0; i < 5; i++) await plugin.parse(plugin.sns.notification(TOPIC, ALARM_MESSAGE), ON);
  expect(plugin.sns.requests.filter((r) => r.path.endsWith('.pem')).length).toBeLessThanOrEqual(1);
  expect(plugin.sns.requests.every((r) => r.host === 'sns.ap-northeast-2.amazonaws.com')).toBe(true);
});

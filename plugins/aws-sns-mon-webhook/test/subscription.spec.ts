// SubscriptionConfirmation: confirmed by GETting SubscribeURL only at an SNS endpoint over
// https; any other URL is refused before anything is sent. "Nothing left" is proved twice:
// every connection of the plugin's SNS client goes to the stand-in, which counts TCP
// connections (0), and trap servers on 127.0.0.1 and ::1 count theirs (0).
import { createServer, type Server } from 'node:net';
import { CoreCallError } from '@cloudforet/plugin-testing';
import { startPlugin, type PluginUnderTest } from './plugin-under-test';

const TOPIC = 'arn:aws:sns:us-east-1:123456789012:alerts';
let plugin: PluginUnderTest;
const traps: { server: Server; connections: number }[] = [];
let trapPort = 0;

async function trap(host: string, port: number) {
  const t = { server: createServer((s) => s.destroy()), connections: 0 };
  t.server.on('connection', () => t.connections++);
  await new Promise<void>((resolve, reject) => t.server.once('error', reject).listen(port, host, resolve));
  traps.push(t);
  return (t.server.address() as { port: number }).port;
}

beforeAll(async () => {
  plugin = await startPlugin();
  trapPort = await trap('127.0.0.1', 0);
  await trap('::1', trapPort).catch(() => undefined); // no IPv6 loopback on this machine: skip that trap
});
afterAll(async () => {
  await plugin?.close();
  for (const t of traps) await new Promise((r) => t.server.close(r));
});
beforeEach(() => plugin.sns.reset());

it('confirms a subscription at its SNS endpoint and answers no events', async () => {
  const confirmation = plugin.sns.subscriptionConfirmation(TOPIC);
  await expect(plugin.parse(confirmation)).resolves.toEqual([]);
  expect(plugin.sns.confirmations).toEqual([expect.objectContaining({ topicArn: TOPIC, token: confirmation.Token })]);
  expect(plugin.sns.requests).toEqual([{ method: 'GET', host: 'sns.us-east-1.amazonaws.com', path: '/', status: 200 }]);
});

it("answers SNS's refusal of a token it did not issue as INVALID_ARGUMENT with SNS's code", async () => {
  const confirmation = plugin.sns.subscriptionConfirmation(TOPIC);
  const forged = { ...confirmation, SubscribeURL: confirmation.SubscribeURL!.replace(/Token=.*/, 'Token=forged') };
  const err = (await plugin.parse(forged).catch((e: unknown) => e)) as CoreCallError;
  expect([err.codeName, err.details]).toEqual([
    'INVALID_ARGUMENT',
    'ERROR_INVALID_PARAMETER: Parameter is invalid. (key = data.SubscribeURL, reason = SNS refused the confirmation (InvalidParameter))',
  ]);
});

const NOT_SNS = [
  () => `http://127.0.0.1:${trapPort}/?Action=ConfirmSubscription&Token=t`,
  () => `https://127.0.0.1:${trapPort}/?Action=ConfirmSubscription&Token=t`,
  () => `https://localhost:${trapPort}/?Action=ConfirmSubscription&Token=t`,
  () => `https://[::1]:${trapPort}/?Action=ConfirmSubscription&Token=t`,
  () => 'http://169.254.169.254/latest/meta-data/iam/security-credentials/',
  () => 'https://[fd00:ec2::254]/latest/meta-data/',
  () => 'https://sns.us-east-1.amazonaws.com@evil.example/?Action=ConfirmSubscription',
  () => 'https://sns.us-east-1.amazonaws.com.evil.example/?Action=ConfirmSubscription',
  () => 'https://evil.example/sns.us-east-1.amazonaws.com/',
  () => 'https://sns.us-east-1.amazonaws.com:8443/?Action=ConfirmSubscription',
  () => 'http://sns.us-east-1.amazonaws.com/?Action=ConfirmSubscription&TopicArn=x&Token=t',
  () => 'file:///etc/passwd',
  () => 'not a url',
];

it.each(NOT_SNS.map((url) => [url]))('never fetches a SubscribeURL that is not an SNS endpoint (%#)', async (url) => {
  const confirmation = { ...plugin.sns.subscriptionConfirmation(TOPIC), SubscribeURL: url() };
  const err = (await plugin.parse(confirmation).catch((e: unknown) => e)) as CoreCallError;
  expect(err).toBeInstanceOf(CoreCallError);
  expect(err.codeName).toBe('INVALID_ARGUMENT');
  expect(err.details).toMatch(
    /^ERROR_INVALID_PARAMETER: Parameter is invalid\. \(key = data\.SubscribeURL, reason = (not an SNS endpoint|not a valid URL|URL must not contain a user name)/,
  );
  await new Promise((r) => setTimeout(r, 50));
  expect(plugin.sns.connections).toBe(0);
  expect(traps.map((t) => t.connections)).toEqual(traps.map(() => 0));
});

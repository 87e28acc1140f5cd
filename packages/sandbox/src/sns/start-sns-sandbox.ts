import { randomBytes, randomUUID } from 'node:crypto';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { listenLoopback } from '../http/listen-loopback';
import { signEnvelope } from './sns-signature';
import type { SnsEnvelope, SnsSandbox, SnsSandboxOptions } from './sns-sandbox-types';
import { TestCertificateAuthority } from './test-certificates';

const REGIONS = [
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
  'ca-central-1',
  'eu-west-1',
  'eu-central-1',
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-southeast-1',
  'ap-southeast-2',
  'ap-south-1',
  'sa-east-1',
];
const CERT_PATH = `/SimpleNotificationService-${randomBytes(16).toString('hex')}.pem`;
const XMLNS = 'http://sns.amazonaws.com/doc/2010-03-31/';

/**
 * Amazon SNS as an HTTPS subscriber meets it: `sns.<region>.amazonaws.com` over TLS (a test CA
 * signs the certificate for the common regions), `GET /?Action=ConfirmSubscription&TopicArn&Token`
 * answering SNS's XML (400 `InvalidParameter` for a token it did not issue), and the signing
 * certificate at its `SimpleNotificationService-….pem` path. It builds and signs the envelopes it
 * would post (SignatureVersion 1: SHA1withRSA, 2: SHA256withRSA). A client reaches it by sending
 * every connection for those names to its address (the plugin's `SNS_CONNECT_TO`) and trusting
 * its CA (`SNS_CA_PEM`); it counts TCP connections, so a test can prove nothing connected.
 */
export async function startSnsSandbox(options: SnsSandboxOptions = {}): Promise<SnsSandbox> {
  const ca = new TestCertificateAuthority('Sandbox SNS test CA');
  const hostnames = REGIONS.map((r) => `sns.${r}.amazonaws.com`);
  const tls = ca.issue('sns.amazonaws.com', hostnames);
  const signing = ca.issue('sns.amazonaws.com');
  const tokens = new Map<string, string>();

  const server = createServer({ cert: tls.cert + ca.cert, key: tls.key }, (req, res) => {
    const u = new URL(req.url ?? '/', 'https://sandbox');
    const reply = (status: number, body: string, type = 'text/xml') => {
      if (!u.pathname.startsWith('/_sandbox/'))
        sandbox.requests.push({ method: req.method ?? '', host: req.headers.host ?? '', path: u.pathname, status });
      res.writeHead(status, { 'Content-Type': type, 'x-amzn-RequestId': randomUUID() }).end(body);
    };
    if (u.pathname === '/_sandbox/confirmations')
      return reply(200, JSON.stringify(sandbox.confirmations), 'application/json');
    if (req.method === 'GET' && u.pathname === CERT_PATH) return reply(200, signing.cert, 'application/x-pem-file');
    if (req.method === 'GET' && u.pathname === '/' && u.searchParams.get('Action') === 'ConfirmSubscription') {
      const topicArn = u.searchParams.get('TopicArn') ?? '';
      const token = u.searchParams.get('Token') ?? '';
      if (tokens.get(token) !== topicArn) return reply(400, errorXml('InvalidParameter', 'Invalid token'));
      sandbox.confirmations.push({ topicArn, token, at: new Date().toISOString() });
      const arn = `${topicArn}:${randomUUID()}`;
      return reply(
        200,
        `<ConfirmSubscriptionResponse xmlns="${XMLNS}"><ConfirmSubscriptionResult><SubscriptionArn>${arn}</SubscriptionArn></ConfirmSubscriptionResult><ResponseMetadata><RequestId>${randomUUID()}</RequestId></ResponseMetadata></ConfirmSubscriptionResponse>`,
      );
    }
    return reply(404, errorXml('NotFound', 'Not Found'));
  });
  server.on('connection', () => sandbox.connections++);
  await listenLoopback(server, options.port);
  const port = (server.address() as AddressInfo).port;
  // What it recorded, over plain http (a reader need not trust the test CA): `npm run demo`, tests.
  const control = createHttpServer((req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://sandbox').pathname;
    const body =
      path === '/_sandbox/confirmations'
        ? sandbox.confirmations
        : path === '/_sandbox/requests'
          ? sandbox.requests
          : undefined;
    if (body === undefined) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
  });
  await listenLoopback(control);

  const regionOf = (topicArn: string) => topicArn.split(':')[3] || 'us-east-1';
  const sandbox: SnsSandbox = {
    url: `https://127.0.0.1:${port}`,
    address: `127.0.0.1:${port}`,
    controlUrl: `http://127.0.0.1:${(control.address() as AddressInfo).port}`,
    caPem: ca.cert,
    hostnames,
    signingCertUrl: (region = 'us-east-1') => `https://sns.${region}.amazonaws.com${CERT_PATH}`,
    subscriptionConfirmation(topicArn, signatureVersion = '1') {
      const token = randomBytes(64).toString('hex');
      tokens.set(token, topicArn);
      const region = regionOf(topicArn);
      return sandbox.sign(
        {
          Type: 'SubscriptionConfirmation',
          MessageId: randomUUID(),
          Token: token,
          TopicArn: topicArn,
          Message: `You have chosen to subscribe to the topic ${topicArn}.\nTo confirm the subscription, visit the SubscribeURL included in this message.`,
          SubscribeURL: `https://sns.${region}.amazonaws.com/?Action=ConfirmSubscription&TopicArn=${topicArn}&Token=${token}`,
          Timestamp: new Date().toISOString(),
        },
        signatureVersion,
      );
    },
    notification(topicArn, message, opts = {}) {
      const region = regionOf(topicArn);
      return sandbox.sign(
        {
          Type: 'Notification',
          MessageId: randomUUID(),
          TopicArn: topicArn,
          ...(opts.subject !== undefined && { Subject: opts.subject }),
          Message: message,
          Timestamp: new Date().toISOString(),
          UnsubscribeURL: `https://sns.${region}.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=${topicArn}:${randomUUID()}`,
        },
        opts.signatureVersion ?? '1',
      );
    },
    sign(envelope, signatureVersion = '1') {
      const signed: SnsEnvelope = {
        ...envelope,
        SignatureVersion: signatureVersion,
        SigningCertURL: sandbox.signingCertUrl(regionOf(envelope.TopicArn ?? '')),
      };
      return { ...signed, Signature: signEnvelope(signed, signing.privateKey, signatureVersion) };
    },
    confirmations: [],
    requests: [],
    connections: 0,
    reset() {
      sandbox.confirmations.length = 0;
      sandbox.requests.length = 0;
      sandbox.connections = 0;
    },
    close: async () => {
      server.closeAllConnections();
      control.closeAllConnections();
      await Promise.all([new Promise((r) => server.close(r)), new Promise((r) => control.close(r))]);
    },
  };
  return sandbox;
}

function errorXml(code: string, message: string): string {
  return `<ErrorResponse xmlns="${XMLNS}"><Error><Type>Sender</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>${randomUUID()}</RequestId></ErrorResponse>`;
}

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { awsClientConfig } from './aws-credentials';

const IDENTITY = `<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
<GetCallerIdentityResult><Arn>arn:aws:iam::123456789012:user/t</Arn><UserId>AIDA</UserId><Account>123456789012</Account></GetCallerIdentityResult>
<ResponseMetadata><RequestId>r-1</RequestId></ResponseMetadata></GetCallerIdentityResponse>`;

/** An STS stand-in that answers GetCallerIdentity, or holds the request when `hold` is set. */
async function sts(): Promise<{ server: Server; url: string; requests: IncomingMessage[]; hold: boolean }> {
  const state = { requests: [] as IncomingMessage[], hold: false };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    state.requests.push(req);
    req.resume();
    if (state.hold) return;
    req.on('end', () => res.writeHead(200, { 'content-type': 'text/xml' }).end(IDENTITY));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return Object.assign(state, { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
}

describe('awsClientConfig with a signal', () => {
  let stand: Awaited<ReturnType<typeof sts>>;
  beforeEach(async () => (stand = await sts()));
  afterEach(async () => {
    stand.server.closeAllConnections();
    await new Promise((resolve) => stand.server.close(resolve));
  });

  const client = (signal: AbortSignal) =>
    new STSClient(
      awsClientConfig(
        { endpoint: stand.url, maxAttempts: 3 },
        { accessKeyId: 'AKIA', secretAccessKey: 's' },
        'us-east-1',
        signal,
      ),
    );

  it('answers through the SDK and reuses the resolved middleware stack for later calls', async () => {
    const sts = client(new AbortController().signal);
    try {
      const first = await sts.send(new GetCallerIdentityCommand({}));
      const second = await sts.send(new GetCallerIdentityCommand({}));
      expect([first.Account, second.Account]).toEqual(['123456789012', '123456789012']);
      expect(stand.requests).toHaveLength(2);
      // smithy keeps the handler it resolved per command class only when the stack is cached
      const handlers = (sts as unknown as { handlers?: WeakMap<object, unknown> }).handlers;
      expect(handlers?.has(GetCallerIdentityCommand)).toBe(true);
    } finally {
      sts.destroy();
    }
  });

  it('aborts a request in flight when the signal fires, and sends nothing after it (no retry)', async () => {
    stand.hold = true;
    const controller = new AbortController();
    const sts = client(controller.signal);
    try {
      const pending = sts.send(new GetCallerIdentityCommand({}));
      while (stand.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
      controller.abort();
      await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
      await expect(sts.send(new GetCallerIdentityCommand({}))).rejects.toMatchObject({ name: 'AbortError' });
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(stand.requests).toHaveLength(1);
    } finally {
      sts.destroy();
    }
  });
});

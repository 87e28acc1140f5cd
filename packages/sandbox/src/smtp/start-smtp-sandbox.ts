import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import { FaultQueue } from '../http/fault-queue';
import { textReply, writeHttpReply } from '../http/http-reply';
import { listenLoopback } from '../http/listen-loopback';
import { readRequestBody } from '../http/read-request-body';
import { readReceivedMail } from './received-mail';
import { handleSmtpControl, type SmtpControl } from './smtp-control';
import { assertSmtpFaults, faultReplyError } from './smtp-fault';
import type {
  ReceivedMail,
  SmtpFault,
  SmtpSandbox,
  SmtpSandboxOptions,
  SmtpStage,
  SmtpTransaction,
} from './smtp-sandbox-types';
import { testCertificates } from './test-certificates';

export const SANDBOX_SMTP_USER = 'sandbox-user';
export const SANDBOX_SMTP_PASSWORD = 'sandbox-password';
const HOST = '127.0.0.1';
const MAX_MESSAGE_BYTES = 10 * 1024 * 1024;

/**
 * A real SMTP server on loopback (`smtp-server`): a submission port with STARTTLS and an
 * implicit-TLS port, both with AUTH PLAIN/LOGIN and a certificate from a test CA made at
 * start; every accepted mail is read with `mailparser`. It counts TCP connections, and
 * queued faults make it refuse, stall or hang up at a chosen stage. An HTTP control port
 * serves what it received (`/_sandbox/messages`) to other processes.
 */
export async function startSmtpSandbox(opts: SmtpSandboxOptions = {}): Promise<SmtpSandbox> {
  const certs = await testCertificates();
  const users = opts.users ?? { [SANDBOX_SMTP_USER]: SANDBOX_SMTP_PASSWORD };
  const [user, password] = Object.entries(users)[0] ?? ['', ''];
  const keepMessages = opts.keepMessages ?? true;
  // Each exchange takes the first queued fault for its stage.
  const faults = new FaultQueue<SmtpFault>((fault, stage) => fault.at === stage);
  const requests: SmtpTransaction[] = [];
  const shutdown = new AbortController();
  const messages: ReceivedMail[] = [];
  const counts = {
    opened: 0,
    peak: 0,
    /** Sessions, and implicit-TLS handshakes not yet done: smtp-server's own bookkeeping. */
    get open() {
      return servers.reduce((n, s) => n + s.connections.size + s._pendingSockets.size, 0);
    },
  };
  const auth = { succeeded: 0, failed: 0 };
  let accepted = 0;
  let transactions = 0;

  const servers: SMTPServer[] = [];
  /** Cuts a session's connection without a reply (its socket, the TLS one after STARTTLS). */
  const drop = (session: SMTPServerSession) => {
    for (const server of servers)
      for (const connection of server.connections)
        if (connection.session.id === session.id) connection._socket.destroy();
  };
  const measurePeak = () => void (counts.peak = Math.max(counts.peak, counts.open));

  /** Applies the fault queued for this stage, if any: its reply error, or 'dropped' when it cut the connection. */
  async function fault(stage: SmtpStage, session: SMTPServerSession): Promise<Error | 'dropped' | undefined> {
    const f = faults.take(stage);
    if (!f) return undefined;
    if (f.delayMs) await pause(f.delayMs);
    if (f.drop) {
      drop(session);
      ended(stage, 'dropped');
      return 'dropped';
    }
    if (f.reply === undefined) return undefined;
    ended(stage, f.reply);
    return faultReplyError(f);
  }

  /** Records how a mail transaction ended (AUTH and connect faults are not transactions). */
  const ended = (stage: SmtpStage, reply: SmtpTransaction['reply']) => {
    if (stage !== 'connect' && stage !== 'auth') requests.push({ stage, reply, at: Date.now() });
  };

  const pause = (ms: number) => sleep(ms, undefined, { signal: shutdown.signal }).catch(() => undefined);

  /** Runs a hook body; a dropped connection gets no reply at all. */
  const hook = (stage: SmtpStage, session: SMTPServerSession, cb: (err?: Error | null) => void) => {
    void fault(stage, session).then((outcome) => {
      if (outcome !== 'dropped') cb(outcome ?? null);
    });
  };

  function smtpServer(port: 'starttls' | 'tls'): SMTPServer {
    const server = new SMTPServer({
      secure: port === 'tls',
      key: certs.key,
      cert: certs.certificate,
      name: 'smtp.sandbox.test',
      banner: 'Cloudforet sandbox SMTP',
      size: MAX_MESSAGE_BYTES,
      authMethods: opts.authMethods ?? ['PLAIN', 'LOGIN'],
      authOptional: opts.authOptional ?? false,
      allowInsecureAuth: opts.allowInsecureAuth ?? false,
      ...(opts.starttls === false ? { disabledCommands: ['STARTTLS'], hideSTARTTLS: true } : {}),
      logger: false,
      closeTimeout: 100,
      onConnect(session, cb) {
        measurePeak(); // the session is counted from here on
        hook('connect', session, cb);
      },
      onAuth(credentials, session, cb) {
        void fault('auth', session).then((outcome) => {
          if (outcome === 'dropped') return;
          const valid = credentials.username !== undefined && users[credentials.username] === credentials.password;
          if (outcome || !valid) {
            auth.failed++;
            cb(outcome ?? Object.assign(new Error('Authentication credentials invalid'), { responseCode: 535 }));
            return;
          }
          auth.succeeded++;
          cb(null, { user: credentials.username });
        });
      },
      onMailFrom(_address, session, cb) {
        transactions++;
        hook('mail', session, cb);
      },
      onRcptTo: (_address, session, cb) => hook('rcpt', session, cb),
      onData(stream, session, cb) {
        void receive(stream, session, port).then(cb, (err: Error) => cb(err));
      },
    });
    server.on('error', () => undefined); // a client's broken TLS handshake is not the server's failure
    server.server.on('connection', () => counts.opened++);
    servers.push(server);
    return server;
  }

  async function receive(stream: SMTPServerDataStream, session: SMTPServerSession, port: ReceivedMail['port']) {
    const chunks: Buffer[] = [];
    for await (const chunk of stream as AsyncIterable<Buffer>) chunks.push(chunk);
    if (stream.sizeExceeded) throw Object.assign(new Error('Message exceeds the size limit'), { responseCode: 552 });
    const outcome = await fault('data', session);
    if (outcome === 'dropped') return new Promise<never>(() => undefined); // never answered
    if (outcome) throw outcome;
    if (sandbox.latencyMs > 0) await pause(sandbox.latencyMs);
    if (keepMessages) messages.push(await readReceivedMail(Buffer.concat(chunks), session, port));
    accepted++;
    ended('data', 250);
    return undefined;
  }

  const submission = smtpServer('starttls');
  const implicit = smtpServer('tls');
  const controlServer = createHttpServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://${HOST}`);
    readRequestBody(req, 64 * 1024)
      .then((body) => writeHttpReply(res, handleSmtpControl(req.method ?? 'GET', url.pathname, body, control)))
      .catch(() => writeHttpReply(res, textReply(400, 'bad_request')));
  });
  const [port, tlsPort, controlPort] = await Promise.all([
    listen(submission, opts.port ?? 0),
    listen(implicit, opts.tlsPort ?? 0),
    listenHttp(controlServer, opts.controlPort ?? 0),
  ]);

  let closing: Promise<void> | undefined;
  const sandbox: SmtpSandbox = {
    url: `smtp://${HOST}:${port}`,
    host: HOST,
    port,
    tlsPort,
    controlUrl: `http://${HOST}:${controlPort}`,
    caCertificate: certs.caCertificate,
    user,
    password,
    messages,
    requests,
    get accepted() {
      return accepted;
    },
    get transactions() {
      return transactions;
    },
    connections: counts,
    auth,
    latencyMs: opts.latencyMs ?? 0,
    failNext(...queued) {
      assertSmtpFaults(queued);
      faults.queue(queued);
    },
    reset() {
      messages.length = 0;
      requests.length = 0;
      accepted = 0;
      transactions = 0;
      counts.opened = 0;
      counts.peak = counts.open;
      auth.succeeded = 0;
      auth.failed = 0;
      faults.clear();
    },
    close() {
      closing ??= (async () => {
        shutdown.abort();
        for (const server of servers) for (const connection of server.connections) connection._socket.destroy();
        controlServer.closeAllConnections();
        await Promise.all([
          new Promise<void>((r) => submission.close(() => r())),
          new Promise<void>((r) => implicit.close(() => r())),
          new Promise<void>((r) => controlServer.close(() => r())),
        ]);
      })();
      return closing;
    },
  };
  const control: SmtpControl = {
    get messages() {
      return sandbox.messages;
    },
    get requests() {
      return sandbox.requests;
    },
    queueFaults: (queued) => sandbox.failNext(...(queued as SmtpFault[])),
    get pendingFaults() {
      return faults.pending;
    },
    reset: () => sandbox.reset(),
    connections: counts,
    get accepted() {
      return accepted;
    },
    get transactions() {
      return transactions;
    },
    auth,
  };
  return sandbox;
}

async function listen(server: SMTPServer, port: number): Promise<number> {
  await listenLoopback(server, port);
  return (server.server.address() as AddressInfo).port;
}

async function listenHttp(server: HttpServer, port: number): Promise<number> {
  await listenLoopback(server, port);
  return (server.address() as AddressInfo).port;
}

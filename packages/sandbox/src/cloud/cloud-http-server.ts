import { setMaxListeners } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { listenLoopback } from '../http/listen-loopback';
import { readRequestBody } from '../http/read-request-body';
import type { CallLog } from './call-log';
import type { CloudFaults } from './cloud-faults';

/** What a cloud stand-in answers one request with, and how the call is logged. */
export interface CloudReply {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** For the call log; omitted for requests that are not cloud calls (control endpoints). */
  call?: { service: string; action: string; region: string; error?: string; continued?: boolean };
}

export interface CloudRequest {
  method: string;
  url: URL;
  headers: IncomingMessage['headers'];
  body: string;
}

export interface CloudHttpServer {
  url: string;
  close(): Promise<void>;
}

const BODY_LIMIT_BYTES = 8 * 1024 * 1024;

/**
 * The loopback HTTP (or, with `tls`, https) server under a cloud stand-in: reads the body, lets `answer` decide, waits out
 * the fault knobs' latency (cancelled by close), writes the answer and logs the call with its times.
 */
export async function startCloudHttpServer(
  answer: (req: CloudRequest) => CloudReply | Promise<CloudReply>,
  {
    port = 0,
    faults,
    log,
    tls,
  }: {
    port?: number;
    faults: CloudFaults;
    log: CallLog;
    /** Serve https with this certificate (the shared test CA's, `testCertificates()`) instead of http. */
    tls?: { key: string; cert: string };
  },
): Promise<CloudHttpServer> {
  const closing = new AbortController();
  setMaxListeners(0, closing.signal); // one listener per answer waiting out the latency

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const startedAt = Date.now();
    const body = await readRequestBody(req, BODY_LIMIT_BYTES);
    const reply = await answer({
      method: req.method ?? 'GET',
      url: new URL(req.url ?? '/', 'http://127.0.0.1'),
      headers: req.headers,
      body,
    });
    // Logged on arrival (the log holds calls still waiting out the latency, with endedAt 0).
    const record = reply.call && { ...reply.call, status: reply.status, startedAt, endedAt: 0 };
    if (record) log.record(record);
    if (record && faults.latencyMs > 0) await sleep(faults.latencyMs, undefined, { signal: closing.signal });
    res.writeHead(reply.status, { 'content-length': Buffer.byteLength(reply.body), ...reply.headers });
    res.end(reply.body);
    if (record) record.endedAt = Date.now();
  }

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    serve(req, res).catch(() => {
      if (!res.headersSent && !res.destroyed) res.writeHead(500).end('sandbox error');
      else res.destroy();
    });
  };
  const server = tls ? createHttpsServer({ key: tls.key, cert: tls.cert }, handle) : createServer(handle);
  // Many SDK clients keep connections open; the sandbox must not be the bottleneck.
  server.keepAliveTimeout = 30_000;
  await listenLoopback(server, port);
  let closed: Promise<void> | undefined;
  return {
    url: `${tls ? 'https' : 'http'}://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      (closed ??= new Promise<void>((resolve) => {
        closing.abort();
        server.close(() => resolve());
        server.closeAllConnections();
      })),
  };
}

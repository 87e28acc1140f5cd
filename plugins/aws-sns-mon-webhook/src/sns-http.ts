import { rootCertificates } from 'node:tls';
import { Agent, buildConnector, fetch as undiciFetch } from 'undici';
import { fetchWithin, type CallContext } from '@cloudforet/plugin-core';

export interface SnsHttpOptions {
  /** Send every connection to this `host:port` instead (tests, a private SNS proxy): `SNS_CONNECT_TO`. */
  connectTo?: string;
  /** More CAs to trust (PEM), besides Node's: `SNS_CA_PEM`. */
  caPem?: string;
  /** Longest wait for an answer (default 10 s, within the caller's deadline). */
  maxMs?: number;
}

/**
 * The only way this plugin reaches the outside: GETs to SNS endpoints (callers check the URL
 * with snsUrl first). TLS is verified against the URL's host name even when `connectTo` sends
 * the connection elsewhere, so the sandbox must present a certificate for `sns.<region>…`.
 */
export class SnsHttp {
  private readonly agent: Agent;

  constructor(private readonly opts: SnsHttpOptions = {}) {
    const tls = opts.caPem ? { ca: [...rootCertificates, opts.caPem] } : {};
    const connect = buildConnector({ ...tls, timeout: 10_000 });
    const target = opts.connectTo ? parseHostPort(opts.connectTo) : undefined;
    this.agent = new Agent({
      connect: target
        ? (o, cb) =>
            connect({ ...o, hostname: target.host, port: target.port, servername: o.servername || o.hostname }, cb)
        : connect,
    });
  }

  static fromEnv(env: NodeJS.ProcessEnv = process.env): SnsHttp {
    return new SnsHttp({ connectTo: env.SNS_CONNECT_TO || undefined, caPem: env.SNS_CA_PEM || undefined });
  }

  /** GET the URL; the status and up to 64 KiB of the body. */
  async get(url: string, ctx: Pick<CallContext, 'signal' | 'deadline'>): Promise<{ status: number; body: string }> {
    const fetchFn = fetchWithin(ctx, { maxMs: this.opts.maxMs ?? 10_000 }, ((input: string, init: RequestInit) =>
      undiciFetch(input, {
        ...(init as object),
        dispatcher: this.agent,
        redirect: 'manual',
      })) as unknown as typeof fetch);
    const response = await fetchFn(url);
    const body = (await response.text()).slice(0, 64 * 1024);
    return { status: response.status, body };
  }

  close(): Promise<void> {
    return this.agent.close();
  }
}

function parseHostPort(value: string): { host: string; port: string } {
  const m = /^\[?([^\]]+?)\]?:(\d+)$/.exec(value);
  if (!m) throw new Error(`SNS_CONNECT_TO must be host:port, not "${value}"`);
  return { host: m[1]!, port: m[2]! };
}

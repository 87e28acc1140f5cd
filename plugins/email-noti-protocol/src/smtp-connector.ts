import { createHash } from 'node:crypto';
import { outboundTimeoutMs, retry, type CallContext } from '@cloudforet/plugin-core';
import nodemailer, { type Transporter } from 'nodemailer';
import type { MailContent } from './mail-content';
import { classifySmtpError, toSmtpPluginError } from './smtp-errors';
import type { SmtpSettings } from './smtp-settings';

export interface SmtpConnectorOptions {
  /**
   * Connections kept open per SMTP server and reused across dispatches (default
   * `SMTP_POOL_SIZE` or 5); 0 opens a fresh connection for every message.
   */
  poolSize?: number;
  /** Attempts per message, counting the first (default 3); only failures that prove nothing was taken are retried. */
  attempts?: number;
  /** Longest wait for one message (default 60 s); the caller's remaining deadline shortens it. */
  maxMs?: number;
  /** A server's pool unused this long is closed (default 60 s). */
  idleMs?: number;
  /** Most servers with a pool at once; the least recently used is closed beyond (default 32). */
  maxServers?: number;
}

type SmtpCallContext = Pick<CallContext, 'signal' | 'log' | 'deadline'>;

interface Pooled {
  transporter: Transporter;
  lastUsed: number;
  /** Messages in flight on it: a pool is never closed under them. */
  busy: number;
}

/**
 * Sends mail through nodemailer. With a pool (the default), each distinct server and login
 * gets its own nodemailer pool of `poolSize` connections, reused across dispatches; a pool
 * idle for `idleMs` is closed. nodemailer's own re-sending of a message whose connection
 * closed mid-delivery is off (`maxRequeues: 0`): plugin-core's delivery rule decides, and
 * it never sends again what the server may have taken.
 */
export class SmtpConnector {
  private readonly pools = new Map<string, Pooled>();
  private readonly poolSize: number;
  private readonly sweeper: NodeJS.Timeout;

  constructor(private readonly opts: SmtpConnectorOptions = {}) {
    this.poolSize = opts.poolSize ?? Number(process.env.SMTP_POOL_SIZE ?? 5);
    if (!Number.isInteger(this.poolSize) || this.poolSize < 0)
      throw new RangeError('SMTP pool size must be an integer >= 0');
    this.sweeper = setInterval(() => this.closeIdle(), Math.min(this.opts.idleMs ?? 60_000, 10_000));
    this.sweeper.unref();
  }

  /** Sends one mail; a failure is thrown as the Cloudforet error naming the key to fix. */
  async send(settings: SmtpSettings, to: string[], content: MailContent, ctx: SmtpCallContext) {
    const mail = { from: settings.from, to, subject: content.subject, text: content.text, html: content.html };
    try {
      return await retry(
        async () => {
          const signal = AbortSignal.any([
            ctx.signal,
            AbortSignal.timeout(outboundTimeoutMs(ctx, { maxMs: this.opts.maxMs ?? 60_000 })),
          ]);
          return this.withTransporter(settings, (t) => t.sendMail({ ...mail, signal }));
        },
        {
          attempts: this.opts.attempts ?? 3,
          signal: ctx.signal,
          deadline: ctx.deadline,
          classify: classifySmtpError,
          onRetry: ({ attempt, delayMs, error }) =>
            ctx.log.info(
              { attempt, delay_ms: delayMs, smtp_code: (error as { responseCode?: number }).responseCode },
              'the SMTP server did not take the message; sending it again',
            ),
        },
      );
    } catch (err) {
      if (ctx.signal.aborted) throw ctx.signal.reason;
      throw toSmtpPluginError(err);
    }
  }

  /** Closes every pool (plugin shutdown). */
  async close(): Promise<void> {
    clearInterval(this.sweeper);
    for (const pooled of this.pools.values()) pooled.transporter.close();
    this.pools.clear();
  }

  private async withTransporter<T>(settings: SmtpSettings, use: (t: Transporter) => Promise<T>): Promise<T> {
    if (this.poolSize === 0) {
      const transporter = nodemailer.createTransport(transportOptions(settings));
      try {
        return await use(transporter);
      } finally {
        transporter.close();
      }
    }
    const pooled = this.poolFor(settings);
    pooled.busy++;
    try {
      return await use(pooled.transporter);
    } finally {
      pooled.busy--;
      pooled.lastUsed = Date.now();
    }
  }

  private poolFor(settings: SmtpSettings): Pooled {
    // One pool per server, TLS mode and login (not per sender); the key holds the password only hashed.
    const { host, port, tls, verify, ca, user, password } = settings;
    const key = createHash('sha256')
      .update(JSON.stringify([host, port, tls, verify, ca, user, password]))
      .digest('base64url');
    let pooled = this.pools.get(key);
    if (pooled) {
      this.pools.delete(key); // re-inserted last: the map's order is least recently used first
    } else {
      const transporter = nodemailer.createTransport({
        ...transportOptions(settings),
        pool: true,
        maxConnections: this.poolSize,
        maxMessages: 100,
        maxRequeues: 0,
      });
      pooled = { transporter, lastUsed: Date.now(), busy: 0 };
    }
    this.pools.set(key, pooled);
    this.evictBeyond(this.opts.maxServers ?? 32);
    return pooled;
  }

  private evictBeyond(max: number): void {
    for (const [key, pooled] of this.pools) {
      if (this.pools.size <= max) return;
      if (pooled.busy > 0) continue;
      pooled.transporter.close();
      this.pools.delete(key);
    }
  }

  private closeIdle(): void {
    const before = Date.now() - (this.opts.idleMs ?? 60_000);
    for (const [key, pooled] of this.pools) {
      if (pooled.busy === 0 && pooled.lastUsed < before) {
        pooled.transporter.close();
        this.pools.delete(key);
      }
    }
  }
}

/** nodemailer's SMTP options for the settings: TLS as asked, certificate checked unless turned off. */
function transportOptions(settings: SmtpSettings) {
  return {
    host: settings.host,
    port: settings.port,
    secure: settings.tls === 'implicit',
    requireTLS: settings.tls === 'starttls',
    ignoreTLS: settings.tls === 'none',
    ...(settings.user ? { auth: { user: settings.user, pass: settings.password ?? '' } } : {}),
    tls: { rejectUnauthorized: settings.verify, ...(settings.ca ? { ca: settings.ca } : {}) },
    connectionTimeout: 10_000,
    greetingTimeout: 8_000,
    socketTimeout: 60_000,
    // Nothing in a notification is a file or a URL to fetch.
    disableFileAccess: true,
    disableUrlAccess: true,
    logger: false,
  };
}

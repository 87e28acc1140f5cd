import { fetchWithin, parseRetryAfter, retry, type CallContext, type Logger } from '@cloudforet/plugin-core';
import { LogLevel, WebClient, type Logger as SlackLogger } from '@slack/web-api';
import { IncomingWebhook } from '@slack/webhook';
import type { SlackAttachment } from './message-layout';
import { classifySlackError, toSlackPluginError, type SlackResponseInfo } from './slack-errors';

export type SlackTarget =
  { kind: 'bot_token'; token: string; channel: string } | { kind: 'incoming_webhook'; url: string };

export interface SlackConnectorOptions {
  /** Web API base URL; `SLACK_API_URL` or https://slack.com/api/. */
  apiUrl?: string;
  /** Attempts per message, counting the first (default 4); only answers that prove nothing was delivered are retried. */
  attempts?: number;
  /** Longest Retry-After honoured before giving up (default 30 s). */
  maxRetryAfterMs?: number;
  /** Longest wait for one HTTP answer (default 60 s); the caller's remaining deadline shortens it. */
  requestTimeoutMs?: number;
}

type SlackCallContext = Pick<CallContext, 'signal' | 'log' | 'deadline'>;

/**
 * Talks to Slack through its official SDKs: `chat.postMessage` with a bot token,
 * or an incoming webhook. The SDKs' own retries are off so that one policy
 * applies to both, plugin-core's rule for requests that are not idempotent: a
 * rate limit waits Retry-After (bounded) and a refused connection is tried
 * again; a timeout or a 5xx is not, since Slack may have posted the message.
 * Each HTTP request may take as long as the caller still waits.
 */
export class SlackConnector {
  private readonly apiUrl: string;

  constructor(private readonly opts: SlackConnectorOptions = {}) {
    this.apiUrl = opts.apiUrl ?? process.env.SLACK_API_URL ?? 'https://slack.com/api/';
  }

  /**
   * Posts the attachment; a failure is thrown as the Cloudforet error naming the
   * channel_data keys to fix (`keys`).
   */
  async post(
    target: SlackTarget,
    attachment: SlackAttachment,
    ctx: SlackCallContext,
    keys: { channelKey: string; tokenKey: string },
  ): Promise<void> {
    const seen: SlackResponseInfo = {};
    const fetchFn = this.fetchFor(ctx, seen);
    const send =
      target.kind === 'bot_token'
        ? this.botSender(target, attachment, ctx, fetchFn)
        : webhookSender(target, attachment, fetchFn);
    try {
      await this.sendWithRetry(send, ctx, seen);
    } catch (err) {
      if (ctx.signal.aborted) throw ctx.signal.reason;
      throw toSlackPluginError(err, keys.channelKey, keys.tokenKey);
    }
  }

  private sendWithRetry(send: () => Promise<void>, ctx: SlackCallContext, seen: SlackResponseInfo) {
    return retry(send, {
      attempts: this.opts.attempts ?? 4,
      maxRetryAfterMs: this.opts.maxRetryAfterMs ?? 30_000,
      signal: ctx.signal,
      deadline: ctx.deadline,
      classify: (err) => classifySlackError(err, seen),
      onRetry: ({ attempt, delayMs }) =>
        ctx.log.info(
          { attempt, delay_ms: delayMs, status: seen.status },
          'Slack did not take the message; waiting to send it again',
        ),
    });
  }

  /** fetch for the SDKs: bounded by the caller's deadline and signal, recording what Slack answered. */
  private fetchFor(ctx: SlackCallContext, seen: SlackResponseInfo): typeof fetch {
    const within = fetchWithin(ctx, { maxMs: this.opts.requestTimeoutMs ?? 60_000 });
    return async (input, init) => {
      seen.status = undefined;
      const response = await within(input, init);
      seen.status = response.status;
      seen.retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
      return response;
    };
  }

  private botSender(
    target: Extract<SlackTarget, { kind: 'bot_token' }>,
    attachment: SlackAttachment,
    ctx: SlackCallContext,
    fetchFn: typeof fetch,
  ) {
    const client = new WebClient(target.token, {
      slackApiUrl: this.apiUrl,
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
      logger: sdkLogger(ctx.log),
      logLevel: LogLevel.WARN,
      fetch: fetchFn,
    });
    return async () => {
      await client.chat.postMessage({ channel: target.channel, attachments: [attachment], blocks: [] });
    };
  }
}

function webhookSender(
  target: Extract<SlackTarget, { kind: 'incoming_webhook' }>,
  attachment: SlackAttachment,
  fetchFn: typeof fetch,
) {
  const webhook = new IncomingWebhook(target.url, { retryConfig: { retries: 0 }, fetch: fetchFn });
  return async () => {
    await webhook.send({ attachments: [attachment] });
  };
}

/** Routes the SDK's own log lines into the plugin's (redacting) logger. */
function sdkLogger(log: Logger): SlackLogger {
  let level = LogLevel.WARN;
  const child = log.child({ component: 'slack-sdk' });
  return {
    debug: (...msg: unknown[]) => child.debug(msg.join(' ')),
    info: (...msg: unknown[]) => child.info(msg.join(' ')),
    warn: (...msg: unknown[]) => child.warn(msg.join(' ')),
    error: (...msg: unknown[]) => child.error(msg.join(' ')),
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}

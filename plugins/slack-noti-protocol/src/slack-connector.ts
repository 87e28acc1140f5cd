import { parseRetryAfter, retry, type Logger } from '@cloudforet/plugin-core';
import { LogLevel, WebClient, type Logger as SlackLogger } from '@slack/web-api';
import { IncomingWebhook } from '@slack/webhook';
import type { SlackAttachment } from './message-layout';
import { classifySlackError, type WebhookResponseInfo } from './slack-errors';

export type SlackTarget =
  { kind: 'bot_token'; token: string; channel: string } | { kind: 'incoming_webhook'; url: string };

export interface SlackConnectorOptions {
  /** Web API base URL; `SLACK_API_URL` or https://slack.com/api/. */
  apiUrl?: string;
  /** Attempts per message, counting the first (default 4). */
  attempts?: number;
  /** Longest Retry-After honoured before giving up (default 30 s). */
  maxRetryAfterMs?: number;
  /** Timeout of one HTTP request (default 10 s). */
  requestTimeoutMs?: number;
}

/**
 * Talks to Slack through its official SDKs: `chat.postMessage` with a bot token,
 * or an incoming webhook. The SDKs' own retries are off so that one policy
 * applies to both: rate limits wait Retry-After (bounded), 5xx and network errors
 * back off with jitter, everything else fails at once.
 */
export class SlackConnector {
  private readonly apiUrl: string;

  constructor(private readonly opts: SlackConnectorOptions = {}) {
    this.apiUrl = opts.apiUrl ?? process.env.SLACK_API_URL ?? 'https://slack.com/api/';
  }

  async post(
    target: SlackTarget,
    attachment: SlackAttachment,
    ctx: { signal: AbortSignal; log: Logger },
  ): Promise<void> {
    const webhookInfo: WebhookResponseInfo = {};
    const send =
      target.kind === 'bot_token'
        ? this.botSender(target, attachment, ctx)
        : this.webhookSender(target, attachment, ctx, webhookInfo);
    await retry(send, {
      attempts: this.opts.attempts ?? 4,
      maxRetryAfterMs: this.opts.maxRetryAfterMs ?? 30_000,
      signal: ctx.signal,
      classify: (err) => classifySlackError(err, webhookInfo),
      onRetry: ({ attempt, delayMs }) => ctx.log.info({ attempt, delay_ms: delayMs }, 'Slack asked to retry; waiting'),
    });
  }

  private botSender(
    target: Extract<SlackTarget, { kind: 'bot_token' }>,
    attachment: SlackAttachment,
    ctx: { signal: AbortSignal; log: Logger },
  ) {
    const client = new WebClient(target.token, {
      slackApiUrl: this.apiUrl,
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
      timeout: this.opts.requestTimeoutMs ?? 10_000,
      logger: sdkLogger(ctx.log),
      logLevel: LogLevel.WARN,
      fetch: (input, init) => fetch(input, { ...init, signal: anySignal(init?.signal, ctx.signal) }),
    });
    return async () => {
      await client.chat.postMessage({ channel: target.channel, attachments: [attachment], blocks: [] });
    };
  }

  private webhookSender(
    target: Extract<SlackTarget, { kind: 'incoming_webhook' }>,
    attachment: SlackAttachment,
    ctx: { signal: AbortSignal },
    info: WebhookResponseInfo,
  ) {
    const webhook = new IncomingWebhook(target.url, {
      timeout: this.opts.requestTimeoutMs ?? 10_000,
      fetch: async (input, init) => {
        const response = await fetch(input, { ...init, signal: anySignal(init?.signal, ctx.signal) });
        info.retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
        return response;
      },
    });
    return async () => {
      await webhook.send({ attachments: [attachment] });
    };
  }
}

function anySignal(a: AbortSignal | null | undefined, b: AbortSignal): AbortSignal {
  return a ? AbortSignal.any([a, b]) : b;
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

import { fetchWithin, retry, type CallContext } from '@cloudforet/plugin-core';
import { botApi, type BotApi, type InlineKeyboardMarkup, type SendMessageParams } from './bot-api-client';
import type { TelegramTarget } from './channel-schema';
import { plainText, renderHtml, type Span } from './formatted-text';
import { splitText } from './split-text';
import {
  classifyTelegramError,
  isKeyboardError,
  isParseError,
  toTelegramPluginError,
  type DeliveryStep,
} from './telegram-errors';

export interface TelegramConnectorOptions {
  /** The Bot API root; `TELEGRAM_API_URL` or https://api.telegram.org. */
  apiUrl?: string;
  /** Attempts per request, counting the first (default 4); only answers that prove nothing was delivered are retried. */
  attempts?: number;
  /** Longest `retry_after` honoured before giving up (default 30 s). */
  maxRetryAfterMs?: number;
  /** Longest wait for one HTTP answer (default 60 s); the caller's remaining deadline shortens it. */
  requestTimeoutMs?: number;
}

/** What one dispatch sends: the text (split as needed), the callbacks, the image. */
export interface DeliveryPlan {
  text: Span[];
  keyboard?: InlineKeyboardMarkup;
  /** The callbacks as text, sent instead when Telegram refuses them as buttons. */
  callbackText: Span[];
  photo?: string;
}

/** What was delivered, for the log. */
export interface DeliveryReport {
  messages: number;
  plainTextFallbacks: number;
  callbacks: 'buttons' | 'text' | 'none';
  photo: boolean;
}

type ConnectorContext = Pick<CallContext, 'signal' | 'log' | 'deadline'>;

/**
 * Sends a plan to one chat, in order: the text messages (HTML; the callbacks as buttons
 * under the last), then the image (sendPhoto with its URL, as upstream). A message is sent
 * again only when Telegram proves it delivered nothing: 429 after `retry_after` (bounded),
 * a refused connection, "can't parse entities" (then as plain text), a refused keyboard
 * (then without it, the callbacks following as text). A timeout, a reset or a 5xx ends the
 * dispatch with an error saying what may have been delivered.
 */
export class TelegramConnector {
  private readonly apiUrl: string;

  constructor(private readonly opts: TelegramConnectorOptions = {}) {
    this.apiUrl = opts.apiUrl ?? process.env.TELEGRAM_API_URL ?? 'https://api.telegram.org';
  }

  async deliver(target: TelegramTarget, plan: DeliveryPlan, ctx: ConnectorContext): Promise<DeliveryReport> {
    const api = botApi(this.apiUrl, target.token, fetchWithin(ctx, { maxMs: this.opts.requestTimeoutMs ?? 60_000 }));
    const report: DeliveryReport = { messages: 0, plainTextFallbacks: 0, callbacks: 'none', photo: false };
    const chunks = splitText(plan.text);
    for (const [i, chunk] of chunks.entries()) {
      const keyboard = i === chunks.length - 1 ? plan.keyboard : undefined;
      const step: DeliveryStep = { what: 'message', part: i + 1, of: chunks.length };
      const { plain, keyboardSent } = await this.sendText(api, target.chatId, chunk, keyboard, step, ctx);
      report.messages++;
      if (plain) report.plainTextFallbacks++;
      if (keyboard) report.callbacks = keyboardSent ? 'buttons' : 'text';
    }
    if (report.callbacks === 'text') {
      const lines = splitText(plan.callbackText);
      for (const [i, chunk] of lines.entries()) {
        const step: DeliveryStep = { what: 'callbacks', part: i + 1, of: lines.length };
        await this.send(() => api.sendMessage({ chat_id: target.chatId, text: plainText(chunk) }), step, ctx);
      }
    }
    if (plan.photo) {
      const step: DeliveryStep = { what: 'image', part: 1, of: 1 };
      await this.send(() => api.sendPhoto({ chat_id: target.chatId, photo: plan.photo! }), step, ctx);
      report.photo = true;
    }
    return report;
  }

  /** One text message: HTML first; as plain text if Telegram cannot parse it; without the keyboard if it refuses that. */
  private async sendText(
    api: BotApi,
    chatId: string,
    chunk: Span[],
    keyboard: InlineKeyboardMarkup | undefined,
    step: DeliveryStep,
    ctx: ConnectorContext,
  ): Promise<{ plain: boolean; keyboardSent: boolean }> {
    let plain = false;
    let withKeyboard = keyboard !== undefined;
    for (;;) {
      const params: SendMessageParams = plain
        ? { chat_id: chatId, text: plainText(chunk) }
        : { chat_id: chatId, text: renderHtml(chunk), parse_mode: 'HTML' };
      if (withKeyboard) params.reply_markup = keyboard;
      try {
        await retry(() => api.sendMessage(params), this.retryOptions(ctx));
        return { plain, keyboardSent: withKeyboard };
      } catch (err) {
        if (!plain && isParseError(err)) {
          ctx.log.warn(
            { description: (err as Error).message },
            'Telegram could not parse the HTML; sending it as plain text',
          );
          plain = true;
        } else if (withKeyboard && isKeyboardError(err)) {
          ctx.log.warn(
            { description: (err as Error).message },
            'Telegram refused the callback buttons; sending them as text',
          );
          withKeyboard = false;
        } else throw this.failure(err, step, ctx);
      }
    }
  }

  private async send(call: () => Promise<unknown>, step: DeliveryStep, ctx: ConnectorContext): Promise<void> {
    try {
      await retry(call, this.retryOptions(ctx));
    } catch (err) {
      throw this.failure(err, step, ctx);
    }
  }

  private failure(err: unknown, step: DeliveryStep, ctx: ConnectorContext): unknown {
    return ctx.signal.aborted ? ctx.signal.reason : toTelegramPluginError(err, step);
  }

  private retryOptions(ctx: ConnectorContext) {
    return {
      attempts: this.opts.attempts ?? 4,
      maxRetryAfterMs: this.opts.maxRetryAfterMs ?? 30_000,
      signal: ctx.signal,
      deadline: ctx.deadline,
      classify: classifyTelegramError,
      onRetry: ({ attempt, delayMs }: { attempt: number; delayMs: number }) =>
        ctx.log.info({ attempt, delay_ms: delayMs }, 'Telegram did not take the message; waiting to send it again'),
    };
  }
}

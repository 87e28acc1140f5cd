import {
  authenticateFailure,
  deliveryRetryDecision,
  errorChain,
  GrpcStatus,
  invalidParameter,
  mayHaveBeenDelivered,
  PluginError,
  RetryExhaustedError,
  type RetryDecision,
} from '@cloudforet/plugin-core';
import { BotApiError } from './bot-api-client';

const CODE = 'ERROR_TELEGRAM_API';
const GAVE_UP = {
  attempts: '',
  'retry-after-too-long': ' (retry_after too long)',
  deadline: " (the caller's deadline came first)",
};
/** Answers that name the chat as what is wrong: unknown, the bot not in it or not allowed to post. */
const CHAT_PROBLEM =
  /chat not found|chat_id is empty|group chat was upgraded|not enough rights|have no rights|bot is not a member|bot was kicked|need administrator rights/i;

/** Which part of a dispatch failed, for the error text: "message 2 of 3 (1 delivered before it)". */
export interface DeliveryStep {
  what: 'message' | 'image' | 'callbacks';
  part: number;
  of: number;
}

/** Whether a failed request may be sent again: only when it proves nothing was delivered (plugin-core's rule). */
export function classifyTelegramError(err: unknown): RetryDecision {
  if (err instanceof BotApiError) return deliveryRetryDecision({ status: err.status, retryAfterMs: err.retryAfterMs });
  return deliveryRetryDecision({ error: err });
}

/** "can't parse entities": Telegram refused the HTML, and delivered nothing. */
export const isParseError = (err: unknown) =>
  err instanceof BotApiError && err.status === 400 && /can't parse entities/i.test(err.description);

/** Telegram refused the inline keyboard (e.g. a button URL it will not open), and delivered nothing. */
export const isKeyboardError = (err: unknown) =>
  err instanceof BotApiError &&
  err.status === 400 &&
  /button|keyboard|reply markup|REPLY_MARKUP/i.test(err.description);

/**
 * A Telegram failure as the Cloudforet error that names the cause and the channel_data key
 * to fix. Texts are built from Telegram's descriptions and statuses, never from the request.
 */
export function toTelegramPluginError(err: unknown, step: DeliveryStep): PluginError {
  if (err instanceof PluginError) return err;
  const where = whereOf(step);
  const timeout = errorChain(err).find((e) => e.name === 'TimeoutError');
  if (timeout)
    return mayHaveBeenDelivered(CODE, `Telegram did not answer within ${timeout.timeoutMs ?? '?'} ms${where}`);
  if (err instanceof RetryExhaustedError) {
    return new PluginError(
      CODE,
      `Telegram did not accept the ${step.what === 'image' ? 'image' : 'message'}${where} after ${err.attempts} attempts${GAVE_UP[err.reason]}: ${describe(err.lastError)}.`,
      GrpcStatus.UNAVAILABLE,
    );
  }
  if (err instanceof BotApiError) {
    if (err.status >= 500 || (err.unparsable && err.status < 400))
      return mayHaveBeenDelivered(CODE, `Telegram answered HTTP ${err.status}${where}`);
    if (err.status === 401 || err.status === 404)
      return authenticateFailure(
        `Telegram rejected the bot token (HTTP ${err.status} ${err.description}); check channel_data.token`,
      );
    if (err.status === 403 || CHAT_PROBLEM.test(err.description)) {
      const moved = err.migrateToChatId
        ? `; the group is now the supergroup ${err.migrateToChatId}, use that chat id`
        : '';
      return invalidParameter(
        'channel_data.chat_id',
        `Telegram answered "${err.description}"${moved}; check the chat id and that the bot is a member of the chat and may post`,
      );
    }
    return new PluginError(CODE, `Telegram refused the ${step.what}${where}: ${err.description}.`, GrpcStatus.INTERNAL);
  }
  // No answer: the request was sent and the connection broke (a refused one is retried, then RetryExhaustedError).
  if (brokenConnection(err))
    return mayHaveBeenDelivered(CODE, `the connection to Telegram broke before it answered${where}`);
  throw err; // not Telegram's doing (e.g. an invalid TELEGRAM_API_URL): ERROR_UNKNOWN, logged with its stack
}

/** A transport failure (ECONNRESET, undici's UND_ERR_SOCKET, ...), as opposed to a bug or a bad setting. */
function brokenConnection(err: unknown): boolean {
  return errorChain(err).some((e) => typeof e.code === 'string' && /^(E[A-Z]+|UND_ERR_[A-Z_]+)$/.test(e.code));
}

function whereOf(step: DeliveryStep): string {
  if (step.what !== 'message') return ' (the text was delivered)';
  if (step.of === 1) return '';
  const before = step.part > 1 ? `, ${step.part - 1} delivered before it` : '';
  return ` (message ${step.part} of ${step.of}${before})`;
}

function describe(err: unknown): string {
  if (err instanceof BotApiError) {
    if (err.status === 429) return `rate limited (HTTP 429, retry after ${(err.retryAfterMs ?? 0) / 1000} s)`;
    return `HTTP ${err.status}`;
  }
  return 'Telegram could not be reached';
}

import { parseRetryAfter } from '@cloudforet/plugin-core';

/** The two Bot API methods this plugin calls, with the fields it sends (https://core.telegram.org/bots/api). */
export interface InlineKeyboardMarkup {
  inline_keyboard: { text: string; url: string }[][];
}
export interface SendMessageParams {
  chat_id: string;
  text: string;
  parse_mode?: 'HTML';
  reply_markup?: InlineKeyboardMarkup;
}
export interface SendPhotoParams {
  chat_id: string;
  photo: string;
}
/** The part of a sent Message the plugin reads. */
export interface SentMessage {
  message_id: number;
}

/** A Bot API answer that is not `{ ok: true }`: its HTTP status, description and parameters. */
export class BotApiError extends Error {
  override readonly name = 'BotApiError';
  constructor(
    readonly status: number,
    readonly description: string,
    /** `parameters.retry_after` (or a Retry-After header), in ms. */
    readonly retryAfterMs?: number,
    /** `parameters.migrate_to_chat_id`: the group became this supergroup. */
    readonly migrateToChatId?: number,
    /** The body was not a Bot API answer (a proxy's error page, or a 200 cut short). */
    readonly unparsable = false,
  ) {
    super(`Telegram answered HTTP ${status}: ${description}`);
  }
}

interface BotApiAnswer {
  ok?: boolean;
  result?: unknown;
  description?: string;
  parameters?: { retry_after?: number; migrate_to_chat_id?: number };
}

/**
 * A small typed client of the Bot API over the given fetch (plugin-core's fetchWithin, so
 * each request ends with the RPC): JSON POST to `<apiUrl>/bot<token>/<method>`, answering
 * `result`, or throwing BotApiError with what Telegram said. The token is only ever in the
 * URL, which is neither logged nor put in an error.
 */
export function botApi(apiUrl: string, token: string, fetchFn: typeof fetch) {
  const root = apiUrl.replace(/\/+$/, '');
  async function call<T>(method: string, params: object): Promise<T> {
    const response = await fetchFn(`${root}/bot${token}/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(params),
    });
    const text = await response.text();
    let answer: BotApiAnswer | undefined;
    try {
      answer = JSON.parse(text) as BotApiAnswer;
    } catch {
      answer = undefined;
    }
    if (answer?.ok === true && response.ok) return answer.result as T;
    const retryAfter = answer?.parameters?.retry_after;
    throw new BotApiError(
      response.status,
      typeof answer?.description === 'string' ? answer.description : `HTTP ${response.status}`,
      typeof retryAfter === 'number' ? retryAfter * 1000 : parseRetryAfter(response.headers.get('retry-after')),
      answer?.parameters?.migrate_to_chat_id,
      answer === undefined,
    );
  }
  return {
    sendMessage: (params: SendMessageParams) => call<SentMessage>('sendMessage', params),
    sendPhoto: (params: SendPhotoParams) => call<SentMessage>('sendPhoto', params),
  };
}

export type BotApi = ReturnType<typeof botApi>;

import type { StandIn } from '../all/start-sandbox';

export interface TelegramChat {
  id: number;
  type: 'private' | 'group' | 'supergroup' | 'channel';
  title?: string;
  /** Without '@'; a channel or public group is also reached as `@username`. */
  username?: string;
  first_name?: string;
}

export interface TelegramSandboxOptions {
  /** Default 0 (ephemeral). The sandbox always binds 127.0.0.1. */
  port?: number;
  /** Valid bot tokens; when omitted, every well-formed token (`<digits>:<letters, digits, _ or ->`) is valid. */
  tokens?: string[];
  /** The chats the bots may post to (default DEFAULT_TELEGRAM_CHATS). */
  chats?: TelegramChat[];
  /** Delay before every Bot API answer, in ms (default 0). Control endpoints are not delayed. */
  latencyMs?: number;
  /** false: every answer closes its connection (`Connection: close`), so each request needs a new one. */
  keepAlive?: boolean;
}

/** A MessageEntity of the Bot API, as the sandbox derives it from HTML. */
export interface TelegramEntity {
  type: string;
  offset: number;
  length: number;
  url?: string;
  language?: string;
  custom_emoji_id?: string;
}

/**
 * Faults answer the next Bot API request (of `method`, when given: e.g. only the next
 * sendPhoto) instead of the real answer, in the order queued.
 */
export type TelegramFault =
  /** HTTP 429 `Too Many Requests: retry after N` with `parameters.retry_after` (and no Retry-After header, as Telegram). */
  | { status: 429; retryAfter: number; method?: string }
  /** The Bot API's client errors; the description defaults to a typical one for the status. */
  | { status: 400 | 401 | 403 | 404; description?: string; parameters?: Record<string, unknown>; method?: string }
  /** 500 as JSON; 502 and 504 as the HTML page of Telegram's front proxy; 503 as text, with Retry-After when given. */
  | { status: 500 | 502 | 503 | 504; retryAfter?: number; method?: string }
  /** The request is carried out (a message is delivered and recorded), then the connection is dropped unanswered. */
  | { drop: true; method?: string }
  /** No fault: the request is answered normally (to fault the second request, queue a pass first). */
  | { pass: true; method?: string };

export interface RecordedTelegramMessage {
  method: 'sendMessage' | 'sendPhoto';
  /** The bot's id: the digits before the token's colon (the token itself is never recorded). */
  botId: number;
  /** The chat's id (a `@username` resolved). */
  chatId: number;
  messageId: number;
  /** sendMessage: the text as the chat shows it (markup parsed, trimmed). */
  text?: string;
  /** sendPhoto: its caption as shown, if any. */
  caption?: string;
  entities?: TelegramEntity[];
  /** parse_mode as sent. */
  parseMode?: string;
  /** The text or caption exactly as sent, markup included. */
  sent?: string;
  replyMarkup?: unknown;
  /** sendPhoto: the photo as sent (a URL or file_id). */
  photo?: string;
  receivedAt: number;
}

export interface RecordedBotApiRequest {
  httpMethod: string;
  /** The Bot API method of the path, as written (the token part of the path is never recorded). */
  apiMethod: string;
  botId?: number;
  status: number;
  /** The Bot API's description of a refusal. */
  description?: string;
  at: number;
}

export interface TelegramSandbox extends StandIn {
  /** http://127.0.0.1:<port> */
  readonly url: string;
  /** The Bot API root (grammY's `apiRoot`): requests go to `${apiUrl}/bot<token>/<method>`. */
  readonly apiUrl: string;
  /** Messages delivered (sendMessage and sendPhoto that succeeded), in order. */
  readonly messages: RecordedTelegramMessage[];
  /** Every Bot API request, refused and faulted ones included; control requests are not recorded. */
  readonly requests: RecordedBotApiRequest[];
  /** TCP connections opened to the sandbox since it started or was last reset. */
  readonly connections: number;
  failNext(...faults: TelegramFault[]): void;
  reset(): void;
  close(): Promise<void>;
}

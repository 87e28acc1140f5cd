import type { ChatDirectory } from './chat-directory';
import { checkReplyMarkup } from './inline-keyboard';
import { parseTelegramHtml, TelegramHtmlError } from './parse-telegram-html';
import { CAPTION_LIMIT, codePoints, shownText, TEXT_LIMIT } from './shown-text';
import type { RecordedTelegramMessage, TelegramChat, TelegramEntity } from './telegram-sandbox-types';

export interface BotApiContext {
  chats: ChatDirectory;
  botId: number;
  /** The next message_id in a chat (they grow per chat, as in Telegram). */
  nextMessageId: (chatId: number) => number;
}

/** The answer of one Bot API call: HTTP status, JSON body, and the message when one was delivered. */
export interface BotApiOutcome {
  status: number;
  body: Record<string, unknown>;
  delivered?: Omit<RecordedTelegramMessage, 'receivedAt'>;
}

export const SANDBOX_BOT = { is_bot: true, first_name: 'Sandbox Bot', username: 'sandbox_bot' };

export function refusal(status: number, description: string, parameters?: Record<string, unknown>): BotApiOutcome {
  return { status, body: { ok: false, error_code: status, description, ...(parameters ? { parameters } : {}) } };
}

/** getMe, sendMessage and sendPhoto, validated as the Bot API validates them. Method names are case-insensitive. */
export function handleBotApiCall(method: string, params: Record<string, unknown>, ctx: BotApiContext): BotApiOutcome {
  switch (method.toLowerCase()) {
    case 'getme':
      return ok({ id: ctx.botId, ...SANDBOX_BOT, can_join_groups: true, supports_inline_queries: false });
    case 'sendmessage':
      return send('sendMessage', params, ctx);
    case 'sendphoto':
      return send('sendPhoto', params, ctx);
    default:
      return refusal(404, 'Not Found');
  }
}

function send(method: 'sendMessage' | 'sendPhoto', params: Record<string, unknown>, ctx: BotApiContext): BotApiOutcome {
  if (params.chat_id === undefined || params.chat_id === '') return refusal(400, 'Bad Request: chat_id is empty');
  const chat = ctx.chats.find(params.chat_id);
  if (!chat) return refusal(400, 'Bad Request: chat not found');
  const parseMode = params.parse_mode === undefined || params.parse_mode === '' ? undefined : String(params.parse_mode);
  if (parseMode !== undefined && parseMode.toLowerCase() !== 'html')
    return refusal(400, `Bad Request: unsupported parse_mode "${parseMode}" (the sandbox parses HTML only)`);

  const sent = method === 'sendMessage' ? params.text : params.caption;
  let shown: { text: string; entities: TelegramEntity[] } | undefined;
  if (sent !== undefined) {
    const parsed = formatted(String(sent), parseMode);
    if ('error' in parsed) return refusal(400, parsed.error);
    shown = parsed;
  }
  if (method === 'sendMessage') {
    if (!shown || shown.text === '') return refusal(400, 'Bad Request: message text is empty');
    if (codePoints(shown.text) > TEXT_LIMIT) return refusal(400, 'Bad Request: message is too long');
  } else {
    if (typeof params.photo !== 'string' || params.photo === '')
      return refusal(400, 'Bad Request: there is no photo in the request');
    if (!/^https?:\/\/[^\s/]+\.[^\s/]+/i.test(params.photo) && !/^[A-Za-z0-9_-]{20,}$/.test(params.photo))
      return refusal(400, 'Bad Request: wrong file identifier/HTTP URL specified');
    if (shown && codePoints(shown.text) > CAPTION_LIMIT)
      return refusal(400, 'Bad Request: message caption is too long');
  }
  let replyMarkup: unknown;
  if (params.reply_markup !== undefined) {
    const checked = checkReplyMarkup(params.reply_markup);
    if ('error' in checked) return refusal(400, checked.error);
    replyMarkup = checked.markup;
  }

  const messageId = ctx.nextMessageId(chat.id);
  const date = Math.floor(Date.now() / 1000);
  const entities = shown?.entities.length ? shown.entities : undefined;
  const result: Record<string, unknown> = {
    message_id: messageId,
    from: { id: ctx.botId, ...SANDBOX_BOT },
    chat: chatObject(chat),
    date,
  };
  if (method === 'sendMessage') Object.assign(result, { text: shown!.text, ...(entities ? { entities } : {}) });
  else {
    result.photo = photoSizes(params.photo as string);
    if (shown?.text)
      Object.assign(result, { caption: shown.text, ...(entities ? { caption_entities: entities } : {}) });
  }
  if (replyMarkup !== undefined) result.reply_markup = replyMarkup;
  return {
    status: 200,
    body: { ok: true, result },
    delivered: {
      method,
      botId: ctx.botId,
      chatId: chat.id,
      messageId,
      ...(method === 'sendMessage' ? { text: shown!.text } : { photo: params.photo as string }),
      ...(method === 'sendPhoto' && shown?.text ? { caption: shown.text } : {}),
      ...(entities ? { entities } : {}),
      ...(parseMode ? { parseMode } : {}),
      ...(sent !== undefined ? { sent: String(sent) } : {}),
      ...(replyMarkup !== undefined ? { replyMarkup } : {}),
    },
  };
}

function formatted(
  text: string,
  parseMode: string | undefined,
): { text: string; entities: TelegramEntity[] } | { error: string } {
  if (parseMode === undefined) return shownText(text, []);
  try {
    const parsed = parseTelegramHtml(text);
    return shownText(parsed.text, parsed.entities);
  } catch (error) {
    if (error instanceof TelegramHtmlError) return { error: `Bad Request: can't parse entities: ${error.message}` };
    throw error;
  }
}

function ok(result: unknown): BotApiOutcome {
  return { status: 200, body: { ok: true, result } };
}

function chatObject(chat: TelegramChat): Record<string, unknown> {
  return Object.fromEntries(Object.entries(chat).filter(([, v]) => v !== undefined));
}

/** Telegram answers a photo with its sizes; the sandbox does not fetch the URL, so the sizes are made up. */
function photoSizes(photo: string): Record<string, unknown>[] {
  const id = Buffer.from(photo).toString('base64url').slice(0, 32).padEnd(32, 'A');
  return [
    { file_id: `AgAC${id}s`, file_unique_id: `AQAD${id.slice(0, 8)}s`, width: 90, height: 60, file_size: 1200 },
    { file_id: `AgAC${id}m`, file_unique_id: `AQAD${id.slice(0, 8)}m`, width: 800, height: 533, file_size: 48000 },
  ];
}

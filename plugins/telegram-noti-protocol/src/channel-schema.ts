import { invalidParameter, messageSchema, type JsonSchema } from '@cloudforet/plugin-core';

/** The upstream channel form: the chat and the bot token, both required, stored as a secret. */
export const channelSchema: JsonSchema = {
  type: 'object',
  required: ['chat_id', 'token'],
  properties: {
    chat_id: {
      type: 'string',
      title: 'Chat ID',
      minLength: 1,
      maxLength: 100,
      description:
        'ID of the chat the bot posts to (add the bot to the group first); a group chat ID is negative, -#########. A public channel may be given as @username.',
      examples: ['-514081686'],
    },
    token: {
      type: 'string',
      title: 'BOT API Token',
      minLength: 1,
      maxLength: 200,
      description: 'The token BotFather gave the bot: its numeric id, a colon and the secret.',
      examples: ['123456789:AAE-0123456789abcdefghijklmnopqrstuv'],
    },
  },
};

/** The secret schema of the upstream registration (`capability.supported_schema`), for reference. */
export const telegramAuthTokenSchema: JsonSchema = {
  type: 'object',
  required: ['token', 'chat_id'],
  properties: {
    token: { type: 'string', title: 'BOT API Token', minLength: 10 },
    chat_id: { type: 'string', title: 'Chat ID' },
  },
};

/** Telegram's message as this plugin needs it: monitoring's schema, with the title required (the first line). */
export const telegramMessageSchema: JsonSchema = { ...messageSchema, required: ['title'] };

const TOKEN = /^[0-9]{1,20}:[A-Za-z0-9_-]{20,200}$/;
const CHAT_ID = /^(-?[0-9]{1,20}|@[A-Za-z][A-Za-z0-9_]{3,31})$/;

export interface TelegramTarget {
  token: string;
  chatId: string;
}

/**
 * The bot and chat of a validated channel. The token travels in the URL path
 * (`/bot<token>/sendMessage`), so only what a Bot API token is made of passes: a value
 * that could change the path, the host or the request is refused before any network call,
 * naming the key, never quoting the value.
 */
export function targetOf(channel: Record<string, unknown>): TelegramTarget {
  const token = channel.token as string;
  const chatId = channel.chat_id as string;
  if (!TOKEN.test(token)) {
    throw invalidParameter(
      'channel_data.token',
      'must be the token BotFather gave: the bot id (digits), a colon, then 20 or more letters, digits, _ or -',
    );
  }
  if (!CHAT_ID.test(chatId)) {
    throw invalidParameter('channel_data.chat_id', 'must be a numeric chat id (e.g. -514081686) or a @channelusername');
  }
  return { token, chatId };
}

import { invalidParameter, type JsonSchema } from '@cloudforet/plugin-core';

/** How a channel reaches Slack, chosen per protocol by `options.channel_type`. */
export type ChannelType = 'bot_token' | 'incoming_webhook';
export const CHANNEL_TYPES: readonly ChannelType[] = ['bot_token', 'incoming_webhook'];

/** The upstream channel form: a bot token and a channel (name, or id for private channels). */
export const botTokenChannelSchema: JsonSchema = {
  type: 'object',
  required: ['token', 'channel'],
  properties: {
    token: {
      type: 'string',
      title: 'Slack Token',
      minLength: 4,
      maxLength: 1000,
      description: 'Bot User OAuth Token of a Slack app with the chat:write scope, installed in the workspace.',
      examples: ['xoxb-123456789012-0987654321098-ABCDEFG'],
    },
    channel: {
      type: 'string',
      title: 'Slack Channel',
      minLength: 4,
      maxLength: 200,
      description: 'Name of the channel to post to; the app must be a member of it.',
      examples: ['everyone'],
    },
    channel_id: {
      type: 'string',
      title: 'Slack Channel ID',
      minLength: 4,
      maxLength: 200,
      description: 'Channel ID; required for private channels, and used instead of the name when set.',
      examples: ['C1234567890'],
    },
  },
};

/** An incoming-webhook channel: the URL Slack generated for one channel. */
export const incomingWebhookChannelSchema: JsonSchema = {
  type: 'object',
  required: ['webhook_url'],
  properties: {
    webhook_url: {
      type: 'string',
      title: 'Incoming Webhook URL',
      minLength: 10,
      maxLength: 2048,
      pattern: '^https?://',
      description: 'Incoming Webhook URL of a Slack app, bound to one channel.',
      examples: ['https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX'],
    },
  },
};

export function channelTypeOf(options: Record<string, unknown> | undefined): ChannelType {
  const value = options?.channel_type ?? 'bot_token';
  if (!CHANNEL_TYPES.includes(value as ChannelType)) {
    throw invalidParameter('options.channel_type', `must be one of ${CHANNEL_TYPES.join(', ')}`);
  }
  return value as ChannelType;
}

export function channelSchemaFor(type: ChannelType): JsonSchema {
  return type === 'incoming_webhook' ? incomingWebhookChannelSchema : botTokenChannelSchema;
}

/** The protocol's `options`: only the channel type. */
export const optionsSchema: JsonSchema = {
  type: 'object',
  properties: {
    channel_type: {
      type: 'string',
      title: 'Channel type',
      enum: [...CHANNEL_TYPES],
      default: 'bot_token',
      description:
        'bot_token: channels hold a bot token and a channel (chat.postMessage). incoming_webhook: channels hold a webhook URL.',
    },
  },
  examples: [{}, { channel_type: 'incoming_webhook' }],
};

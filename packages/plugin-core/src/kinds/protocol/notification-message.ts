import type { JsonSchema } from '../../validation/json-schema';

/**
 * Bounds of what one notification message may carry, for every protocol. They are far
 * above any alert Cloudforet builds (a handful of tags, one or two callbacks) and keep the
 * work a request can cause small: the count limits are checked before the items, so a
 * message with a million tags is refused at once. Slack truncates a text past 40,000
 * characters; Telegram needs ten messages for it.
 */
export const MESSAGE_LIMITS = { text: 40_000, title: 3_000, url: 3_000, tags: 100, callbacks: 25, tagKey: 300 };

const url = { type: 'string', maxLength: MESSAGE_LIMITS.url };

/**
 * The notification message as Cloudforet monitoring builds it (`title`, `description`,
 * `link`, `image_url`, `occurred_at`, `tags`, `callbacks`). Only the keys a layout reads are
 * checked; unknown keys are allowed (the notification service adds `domain_name`, newer
 * senders add `contents`, ...). A protocol that needs a title requires it on top:
 * `{ ...messageSchema, required: ['title'] }`.
 */
export const messageSchema: JsonSchema = {
  type: 'object',
  properties: {
    title: { type: 'string', maxLength: MESSAGE_LIMITS.title },
    description: { type: 'string', maxLength: MESSAGE_LIMITS.text },
    link: url,
    image_url: url,
    occurred_at: { type: 'string', maxLength: 100 },
    tags: {
      type: 'array',
      maxItems: MESSAGE_LIMITS.tags,
      items: {
        type: 'object',
        required: ['key'],
        properties: {
          key: { type: 'string', maxLength: MESSAGE_LIMITS.tagKey },
          value: { type: ['string', 'number', 'boolean', 'null'], maxLength: MESSAGE_LIMITS.text },
          options: { type: 'object', properties: { short: { type: 'boolean' } } },
        },
      },
    },
    callbacks: {
      type: 'array',
      maxItems: MESSAGE_LIMITS.callbacks,
      items: {
        type: 'object',
        required: ['label', 'url'],
        properties: { label: { type: 'string', maxLength: MESSAGE_LIMITS.title }, url },
      },
    },
  },
};

export interface NotificationMessage {
  title?: string;
  description?: string;
  link?: string;
  image_url?: string;
  occurred_at?: string;
  /** Upstream Slack's misspelling, still accepted there. */
  occured_at?: string;
  tags?: { key: string; value?: string | number | boolean | null; options?: { short?: boolean } }[];
  callbacks?: { label: string; url: string }[];
}

import type { JsonSchema } from '@cloudforet/plugin-core';

/**
 * Bounds of what one message may carry. Slack truncates a text past 40,000
 * characters and renders a few dozen fields at most; these bounds are far above
 * any alert Cloudforet builds (a handful of tags, one or two callbacks) and keep
 * the work a request can cause small: the count limits are checked before the
 * items, so a message with a million tags is refused at once.
 */
export const MESSAGE_LIMITS = { text: 40_000, title: 3_000, url: 3_000, tags: 100, callbacks: 25, tagKey: 300 };

const url = { type: 'string', maxLength: MESSAGE_LIMITS.url };

/**
 * The notification message as Cloudforet monitoring builds it. Only the keys the
 * layout reads are checked; unknown keys are allowed (the notification service
 * adds `domain_name`, newer senders add `contents`, ...).
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
  /** Upstream's misspelling, still accepted. */
  occured_at?: string;
  tags?: { key: string; value?: string | number | boolean | null; options?: { short?: boolean } }[];
  callbacks?: { label: string; url: string }[];
}

import type { JsonSchema } from '@cloudforet/plugin-core';

/**
 * The notification message as Cloudforet monitoring builds it. Only the keys the
 * layout reads are checked; unknown keys are allowed (the notification service
 * adds `domain_name`, newer senders add `contents`, ...).
 */
export const messageSchema: JsonSchema = {
  type: 'object',
  properties: {
    title: { type: 'string' },
    description: { type: 'string' },
    link: { type: 'string' },
    image_url: { type: 'string' },
    occurred_at: { type: 'string' },
    tags: {
      type: 'array',
      items: {
        type: 'object',
        required: ['key'],
        properties: {
          key: { type: 'string' },
          value: { type: ['string', 'number', 'boolean', 'null'] },
          options: { type: 'object', properties: { short: { type: 'boolean' } } },
        },
      },
    },
    callbacks: {
      type: 'array',
      items: {
        type: 'object',
        required: ['label', 'url'],
        properties: { label: { type: 'string' }, url: { type: 'string' } },
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

import type { JsonSchema } from '../../validation/json-schema';

/**
 * The notification message as Cloudforet builds it (monitoring's alerts, the notification
 * service's `domain_name`, the newer framework's `contents`/`content_type`). Senders add
 * keys; a protocol reads the ones it lays out and ignores the rest.
 */
export interface NotificationMessage {
  title?: string;
  description?: string;
  short_description?: string;
  link?: string;
  image_url?: string;
  occurred_at?: string;
  /** Upstream Slack's misspelling, still accepted there. */
  occured_at?: string;
  domain_name?: string;
  /** `HTML` or `MARKDOWN`, for `contents`. */
  content_type?: string;
  contents?: string;
  tags?: { key: string; value?: string | number | boolean | null; options?: { short?: boolean } }[];
  callbacks?: { label: string; url: string }[];
}

/**
 * Bounds of what one message may carry: far above any alert Cloudforet builds (a handful
 * of tags, one or two callbacks) and small enough that one request cannot cause much work.
 * Counts are checked before items, so a message with a million tags is refused at once.
 */
export interface MessageLimits {
  /** description, contents, a tag's value. */
  text: number;
  title: number;
  url: number;
  tags: number;
  callbacks: number;
  tagKey: number;
}

/** Slack's: it truncates text past 40,000 characters and shows a few dozen fields at most. */
export const DEFAULT_MESSAGE_LIMITS: MessageLimits = {
  text: 40_000,
  title: 3_000,
  url: 3_000,
  tags: 100,
  callbacks: 25,
  tagKey: 300,
};

export interface MessageSchemaOptions {
  limits?: Partial<MessageLimits>;
  /** Keys the protocol cannot lay out without (e.g. `['title']` for a mail's subject). */
  required?: (keyof NotificationMessage)[];
  /** Allowed `content_type` values, when the protocol reads `contents`. */
  contentTypes?: string[];
}

/** The JSON Schema of `message` for validateSchema: only the keys a layout reads are checked. */
export function notificationMessageSchema(opts: MessageSchemaOptions = {}): JsonSchema {
  const limits = { ...DEFAULT_MESSAGE_LIMITS, ...opts.limits };
  const url = { type: 'string', maxLength: limits.url };
  const text = { type: 'string', maxLength: limits.text };
  return {
    type: 'object',
    ...(opts.required?.length ? { required: opts.required } : {}),
    properties: {
      title: { type: 'string', maxLength: limits.title },
      description: text,
      short_description: text,
      link: url,
      image_url: url,
      occurred_at: { type: 'string', maxLength: 100 },
      domain_name: { type: 'string', maxLength: limits.title },
      ...(opts.contentTypes ? { content_type: { type: 'string', enum: opts.contentTypes }, contents: text } : {}),
      tags: {
        type: 'array',
        maxItems: limits.tags,
        items: {
          type: 'object',
          required: ['key'],
          properties: {
            key: { type: 'string', maxLength: limits.tagKey },
            value: { type: ['string', 'number', 'boolean', 'null'], maxLength: limits.text },
            options: { type: 'object', properties: { short: { type: 'boolean' } } },
          },
        },
      },
      callbacks: {
        type: 'array',
        maxItems: limits.callbacks,
        items: {
          type: 'object',
          required: ['label', 'url'],
          properties: { label: { type: 'string', maxLength: limits.title }, url },
        },
      },
    },
  };
}

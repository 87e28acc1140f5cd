import type { NotificationMessage, NotificationType } from '@cloudforet/plugin-core';

/** Attachment colours of the upstream plugin, by notification type. */
export const COLORS: Record<NotificationType, string> = {
  INFO: '#43BEFF',
  ERROR: '#FF6A6A',
  SUCCESS: '#60B731',
  WARNING: '#FFCE02',
};
export const DEFAULT_COLOR = '#858895';
export const FOOTER = 'SpaceONE';
export const FOOTER_ICON =
  'https://spaceone-custom-assets.s3.ap-northeast-2.amazonaws.com/console-assets/icons/wanny.png';

export interface SlackAttachment {
  fallback: string;
  pretext: string;
  color: string;
  text: string;
  mrkdwn_in: ('text' | 'pretext' | 'fields')[];
  footer: string;
  footer_icon: string;
  title?: string;
  title_link?: string;
  fields?: { title: string; value: string; short?: boolean }[];
  actions?: { name: string; text: string; type: 'button'; style: 'danger'; url: string }[];
  image_url?: string;
  ts?: string;
}

/**
 * The upstream message layout: one legacy attachment with the title as pretext,
 * the description as text, tags as fields and callbacks as buttons. Two upstream
 * defects are fixed here: `ts` is taken from `occurred_at` (upstream read the
 * misspelt `occured_at`, so it was never set), and the image travels in the same
 * attachment instead of a second post (which crashed upstream 1.1.0).
 */
export function buildAttachment(message: NotificationMessage, type: NotificationType): SlackAttachment {
  const title = message.title ?? '';
  const attachment: SlackAttachment = {
    fallback: title ? `[${type}] ${title}` : `[${type}]`,
    pretext: title,
    color: COLORS[type] ?? DEFAULT_COLOR,
    text: message.description ?? '',
    mrkdwn_in: ['text'],
    footer: FOOTER,
    footer_icon: FOOTER_ICON,
  };
  if (message.link !== undefined) {
    attachment.title = title;
    attachment.title_link = message.link;
  }
  if (message.tags) {
    attachment.fields = message.tags.map((tag) => ({
      title: tag.key,
      value: tag.value == null ? '' : String(tag.value),
      ...(tag.options?.short !== undefined ? { short: tag.options.short } : {}),
    }));
  }
  if (message.callbacks) {
    attachment.actions = message.callbacks.map((cb) => ({
      name: cb.label,
      text: cb.label,
      type: 'button',
      style: 'danger',
      url: cb.url,
    }));
  }
  if (message.image_url) attachment.image_url = message.image_url;
  const ts = epochSeconds(message.occurred_at ?? message.occured_at);
  if (ts !== undefined) attachment.ts = ts;
  return attachment;
}

function epochSeconds(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? undefined : String(Math.floor(ms / 1000));
}

import type { NotificationMessage, NotificationType } from '@cloudforet/plugin-core';
import { formatOccurredAt } from './occurred-at';

/** The message keys a mail reads beyond plugin-core's: the notification service's and the newer framework's. */
export interface EmailMessage extends NotificationMessage {
  domain_name?: string;
  /** `HTML` shows `contents` instead of the description, tags and image. */
  content_type?: string;
  contents?: string;
}

/** Colour of each notification type, as the `r,g,b` of upstream's email_conf. */
export const TYPE_COLORS: Record<NotificationType, string> = {
  INFO: '167,169,178',
  ERROR: '255,106,106',
  SUCCESS: '96,183,49',
  WARNING: '255,206,2',
};

/**
 * What a mail shows, as plain text (not escaped): the HTML and the text part are both
 * rendered from it, so they carry the same content.
 */
export interface MailView {
  type: NotificationType;
  /** `r,g,b` */
  color: string;
  domainName?: string;
  title: string;
  link?: string;
  /** The description's lines, or for `content_type: HTML` the `contents`, shown as text. */
  body: { lines: string[] } | { contents: string };
  tags: { key: string; value: string }[];
  imageUrl?: string;
  callbacks: { label: string; url: string }[];
  occurredAt?: string;
}

/**
 * Upstream's choice of content: `content_type: HTML` shows `contents` (escaped, as since
 * upstream 1.1.5) instead of the description, tags and image; anything else shows those.
 */
export function mailView(message: EmailMessage, type: NotificationType): MailView {
  const withContents = message.content_type === 'HTML';
  return {
    type,
    color: TYPE_COLORS[type],
    ...(message.domain_name ? { domainName: message.domain_name } : {}),
    title: message.title ?? '',
    ...(message.link ? { link: message.link } : {}),
    body: withContents ? { contents: message.contents ?? '' } : { lines: linesOf(message.description ?? '') },
    tags: withContents
      ? []
      : (message.tags ?? []).map((t) => ({ key: t.key, value: t.value == null ? '' : String(t.value) })),
    ...(!withContents && message.image_url ? { imageUrl: message.image_url } : {}),
    callbacks: message.callbacks ?? [],
    ...(message.occurred_at ? { occurredAt: formatOccurredAt(message.occurred_at) } : {}),
  };
}

function linesOf(text: string): string[] {
  return text === '' ? [] : text.split(/\r\n|\r|\n/);
}

/** A URL that may be a link target: http(s) or mailto; others are shown as text only. */
export function hrefOf(url: string): string | undefined {
  return /^(https?:\/\/|mailto:)/i.test(url.trim()) ? url.trim() : undefined;
}

/** The title as one header line: control characters (CR, LF, tab, …) become spaces. */
export function subjectOf(title: string): string {
  return title.replace(/[\x00-\x1f\x7f\u2028\u2029]+/g, ' ').trim();
}

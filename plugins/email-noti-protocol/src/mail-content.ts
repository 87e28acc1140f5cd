import type { NotificationType } from '@cloudforet/plugin-core';
import { htmlPart } from './html-layout';
import { mailView, subjectOf, type EmailMessage } from './mail-view';
import { textPart } from './text-layout';

export interface MailContent {
  subject: string;
  html: string;
  text: string;
}

/** Subject, HTML part and plain-text part of the notification, from one view of the message. */
export function mailContent(message: EmailMessage, type: NotificationType): MailContent {
  const view = mailView(message, type);
  return { subject: subjectOf(view.title), html: htmlPart(view), text: textPart(view) };
}

import {
  MESSAGE_LIMITS,
  messageSchema,
  notificationTypeOf,
  validateSchema,
  type CallContext,
  type JsonSchema,
} from '@cloudforet/plugin-core';
import { channelShape } from './channel-schema';
import { mailContent } from './mail-content';
import type { EmailMessage } from './mail-view';
import { recipientsOf } from './recipients';
import type { SmtpConnector } from './smtp-connector';
import { smtpSettingsOf } from './smtp-settings';

/**
 * The message as a mail lays it out: plugin-core's, plus a required title (it is the
 * subject; upstream failed with ERROR_UNKNOWN without one), `domain_name`, and `contents`
 * with its `content_type`, HTML or MARKDOWN as upstream.
 */
export const emailMessageSchema: JsonSchema = {
  ...messageSchema,
  required: ['title'],
  properties: {
    ...(messageSchema.properties as Record<string, unknown>),
    domain_name: { type: 'string', maxLength: MESSAGE_LIMITS.title },
    content_type: { type: 'string', enum: ['HTML', 'MARKDOWN'] },
    contents: { type: 'string', maxLength: MESSAGE_LIMITS.text },
  },
};

/** A dispatch as plain dicts: what Notification.dispatch receives, whatever the API edge. */
export interface EmailDispatch {
  secret_data?: Record<string, unknown>;
  channel_data?: Record<string, unknown>;
  /** INFO, ERROR, SUCCESS or WARNING (by name). */
  notification_type?: unknown;
  message?: Record<string, unknown>;
  options?: Record<string, unknown>;
}

/**
 * Sends one notification by mail. Everything is checked before any network call, each
 * failure naming its key: the notification type, the message, the recipients and the SMTP
 * settings. Then one mail goes to all recipients, with an HTML and a plain-text part.
 */
export async function dispatchEmail(
  request: EmailDispatch,
  connector: SmtpConnector,
  ctx: Pick<CallContext, 'signal' | 'log' | 'deadline'>,
) {
  const type = notificationTypeOf(request.notification_type);
  validateSchema(emailMessageSchema, request.message, 'message');
  validateSchema(channelShape, request.channel_data, 'channel_data');
  const to = recipientsOf(String(request.channel_data?.email));
  const settings = smtpSettingsOf(request.secret_data);
  const content = mailContent(request.message as EmailMessage, type);
  const info = await connector.send(settings, to, content, ctx);
  const rejected = (info.rejected ?? []).length;
  if (rejected > 0)
    ctx.log.warn({ rejected, accepted: (info.accepted ?? []).length }, 'the SMTP server refused some recipients');
  ctx.log.debug({ notification_type: type, recipients: to.length, message_id: info.messageId }, 'delivered by SMTP');
}

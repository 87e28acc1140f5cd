import {
  invalidParameter,
  notificationTypeOf,
  validateSchema,
  type CallContext,
  type NotificationMessage,
} from '@cloudforet/plugin-core';
import { channelSchema, targetOf, telegramMessageSchema } from './channel-schema';
import { callbackKeyboard, callbackLines, layoutText } from './message-layout';
import type { DeliveryReport, TelegramConnector } from './telegram-connector';

/** The parts of a dispatch request this protocol reads, as plain dicts (gRPC's, or another API's). */
export interface DispatchInput {
  channel_data?: Record<string, unknown>;
  notification_type?: unknown;
  message?: Record<string, unknown>;
}

/**
 * One notification to one Telegram chat: validates the request (every refusal names its
 * key), lays the message out as upstream, and sends it. A plain function of the request's
 * dicts, so any API edge (Notification.dispatch here) can call it.
 */
export async function dispatchNotification(
  input: DispatchInput,
  connector: TelegramConnector,
  ctx: Pick<CallContext, 'signal' | 'log' | 'deadline'>,
): Promise<DeliveryReport> {
  const type = notificationTypeOf(input.notification_type);
  validateSchema(telegramMessageSchema, input.message, 'message');
  validateSchema(channelSchema, input.channel_data, 'channel_data');
  const target = targetOf(input.channel_data!);
  const message = input.message as NotificationMessage;
  if (message.image_url !== undefined && !/^https?:\/\/\S+$/i.test(message.image_url))
    throw invalidParameter('message.image_url', 'must be an http(s) URL Telegram can fetch');
  const keyboard = callbackKeyboard(message);
  return connector.deliver(
    target,
    {
      text: layoutText(message, type),
      keyboard: keyboard && { inline_keyboard: keyboard },
      callbackText: callbackLines(message),
      photo: message.image_url || undefined,
    },
    ctx,
  );
}

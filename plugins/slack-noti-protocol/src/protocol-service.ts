import {
  allowedUrl,
  messageSchema,
  notificationTypeOf,
  requireHeaderValue,
  validateSchema,
  type CallContext,
  type NotificationMessage,
} from '@cloudforet/plugin-core';
import type {
  InitRequest,
  PluginInfo,
  PluginVerifyRequest,
} from '@cloudforet/api/gen/spaceone/api/notification/plugin/protocol';
import type { PluginDispatchRequest } from '@cloudforet/api/gen/spaceone/api/notification/plugin/notification';
import { channelSchemaFor, channelTypeOf } from './channel-schema';
import { buildAttachment } from './message-layout';
import { SlackConnector, type SlackTarget } from './slack-connector';

/** Protocol.init: the channel form the console renders; cheap and deterministic, as the core calls it often. */
export function init(request: InitRequest): PluginInfo {
  const schema = channelSchemaFor(channelTypeOf(request.options));
  return { metadata: { data_type: 'SECRET', data: { schema } } };
}

/** Protocol.verify: credentials live in channel_data, which verify does not receive; only options are checked. */
export function verify(request: PluginVerifyRequest): Record<string, never> {
  channelTypeOf(request.options);
  return {};
}

/**
 * Notification.dispatch. `webhookUrlPrefix` bounds where incoming-webhook channels
 * may point (default `SLACK_WEBHOOK_URL_PREFIX` or https://hooks.slack.com/), compared
 * as parsed URLs (plugin-core `allowedUrl`), so a channel cannot make the plugin POST
 * to another host or path. Values that cannot be sent (a token with CR/LF) are
 * refused before any network call.
 */
export function makeDispatch(
  connector: SlackConnector,
  webhookUrlPrefix = process.env.SLACK_WEBHOOK_URL_PREFIX ?? 'https://hooks.slack.com/',
) {
  return async function dispatch(request: PluginDispatchRequest, ctx: CallContext): Promise<Record<string, never>> {
    const type = notificationTypeOf(request.notification_type);
    validateSchema(messageSchema, request.message, 'message');
    const channelType = channelTypeOf(request.options);
    validateSchema(channelSchemaFor(channelType), request.channel_data, 'channel_data');
    const target = targetOf(channelType, request.channel_data as Record<string, string>, webhookUrlPrefix);
    const attachment = buildAttachment(request.message as NotificationMessage, type);
    const channelKey =
      target.kind === 'incoming_webhook' ? 'channel_data.webhook_url' : channelKeyOf(request.channel_data);
    const tokenKey = target.kind === 'incoming_webhook' ? 'channel_data.webhook_url' : 'channel_data.token';
    await connector.post(target, attachment, ctx, { channelKey, tokenKey });
    ctx.log.debug({ notification_type: type, channel_type: channelType }, 'delivered to Slack');
    return {};
  };
}

function targetOf(channelType: string, data: Record<string, string>, webhookUrlPrefix: string): SlackTarget {
  if (channelType === 'incoming_webhook') {
    return {
      kind: 'incoming_webhook',
      url: allowedUrl(data.webhook_url, webhookUrlPrefix, 'channel_data.webhook_url'),
    };
  }
  const channel = data.channel_id || (data.channel.startsWith('#') ? data.channel : `#${data.channel}`);
  return { kind: 'bot_token', token: requireHeaderValue(data.token, 'channel_data.token'), channel };
}

function channelKeyOf(data: Record<string, unknown> | undefined): string {
  return data?.channel_id ? 'channel_data.channel_id' : 'channel_data.channel';
}

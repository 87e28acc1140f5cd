import type { CallContext } from '@cloudforet/plugin-core';
import type { PluginDispatchRequest } from '@cloudforet/api/gen/spaceone/api/notification/plugin/notification';
import type { PluginInfo } from '@cloudforet/api/gen/spaceone/api/notification/plugin/protocol';
import { channelSchema } from './channel-schema';
import { dispatchNotification } from './dispatch-notification';
import type { TelegramConnector } from './telegram-connector';

/** Protocol.init: the upstream channel form; cheap and always the same, as the core calls it before each dispatch. */
export function init(): PluginInfo {
  return { metadata: { data_type: 'SECRET', data: { schema: channelSchema } } };
}

/** Protocol.verify: a no-op as upstream (the bot token lives in channel_data, which verify does not receive). */
export function verify(): Record<string, never> {
  return {};
}

/** Notification.dispatch: the gRPC edge of dispatchNotification. */
export function makeDispatch(connector: TelegramConnector) {
  return async function dispatch(request: PluginDispatchRequest, ctx: CallContext): Promise<Record<string, never>> {
    const report = await dispatchNotification(request, connector, ctx);
    ctx.log.debug({ notification_type: request.notification_type, ...report }, 'delivered to Telegram');
    return {};
  };
}

import type { CallContext } from '@cloudforet/plugin-core';
import type { PluginDispatchRequest } from '@cloudforet/api/gen/spaceone/api/notification/plugin/notification';
import type { PluginInfo, PluginVerifyRequest } from '@cloudforet/api/gen/spaceone/api/notification/plugin/protocol';
import { channelSchema } from './channel-schema';
import { dispatchEmail } from './email-dispatch';
import type { SmtpConnector } from './smtp-connector';
import { smtpSettingsOf } from './smtp-settings';

// The gRPC edge of the notification.plugin API: each handler passes the request's dicts on.

/** Protocol.init: upstream's channel form, the same for any options (the core calls it before every dispatch). */
export function init(): PluginInfo {
  return { metadata: { data_type: 'PLAIN_TEXT', data: { schema: channelSchema } } };
}

/**
 * Protocol.verify: checks the SMTP settings' shape without connecting (upstream verified
 * nothing; a server that is down is reported by dispatch).
 */
export function verify(request: PluginVerifyRequest): Record<string, never> {
  smtpSettingsOf(request.secret_data);
  return {};
}

export function makeDispatch(connector: SmtpConnector) {
  return async function dispatch(request: PluginDispatchRequest, ctx: CallContext): Promise<Record<string, never>> {
    await dispatchEmail(request, connector, ctx);
    return {};
  };
}

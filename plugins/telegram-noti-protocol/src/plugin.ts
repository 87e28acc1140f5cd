import { definePlugin, implement } from '@cloudforet/plugin-core';
import { NotificationService } from '@cloudforet/api/gen/spaceone/api/notification/plugin/notification';
import { ProtocolService } from '@cloudforet/api/gen/spaceone/api/notification/plugin/protocol';
import { version } from '../package.json';
import { telegramAuthTokenSchema } from './channel-schema';
import { init, makeDispatch, verify } from './protocol-service';
import { TelegramConnector, type TelegramConnectorOptions } from './telegram-connector';

/** The Telegram notification protocol. Without options it reads its settings from the environment. */
export function createPlugin(opts: TelegramConnectorOptions = {}) {
  return definePlugin({
    name: 'plugin-telegram-noti-protocol',
    version,
    // data_type SECRET: channel_data's `token` is a secret by its name (plugin-core redacts it
    // in every form, the Bot API URL path included); the chat id is not, and stays readable.
    schemas: { secretData: { telegram_auth_token: telegramAuthTokenSchema } },
    services: [
      implement(ProtocolService, { init, verify }),
      implement(NotificationService, { dispatch: makeDispatch(new TelegramConnector(opts)) }),
    ],
  });
}

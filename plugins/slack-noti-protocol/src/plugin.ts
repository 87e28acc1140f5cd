import { definePlugin, implement } from '@cloudforet/plugin-core';
import { NotificationService } from '@cloudforet/api/gen/spaceone/api/notification/plugin/notification';
import { ProtocolService } from '@cloudforet/api/gen/spaceone/api/notification/plugin/protocol';
import { version } from '../package.json';
import { optionsSchema } from './channel-schema';
import { init, makeDispatch, verify } from './protocol-service';
import { SlackConnector, type SlackConnectorOptions } from './slack-connector';

export interface SlackPluginOptions extends SlackConnectorOptions {
  /** Where incoming-webhook URLs may point; `SLACK_WEBHOOK_URL_PREFIX` or https://hooks.slack.com/. */
  webhookUrlPrefix?: string;
}

/** The Slack notification protocol. Without options it reads its settings from the environment. */
export function createPlugin(opts: SlackPluginOptions = {}) {
  const connector = new SlackConnector(opts);
  return definePlugin({
    name: 'plugin-slack-noti-protocol',
    version,
    // data_type SECRET: channel_data holds the bot token or the webhook URL.
    secretKeys: ['channel_data'],
    schemas: { options: optionsSchema },
    services: [
      implement(ProtocolService, { init, verify }),
      implement(NotificationService, { dispatch: makeDispatch(connector, opts.webhookUrlPrefix) }),
    ],
  });
}

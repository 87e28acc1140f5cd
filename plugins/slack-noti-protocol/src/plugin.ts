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
    // data_type SECRET: the secrets in channel_data are `token` and `webhook_url`, which
    // plugin-core treats as secret by their names. The channel name is not a secret and
    // is not redacted (it would mangle Slack's own error codes in the logs).
    schemas: { options: optionsSchema },
    services: [
      implement(ProtocolService, { init, verify }),
      implement(NotificationService, { dispatch: makeDispatch(connector, opts.webhookUrlPrefix) }),
    ],
  });
}

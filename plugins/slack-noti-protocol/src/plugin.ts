import { definePlugin, implement } from '@cloudforet/plugin-core';
import { NotificationService } from '@cloudforet/api/gen/spaceone/api/notification/plugin/notification';
import { ProtocolService } from '@cloudforet/api/gen/spaceone/api/notification/plugin/protocol';
import { version } from '../package.json';
import { init, makeDispatch, verify } from './protocol-service';
import { SlackConnector, type SlackConnectorOptions } from './slack-connector';

/** The Slack notification protocol; options are for tests and the local host. */
export function createSlackPlugin(opts: SlackConnectorOptions = {}) {
  const connector = new SlackConnector(opts);
  return definePlugin({
    name: 'plugin-slack-noti-protocol',
    version,
    // data_type SECRET: channel_data holds the bot token or the webhook URL.
    secretKeys: ['channel_data'],
    services: [
      implement(ProtocolService, { init, verify }),
      implement(NotificationService, { dispatch: makeDispatch(connector) }),
    ],
  });
}

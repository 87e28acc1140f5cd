import { definePlugin, implement } from '@cloudforet/plugin-core';
import { NotificationService } from '@cloudforet/api/gen/spaceone/api/notification/plugin/notification';
import { ProtocolService } from '@cloudforet/api/gen/spaceone/api/notification/plugin/protocol';
import { version } from '../package.json';
import { init, makeDispatch, verify } from './protocol-service';
import { SmtpConnector, type SmtpConnectorOptions } from './smtp-connector';
import { smtpSecretSchema } from './smtp-settings';

/** The Email (SMTP) notification protocol. Without options it reads its settings from the environment. */
export function createPlugin(opts: SmtpConnectorOptions = {}) {
  const connector = new SmtpConnector(opts);
  return definePlugin({
    name: 'plugin-email-noti-protocol',
    version,
    // The SMTP password is in secret_data, which plugin-core always redacts; channel data
    // (data_type PLAIN_TEXT) holds only the recipients.
    schemas: { secretData: { email_smtp: smtpSecretSchema } },
    services: [
      implement(ProtocolService, { init, verify }),
      implement(NotificationService, { dispatch: makeDispatch(connector) }),
    ],
    close: () => connector.close(),
  });
}

// How the Email plugin runs against the sandbox's SMTP server, for its conformance test,
// its image check, `npm start` and `cfplugin serve` (see PluginHarness).
import type { PluginHarness } from '@cloudforet/plugin-testing';
import { EXAMPLE_ALERT_MESSAGE, protocolSuites } from '@cloudforet/plugin-testing';
import type { Sandbox, SmtpSandbox } from '@cloudforet/sandbox';

/** plugin-testing's alert with a second description line, a third tag and the domain's name. */
export const EXAMPLE_MESSAGE = {
  ...EXAMPLE_ALERT_MESSAGE,
  description: `${EXAMPLE_ALERT_MESSAGE.description}\nweb-1 has been above 90% for 10 minutes.`,
  tags: [...EXAMPLE_ALERT_MESSAGE.tags, { key: 'Project', value: 'web' }],
  domain_name: 'sandbox-domain',
};

/** secret_data for the sandbox's SMTP server: STARTTLS on its submission port, AUTH, its test CA trusted. */
export function sandboxSecret(smtp: SmtpSandbox): Record<string, string> {
  return {
    smtp_host: smtp.host,
    smtp_port: String(smtp.port),
    user: smtp.user,
    password: smtp.password,
    from_email: 'Cloudforet <alerts@example.com>',
    smtp_ca_cert: smtp.caCertificate,
  };
}

export async function harness(sandbox: Sandbox): Promise<PluginHarness> {
  const smtp = await sandbox.start('smtp');
  const dispatch = {
    secret_data: sandboxSecret(smtp),
    channel_data: { email: 'oncall@example.com, sre@example.com' },
    message: EXAMPLE_MESSAGE,
    options: {},
  };
  return {
    // The SMTP server comes in each request's secret_data; nothing to set.
    env: {},
    ...protocolSuites({
      dispatch,
      delivered: (type) => {
        const last = smtp.messages.at(-1);
        if (
          last?.subject !== EXAMPLE_MESSAGE.title ||
          !last.secure ||
          last.envelope.to.join(',') !== 'oncall@example.com,sre@example.com' ||
          !last.html?.includes(`<span>[${type}]</span>`)
        )
          throw new Error(`the SMTP server received ${JSON.stringify(last?.subject)}, not the ${type} notification`);
      },
    }),
    example: { method: 'Notification.dispatch', params: { ...dispatch, notification_type: 'WARNING' } },
    received: `${smtp.controlUrl}/_sandbox/messages`,
  };
}

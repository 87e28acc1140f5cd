// How the Email plugin runs against the sandbox's SMTP server, for its conformance test,
// its image check, `npm start` and `cfplugin serve` (see PluginHarness).
import type { PluginHarness } from '@cloudforet/plugin-testing';
import { protocolSuites } from '@cloudforet/plugin-testing';
import type { Sandbox, SmtpSandbox } from '@cloudforet/sandbox';

export const EXAMPLE_MESSAGE = {
  title: 'CPU above 90% on web-1',
  description: 'Alert #42 was triggered by the CPU utilisation rule.\nweb-1 has been above 90% for 10 minutes.',
  link: 'https://console.example.com/monitoring/alert-manager/alert/42',
  tags: [
    { key: 'Alert Number', value: '#42', options: { short: true } },
    { key: 'Urgency', value: 'HIGH', options: { short: true } },
    { key: 'Project', value: 'web' },
  ],
  callbacks: [{ label: 'Acknowledge Alerts', url: 'https://console.example.com/ack/42' }],
  occurred_at: '2026-11-23T10:00:00.000Z',
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

// How the Slack plugin runs against the sandbox, for its conformance test, its image
// check, `npm start` and `cfplugin serve` (see PluginHarness).
import type { PluginHarness } from '@cloudforet/plugin-testing';
import { protocolSuites } from '@cloudforet/plugin-testing';
import type { Sandbox } from '@cloudforet/sandbox';

/** Any xoxb- token is valid in a sandbox started without a token list. */
export const SANDBOX_TOKEN = 'xoxb-111111111111-2222222222222-SandboxSecretToken';

export const EXAMPLE_MESSAGE = {
  title: 'CPU above 90% on web-1',
  description: 'Alert #42 was triggered by the CPU utilisation rule.',
  link: 'https://console.example.com/monitoring/alert-manager/alert/42',
  tags: [
    { key: 'Alert Number', value: '#42', options: { short: true } },
    { key: 'Urgency', value: 'HIGH', options: { short: true } },
  ],
  callbacks: [{ label: 'Acknowledge Alerts', url: 'https://console.example.com/ack/42' }],
  occurred_at: '2026-11-23T10:00:00.000Z',
};

export async function harness(sandbox: Sandbox): Promise<PluginHarness> {
  const slack = await sandbox.start('slack');
  const dispatch = {
    secret_data: {},
    channel_data: { token: SANDBOX_TOKEN, channel: 'general' },
    message: EXAMPLE_MESSAGE,
    options: {},
  };
  return {
    env: { SLACK_API_URL: slack.apiUrl, SLACK_WEBHOOK_URL_PREFIX: `${slack.url}/services/` },
    ...protocolSuites({
      dispatch,
      delivered: (type) => {
        const last = slack.messages.at(-1);
        const fallback = (last?.body.attachments as { fallback?: string }[] | undefined)?.[0]?.fallback;
        if (last?.api !== 'chat.postMessage' || fallback !== `[${type}] ${EXAMPLE_MESSAGE.title}`)
          throw new Error(`Slack received ${JSON.stringify(last?.body)}, not the ${type} notification`);
      },
    }),
    example: { method: 'Notification.dispatch', params: { ...dispatch, notification_type: 'WARNING' } },
    received: `${slack.url}/_sandbox/messages`,
  };
}

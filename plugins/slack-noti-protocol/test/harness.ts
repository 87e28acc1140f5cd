// How the Slack plugin runs against the sandbox, for its conformance test, its image
// check, `npm start` and `cfplugin serve` (see PluginHarness).
import type { PluginHarness } from '@cloudforet/plugin-testing';
import { EXAMPLE_ALERT_MESSAGE, protocolSuites } from '@cloudforet/plugin-testing';
import type { Sandbox } from '@cloudforet/sandbox';

/** Any xoxb- token is valid in a sandbox started without a token list. */
export const SANDBOX_TOKEN = 'xoxb-111111111111-2222222222222-SandboxSecretToken';

/** The message the examples dispatch: plugin-testing's alert. */
export const EXAMPLE_MESSAGE = EXAMPLE_ALERT_MESSAGE;

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

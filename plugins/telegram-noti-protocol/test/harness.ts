// How the Telegram plugin runs against the sandbox, for its conformance test, its image
// check, `npm start` and `cfplugin serve` (see PluginHarness).
import type { PluginHarness } from '@cloudforet/plugin-testing';
import { EXAMPLE_ALERT_MESSAGE, protocolSuites } from '@cloudforet/plugin-testing';
import type { Sandbox } from '@cloudforet/sandbox';

/** Any well-formed bot token is valid in a sandbox started without a token list (this is the Bot API docs' example). */
export const SANDBOX_TOKEN = '110201543:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw';
/** The sandbox's group chat (the upstream guide's example id). */
export const SANDBOX_CHAT = '-514081686';

/** The message the examples dispatch: plugin-testing's alert. */
export const EXAMPLE_MESSAGE = EXAMPLE_ALERT_MESSAGE;

export async function harness(sandbox: Sandbox): Promise<PluginHarness> {
  const telegram = await sandbox.start('telegram');
  const dispatch = {
    secret_data: {},
    channel_data: { chat_id: SANDBOX_CHAT, token: SANDBOX_TOKEN },
    message: EXAMPLE_MESSAGE,
    options: {},
  };
  return {
    env: { TELEGRAM_API_URL: telegram.apiUrl },
    ...protocolSuites({
      dispatch,
      delivered: (type) => {
        const last = telegram.messages.at(-1);
        if (last?.method !== 'sendMessage' || !last.text?.startsWith(`[${type}] ${EXAMPLE_MESSAGE.title}`))
          throw new Error(`Telegram received ${JSON.stringify(last)}, not the ${type} notification`);
      },
    }),
    example: { method: 'Notification.dispatch', params: { ...dispatch, notification_type: 'WARNING' } },
    received: `${telegram.url}/_sandbox/messages`,
  };
}

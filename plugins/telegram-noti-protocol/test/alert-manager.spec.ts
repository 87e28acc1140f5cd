// PLUGIN_API=alert_manager on the Telegram plugin: the same messages reach the Bot API as in classic mode.
import { describeAlertManagerDelivery } from '@cloudforet/plugin-testing';
import { startSandbox } from '@cloudforet/sandbox';
import { createPlugin } from '../src/plugin';
import { harness } from './harness';

describeAlertManagerDelivery('telegram-noti-protocol in alert-manager mode', {
  createPlugin,
  startSandbox,
  harness,
  delivered: (sandbox) => {
    const last = sandbox.telegram.messages.at(-1);
    return (
      last && {
        method: last.method,
        chatId: last.chatId,
        sent: last.sent,
        parseMode: last.parseMode,
        replyMarkup: last.replyMarkup,
      }
    );
  },
});

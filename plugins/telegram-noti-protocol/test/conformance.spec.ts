// The plugin's conformance suite, in-process, wired exactly as its container is (through its harness).
import { describeHarnessConformance } from '@cloudforet/plugin-testing';
import { startSandbox } from '@cloudforet/sandbox';
import { createPlugin } from '../src/plugin';
import { EXAMPLE_MESSAGE, harness } from './harness';

describeHarnessConformance('telegram-noti-protocol conformance (through its harness)', {
  alertManager: true,
  createPlugin,
  startSandbox,
  harness,
  more: (run) =>
    it('checks every notification type, and its example reaches the group with its button', () => {
      const { suite, sandbox } = run();
      expect(suite.checks.map((c) => c.name)).toContain('Notification.dispatch delivers every notification type');
      const last = sandbox.telegram.messages.at(-1);
      expect(last).toMatchObject({ chatId: -514081686, text: expect.stringMatching(/^\[WARNING\] CPU above 90%/) });
      expect(last?.replyMarkup).toEqual({
        inline_keyboard: [[{ text: 'Acknowledge Alerts', url: EXAMPLE_MESSAGE.callbacks[0].url }]],
      });
    }),
});

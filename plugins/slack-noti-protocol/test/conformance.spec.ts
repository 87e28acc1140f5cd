// The plugin's conformance suite, in-process, wired exactly as its container is (through its harness).
import { describeHarnessConformance } from '@cloudforet/plugin-testing';
import { startSandbox } from '@cloudforet/sandbox';
import { createPlugin } from '../src/plugin';
import { harness } from './harness';

describeHarnessConformance('slack-noti-protocol conformance (through its harness)', {
  alertManager: true,
  createPlugin,
  startSandbox,
  harness,
  more: (run) =>
    it('checks every notification type, and its example posts to #general', () => {
      const { suite, sandbox } = run();
      expect(suite.checks.map((c) => c.name)).toContain('Notification.dispatch delivers every notification type');
      expect(sandbox.slack.messages.at(-1)?.body.channel).toBe('#general');
    }),
});

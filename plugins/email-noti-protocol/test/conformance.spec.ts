// The plugin's conformance suite, in-process, wired exactly as its container is (through its harness).
import { describeHarnessConformance } from '@cloudforet/plugin-testing';
import { startSandbox } from '@cloudforet/sandbox';
import { createPlugin } from '../src/plugin';
import { harness } from './harness';

describeHarnessConformance('email-noti-protocol conformance (through its harness)', {
  alertManager: true,
  createPlugin,
  startSandbox,
  harness,
  more: (run) =>
    it('delivered every notification type by SMTP over STARTTLS, as the sandbox user', () => {
      const { suite, sandbox } = run();
      expect(suite.checks.map((c) => c.name)).toContain('Notification.dispatch delivers every notification type');
      const last = sandbox.smtp.messages.at(-1);
      expect(last).toMatchObject({
        port: 'starttls',
        secure: true,
        user: 'sandbox-user',
        from: ['alerts@example.com'],
      });
    }),
});

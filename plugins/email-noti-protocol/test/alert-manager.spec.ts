// PLUGIN_API=alert_manager on the Email plugin: the same mail reaches the SMTP server as in classic mode.
import { describeAlertManagerDelivery } from '@cloudforet/plugin-testing';
import { startSandbox } from '@cloudforet/sandbox';
import { createPlugin } from '../src/plugin';
import { harness } from './harness';

describeAlertManagerDelivery('email-noti-protocol in alert-manager mode', {
  createPlugin,
  startSandbox,
  harness,
  delivered: (sandbox) => {
    const mail = sandbox.smtp.messages.at(-1);
    return mail && { envelope: mail.envelope, subject: mail.subject, to: mail.to, html: mail.html, text: mail.text };
  },
});

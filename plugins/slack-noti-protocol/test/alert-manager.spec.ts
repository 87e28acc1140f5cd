// PLUGIN_API=alert_manager on the Slack plugin: the same message reaches Slack as in classic mode.
import { describeAlertManagerDelivery } from '@cloudforet/plugin-testing';
import { startSandbox } from '@cloudforet/sandbox';
import { createPlugin } from '../src/plugin';
import { harness } from './harness';

describeAlertManagerDelivery('slack-noti-protocol in alert-manager mode', {
  createPlugin,
  startSandbox,
  harness,
  delivered: (sandbox) => sandbox.slack.messages.at(-1)?.body,
});

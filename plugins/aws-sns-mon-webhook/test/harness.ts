// How the plugin runs against the sandbox, for its conformance test, its image check,
// `npm start` and `cfplugin serve` (see PluginHarness). The SNS stand-in answers the
// subscription confirmation and serves the signing certificate, over https with its test CA;
// every SNS connection of the plugin goes to it (SNS_CONNECT_TO), verified as sns.<region>.
import { webhookSuites, type PluginHarness } from '@cloudforet/plugin-testing';
import type { Sandbox } from '@cloudforet/sandbox';
import oneDimension from './golden/cloudwatch-one-dimension-alarm.json';

export const TOPIC = 'arn:aws:sns:ap-northeast-2:123456789012:cloudforet-alarms';
/** A CloudWatch alarm (the JSON an SNS Notification carries), from test/golden. */
export const ALARM_MESSAGE = oneDimension.data.Message;
const ALARM_KEY = oneDimension.events[0]!.event_key;

export async function harness(sandbox: Sandbox): Promise<PluginHarness> {
  const sns = await sandbox.start('sns');
  const example = sns.notification(TOPIC, ALARM_MESSAGE, { subject: 'ALARM: "cpu high"' });
  return {
    env: { SNS_CONNECT_TO: sns.address, SNS_CA_PEM: sns.caPem },
    ...webhookSuites({
      options: { verify_signature: true },
      data: example,
      malformed: { ...example, Signature: example.Signature!.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')) },
      parsed: ([event]) => {
        if (event?.event_key !== ALARM_KEY || event.severity !== 'ERROR')
          throw new Error(`parsed ${JSON.stringify(event)}, not the example's CloudWatch alarm`);
      },
    }),
    example: { method: 'Event.parse', params: { options: { verify_signature: true }, data: example } },
    received: `${sns.controlUrl}/_sandbox/requests`,
  };
}

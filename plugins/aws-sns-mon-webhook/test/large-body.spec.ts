// A 10 MB SNS body (an alarm whose reason is huge) is refused cleanly and leaves no memory behind.
import { describeLargeBody } from '@cloudforet/plugin-testing';
import { createPlugin } from '../src/plugin';
import { ALARM_MESSAGE } from './harness';

const envelope = (message: string) => ({
  Type: 'Notification',
  TopicArn: 'arn:aws:sns:us-east-1:1:t',
  Message: message,
});
const alarm = JSON.parse(ALARM_MESSAGE) as Record<string, unknown>;

describeLargeBody('aws-sns-mon-webhook large bodies', {
  createPlugin,
  body: (bytes) => ({ options: {}, data: envelope(JSON.stringify({ ...alarm, NewStateReason: 'x'.repeat(bytes) })) }),
  ordinary: { options: {}, data: envelope(ALARM_MESSAGE) },
});

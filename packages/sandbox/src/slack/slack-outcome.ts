import type { HttpReply } from '../http/http-reply';
import type { RecordedSlackMessage } from './slack-sandbox-types';

/** What a Slack request produced: the answer, and the message when one was delivered. */
export interface SlackOutcome {
  reply: HttpReply;
  delivered?: Omit<RecordedSlackMessage, 'receivedAt'>;
}

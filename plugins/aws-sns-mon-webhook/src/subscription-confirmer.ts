import {
  deliveryRetryDecision,
  invalidParameter,
  retry,
  type CallContext,
  type Logger,
  type PyDict,
} from '@cloudforet/plugin-core';
import { snsUrl } from './sns-endpoint';
import type { SnsHttp } from './sns-http';

/**
 * Confirms an SNS subscription by GETting its SubscribeURL, only when that URL is an SNS
 * endpoint over https (checked before anything is sent: a posted body must not make the plugin
 * fetch 127.0.0.1, the cloud metadata address or any other host). SNS's refusal (an expired or
 * unknown token) is answered as INVALID_ARGUMENT with SNS's error code; a request that may have
 * reached SNS is not sent again (plugin-core's delivery rule).
 */
export class SubscriptionConfirmer {
  constructor(
    private readonly http: SnsHttp,
    private readonly log?: Logger,
  ) {}

  async confirm(envelope: PyDict, ctx: Pick<CallContext, 'signal' | 'deadline'>): Promise<void> {
    const url = snsUrl(envelope.SubscribeURL, 'data.SubscribeURL');
    const { status, body } = await retry(() => this.http.get(url, ctx), {
      attempts: 3,
      signal: ctx.signal,
      deadline: ctx.deadline,
      classify: (error) => deliveryRetryDecision({ error }),
    }).catch((err: unknown) => {
      throw invalidParameter(
        'data.SubscribeURL',
        `SNS could not be reached to confirm the subscription (${(err as Error).message})`,
      );
    });
    if (status < 200 || status >= 300) {
      const code = /<Code>([^<]{1,100})<\/Code>/.exec(body)?.[1] ?? `HTTP ${status}`;
      throw invalidParameter('data.SubscribeURL', `SNS refused the confirmation (${code})`);
    }
    this.log?.info({ topic: envelope.TopicArn }, 'SNS subscription confirmed');
  }
}

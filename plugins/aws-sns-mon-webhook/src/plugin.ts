import { EventService } from '@cloudforet/api/gen/spaceone/api/monitoring/plugin/event';
import { WebhookService } from '@cloudforet/api/gen/spaceone/api/monitoring/plugin/webhook';
import { definePlugin, implement, setupFreeWebhook } from '@cloudforet/plugin-core';
import { version } from '../package.json';
import { makeParse } from './event-service';
import { SigningCertificates } from './signing-certificates';
import { SnsHttp } from './sns-http';
import { SubscriptionConfirmer } from './subscription-confirmer';
import { optionsSchema } from './options-schema';

/** AWS SNS webhook: CloudWatch alarms and AWS Health events posted by an SNS HTTPS subscription. */
export function createPlugin(http: SnsHttp = SnsHttp.fromEnv()) {
  const certificates = new SigningCertificates(http);
  return definePlugin({
    name: 'plugin-aws-sns-mon-webhook',
    version,
    schemas: { options: optionsSchema },
    services: [
      implement(WebhookService, setupFreeWebhook),
      implement(EventService, { parse: makeParse({ confirmer: new SubscriptionConfirmer(http), certificates }) }),
    ],
  });
}

import { EventService } from '@cloudforet/api/gen/spaceone/api/monitoring/plugin/event';
import { WebhookService } from '@cloudforet/api/gen/spaceone/api/monitoring/plugin/webhook';
import { definePlugin, implement, setupFreeWebhook } from '@cloudforet/plugin-core';
import { version } from '../package.json';
import { parse } from './event-service';
import { optionsSchema } from './options-schema';

/** Grafana alerting webhook: legacy, unified and SNS-wrapped notifications, one Cloudforet event each (or one per alert with split_alerts). */
export function createPlugin() {
  return definePlugin({
    name: 'plugin-grafana-mon-webhook',
    version,
    schemas: { options: optionsSchema },
    services: [implement(WebhookService, setupFreeWebhook), implement(EventService, { parse })],
  });
}

import { EventService } from '@cloudforet/api/gen/spaceone/api/monitoring/plugin/event';
import { WebhookService } from '@cloudforet/api/gen/spaceone/api/monitoring/plugin/webhook';
import { definePlugin, implement, setupFreeWebhook } from '@cloudforet/plugin-core';
import { version } from '../package.json';
import { parse } from './event-service';
import { optionsSchema } from './options-schema';

/** Prometheus Alertmanager webhook: one Cloudforet event per alert of a `webhook_configs` notification. */
export function createPlugin() {
  return definePlugin({
    name: 'plugin-prometheus-mon-webhook',
    version,
    schemas: { options: optionsSchema },
    services: [implement(WebhookService, setupFreeWebhook), implement(EventService, { parse })],
  });
}

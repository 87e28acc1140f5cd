import type { WebhookPluginInfo } from '@cloudforet/api/gen/spaceone/api/monitoring/plugin/webhook';

/**
 * `Webhook.init` and `Webhook.verify` of a webhook that needs no set-up, as every upstream
 * webhook answers them: `{metadata: {}}` (monitoring keeps its default dedup window) and Empty.
 */
export const setupFreeWebhook = {
  init: (): WebhookPluginInfo => ({ metadata: {} }),
  verify: (): Record<string, never> => ({}),
};

import type {
  WebhookInitRequest,
  WebhookPluginInfo,
  WebhookPluginVerifyRequest,
} from '@cloudforet/api/gen/spaceone/api/monitoring/plugin/webhook';
import type { JsonSchema } from '@cloudforet/plugin-core';

/** No options: Alertmanager's payload says everything. */
export const optionsSchema: JsonSchema = { type: 'object', properties: {}, examples: [{}] };

/** Webhook.init: `{metadata: {}}`, as upstream (monitoring's dedup window stays its default). */
export function init(_request: WebhookInitRequest): WebhookPluginInfo {
  return { metadata: {} };
}

export function verify(_request: WebhookPluginVerifyRequest): Record<string, never> {
  return {};
}

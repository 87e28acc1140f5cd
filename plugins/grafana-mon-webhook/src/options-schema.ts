import type { JsonSchema } from '@cloudforet/plugin-core';

/** The webhook's options: where the Grafana body is (SNS), and the per-alert improvement. */
export const optionsSchema: JsonSchema = {
  type: 'object',
  properties: {
    message_root: {
      type: 'string',
      title: 'Message root',
      description:
        'Dotted path of the Grafana body inside what is posted, e.g. "Message" when Grafana notifies through AWS SNS. Each segment is a key; a JSON string is decoded on the way.',
    },
    split_alerts: {
      type: 'boolean',
      default: false,
      title: 'One event per alert',
      description:
        'Unified alerting only: one event per alert, keyed by its fingerprint, instead of one per notification keyed by its groupKey (upstream). Changes the event keys: switch it before alerts are open.',
    },
  },
  examples: [{}, { message_root: 'Message' }, { split_alerts: true }],
};

// How the plugin runs against the sandbox, for its conformance test, its image check,
// `npm start` and `cfplugin serve` (see PluginHarness). Grafana posts to the webhook; the
// plugin calls nothing outside, so no stand-in is started.
import { webhookSuites, type PluginHarness } from '@cloudforet/plugin-testing';
import type { Sandbox } from '@cloudforet/sandbox';
import docsTwoAlerts from './golden/unified-docs-two-alerts.json';

/** Grafana's documented unified-alerting webhook body, two firing alerts (test/golden). */
export const EXAMPLE_BODY = docsTwoAlerts.data as unknown as Record<string, unknown>;
const EXAMPLE_KEY = docsTwoAlerts.events[0]!.event_key;

export async function harness(_sandbox: Sandbox): Promise<PluginHarness> {
  return {
    env: {},
    ...webhookSuites({
      options: {},
      data: EXAMPLE_BODY,
      malformed: { orgId: 1, groupKey: '{}:{}', alerts: 'not a list' },
      parsed: (events) => {
        if (events.length !== 1 || events[0]?.event_key !== EXAMPLE_KEY || events[0].severity !== 'ERROR')
          throw new Error(`parsed ${JSON.stringify(events)}, not the example's one event keyed md5(groupKey)`);
      },
    }),
    example: { method: 'Event.parse', params: { options: {}, data: EXAMPLE_BODY } },
  };
}

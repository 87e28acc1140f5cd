// How the plugin runs against the sandbox, for its conformance test, its image check,
// `npm start` and `cfplugin serve` (see PluginHarness). Alertmanager posts to the webhook;
// the plugin calls nothing outside, so no stand-in is started.
import { webhookSuites, type PluginHarness } from '@cloudforet/plugin-testing';
import type { Sandbox } from '@cloudforet/sandbox';
import crashLooping from './golden/kube-prometheus-crashlooping.json';

/** A kube-prometheus notification with one firing KubePodCrashLooping alert (test/golden). */
export const EXAMPLE_BODY = crashLooping.data as Record<string, unknown>;

export async function harness(_sandbox: Sandbox): Promise<PluginHarness> {
  return {
    env: {},
    ...webhookSuites({
      options: {},
      data: EXAMPLE_BODY,
      malformed: { alerts: [{ status: 'firing', labels: 'not a dict' }] },
      parsed: ([event]) => {
        if (event?.event_key !== '8b5f0a1e3c2d4b6a' || event.severity !== 'WARNING' || event.event_type !== 'ALERT')
          throw new Error(`parsed ${JSON.stringify(event)}, not the example's KubePodCrashLooping alert`);
      },
    }),
    example: { method: 'Event.parse', params: { options: {}, data: EXAMPLE_BODY } },
  };
}

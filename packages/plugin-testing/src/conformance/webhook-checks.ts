import type { PluginApi } from '@cloudforet/plugin-core';
import type { CoreClient } from '../client/core-client';
import { KIND_SERVICES, keysOf } from './alert-manager-requests';
import { badInputCheck } from './bad-input-check';
import { expectCleanError, expectEmpty, expectNoProblems, expectStillServing, type Dict } from './call-outcome';
import { commonChecks, coreKeysCheck } from './common-checks';
import { type ConformanceCheck, expectFailure, expectThat } from './conformance-check';
import { initChecks } from './init-checks';
import { alertManagerEventProblems, eventProblems } from './webhook-event';

/** A monitoring webhook set up with `options`, and what the outside system posts to it. */
export interface WebhookFixture {
  /** `options` of the webhook's plugin_info. */
  options: Dict;
  /** A body the outside system posts (monitoring passes it to Event.parse as `data`); must give ≥ 1 event. */
  data: Dict;
  /** A body the plugin cannot parse (default `{ unexpected: 'not a known webhook body' }`). */
  malformed?: Dict;
  /** Asserts on the events parsed from `data` (e.g. the expected event_key and severity); optional. */
  parsed?: (events: Dict[]) => Promise<void> | void;
}

/** The keys the Cloudforet 2.x monitoring service sends (docs/wire-contract.md, request keys). */
export const WEBHOOK_CORE_KEYS = {
  'Webhook.init': ['options'],
  'Webhook.verify': ['options'],
  'Event.parse': ['options', 'data'],
};

const servicesOf = (api: PluginApi) =>
  KIND_SERVICES.webhook[api].map((s) => ({ name: s.name, methods: [...s.methods] }));
const WEBHOOK_SERVICES = servicesOf('classic');
const DEFAULT_MALFORMED = { unexpected: 'not a known webhook body' };

/** `metadata` may be `{}` (every upstream webhook answers that); `duplicate_event_time` is read as seconds. */
export function webhookMetadataProblems(metadata: Dict): string[] {
  const dedup = metadata.duplicate_event_time;
  return dedup === undefined || (Number.isInteger(dedup) && Number(dedup) >= 0)
    ? []
    : [`duplicate_event_time is ${JSON.stringify(dedup)}, not a number of seconds`];
}

/** The checks that need no fixture. */
export function webhookGenericChecks(): ConformanceCheck[] {
  return [
    ...commonChecks(WEBHOOK_SERVICES),
    coreKeysCheck(WEBHOOK_CORE_KEYS),
    ...initChecks({
      method: 'Webhook.init',
      request: { options: {} },
      problemsOf: webhookMetadataProblems,
      describes: 'an object (duplicate_event_time, when present, in seconds)',
      mayRequireOptions: true,
    }),
    badInputCheck('Event.parse of an empty or unknown body answers or fails cleanly, and the plugin keeps serving', [
      { method: 'Event.parse', params: { options: {}, data: {} }, what: 'an empty body' },
      { method: 'Event.parse', params: { options: {}, data: DEFAULT_MALFORMED }, what: 'an unknown body' },
    ]),
  ];
}

/**
 * The conformance suite of a monitoring.Webhook plugin; with `api: 'alert_manager'` the same checks
 * against the plugin started with PLUGIN_API=alert_manager (its services and request keys, its
 * events' fields and enums; `fixture.parsed`, written for classic events, is not run there).
 */
export function webhookChecks(
  fixture: WebhookFixture,
  { api = 'classic' }: { api?: PluginApi } = {},
): ConformanceCheck[] {
  const { options } = fixture;
  const parse = (client: CoreClient, data: Dict) => client.call('Event.parse', { options, data });
  const problemsOf = api === 'classic' ? eventProblems : alertManagerEventProblems;
  return [
    ...commonChecks(servicesOf(api)),
    coreKeysCheck(keysOf(WEBHOOK_CORE_KEYS, api)),
    ...initChecks({
      method: 'Webhook.init',
      request: { options },
      problemsOf: webhookMetadataProblems,
      describes: 'an object (duplicate_event_time, when present, in seconds)',
    }),
    {
      name: 'Webhook.verify succeeds with options only',
      async run(client) {
        expectEmpty(await client.call('Webhook.verify', { options }), 'verify');
      },
    },
    {
      name: 'Event.parse of the sample body answers events with every field monitoring reads, of the right types and enums',
      async run(client) {
        const { results } = await parse(client, fixture.data);
        const events = (results ?? []) as Dict[];
        expectThat(events.length > 0, 'parse answered no events for the sample body');
        expectNoProblems(
          events.flatMap((e, i) => problemsOf(e, `results[${i}]`)),
          'parse answered events monitoring cannot use',
        );
        if (api === 'classic') await fixture.parsed?.(events);
      },
    },
    {
      name: 'Event.parse gives the same event_key for the same body (alerts are matched by it)',
      async run(client) {
        const keys = async () =>
          (((await parse(client, fixture.data)).results ?? []) as Dict[]).map((e) => e.event_key);
        const [a, b] = [await keys(), await keys()];
        expectThat(JSON.stringify(a) === JSON.stringify(b), `event keys changed: ${a.join(',')} then ${b.join(',')}`);
      },
    },
    {
      name: 'Event.parse of a malformed body answers a clean ERROR_* error, and the plugin keeps serving',
      async run(client) {
        const err = await expectFailure(
          parse(client, fixture.malformed ?? DEFAULT_MALFORMED),
          'parse of a malformed body',
        );
        expectCleanError(err, 'parse of a malformed body');
        await expectStillServing(client, 'parse of a malformed body');
      },
    },
    badInputCheck('Event.parse of an empty body answers or fails cleanly', [
      { method: 'Event.parse', params: { options, data: {} }, what: 'an empty body' },
    ]),
  ];
}

/** A webhook harness's `checks` and `alertManagerChecks` from one fixture. */
export function webhookSuites(fixture: WebhookFixture): {
  checks: ConformanceCheck[];
  alertManagerChecks: ConformanceCheck[];
} {
  return { checks: webhookChecks(fixture), alertManagerChecks: webhookChecks(fixture, { api: 'alert_manager' }) };
}

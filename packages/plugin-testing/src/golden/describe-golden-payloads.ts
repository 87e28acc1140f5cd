import { toAlertManagerEvent, type PluginDefinition } from '@cloudforet/plugin-core';
import { CoreCallError } from '../errors/core-call-error';
import { callLikePythonCore, pythonCoreAvailable } from '../python-core/python-core-client';
import { loadGoldenPayloads, NOW, type GoldenPayload } from './golden-payload';
import { servedInDescribe } from './served-plugin';

export interface GoldenOptions {
  createPlugin: () => PluginDefinition;
  /** The folder of `*.json` golden payloads (`test/golden`). */
  dir: string;
  /** At least this many payloads must be there (default 10). */
  min?: number;
}

/**
 * One test per golden payload: the plugin, served in-process and called through the core-like
 * client over gRPC (`Event.parse {options, data}`), answers exactly the written-out events,
 * field by field and `event_key` included, or exactly the written-out error.
 */
export function describeGoldenPayloads(title: string, { createPlugin, dir, min = 10 }: GoldenOptions): void {
  const goldens = loadGoldenPayloads(dir);

  describe(title, () => {
    const served = servedInDescribe(createPlugin);

    it(`has at least ${min} golden payloads, each with its source`, () => {
      expect(goldens.length).toBeGreaterThanOrEqual(min);
      for (const [, g] of goldens) expect(g.source.length).toBeGreaterThan(10);
    });

    // The same calls made by the real Python grpcio/protobuf the core runs (reflection, ParseDict,
    // MessageToDict): the core itself reads exactly the written-out events.
    (pythonCoreAvailable() || process.env.CI ? it : it.skip)(
      'the real Python client reads the same answers',
      async () => {
        const before = Date.now();
        const run = await callLikePythonCore(
          served().running.endpoint,
          goldens.map(([, g]) => ({ method: 'Event.parse', params: { options: g.options, data: g.data } })),
        );
        const answers = run.results.map((r) =>
          'error' in r
            ? { error: r.error }
            : { events: (('response' in r ? r.response.results : undefined) ?? []) as Record<string, unknown>[] },
        );
        expect(answers.map((a) => jsonTextsByValue(withNow(a, before, Date.now())))).toEqual(
          goldens.map(([, g]) => jsonTextsByValue(expected(g))),
        );
      },
      60_000,
    );

    it.each(goldens)('%s', async (_file, golden) => {
      const before = Date.now();
      const answer = await served()
        .client.call('Event.parse', { options: golden.options, data: golden.data })
        .then(
          (r) => ({ events: (r.results ?? []) as Record<string, unknown>[] }),
          (e: unknown) => {
            if (!(e instanceof CoreCallError)) throw e;
            return { error: { code: e.codeName, details: e.details } };
          },
        );
      expect(withNow(answer, before, Date.now())).toEqual(expected(golden));
    });
  });

  describe(`${title}, started with PLUGIN_API=alert_manager`, () => {
    const served = servedInDescribe(createPlugin, 'alert_manager');

    it('lists only the alert-manager services (and Health, ServerInfo)', () => {
      expect(served().client.services).toEqual([
        'spaceone.api.alert_manager.plugin.Webhook',
        'spaceone.api.alert_manager.plugin.Event',
        'grpc.health.v1.Health',
        'spaceone.api.core.v1.ServerInfo',
      ]);
    });

    it('answers every golden payload with its classic events after the documented mapping (or the same error)', async () => {
      for (const [file, golden] of goldens) {
        const before = Date.now();
        const answer = await served()
          .client.call('Event.parse', { options: golden.options, data: golden.data, domain_id: 'domain-1' })
          .then(
            (r) => ({ events: (r.results ?? []) as Record<string, unknown>[] }),
            (e: unknown) => {
              if (!(e instanceof CoreCallError)) throw e;
              return { error: { code: e.codeName, details: e.details } };
            },
          );
        expect({ file, ...withNow(answer, before, Date.now()) }).toEqual({ file, ...alertManagerExpected(golden) });
      }
    });

    // The descriptors reflection serves (EventSeverity of alert_manager/v1 included) resolve in the
    // Python protobuf the core runs, and it reads the same events.
    (pythonCoreAvailable() || process.env.CI ? it : it.skip)(
      'the real Python client resolves every service and reads the same events',
      async () => {
        const withEvents = goldens.filter(([, g]) => !g.error);
        const before = Date.now();
        const run = await callLikePythonCore(
          served().running.endpoint,
          withEvents.map(([, g]) => ({ method: 'Event.parse', params: { options: g.options, data: g.data } })),
        );
        expect(run.services.slice(0, 2)).toEqual([
          'spaceone.api.alert_manager.plugin.Webhook',
          'spaceone.api.alert_manager.plugin.Event',
        ]);
        const answers = run.results.map((r) => ({
          events: (('response' in r ? r.response.results : undefined) ?? []) as Record<string, unknown>[],
        }));
        expect(answers.map((a) => jsonTextsByValue(withNow(a, before, Date.now())))).toEqual(
          withEvents.map(([, g]) => jsonTextsByValue(alertManagerExpected(g))),
        );
      },
      60_000,
    );
  });
}

/**
 * The golden answer as the alert-manager API carries it (plugin-core's toAlertManagerEvent), read
 * as MessageToDict reads it: default values (empty strings and lists, the NONE enums) left out.
 */
function alertManagerExpected(golden: GoldenPayload) {
  if (golden.error) return { error: golden.error };
  const defaults = new Set(['', 'EVENT_TYPE_NONE', 'EVENT_SEVERITY_NONE']);
  return {
    events: (golden.events ?? []).map((event) =>
      Object.fromEntries(
        Object.entries(toAlertManagerEvent(event as never)).filter(
          ([, v]) => v !== undefined && !defaults.has(v as string) && !(Array.isArray(v) && v.length === 0),
        ),
      ),
    ),
  };
}

function expected(golden: GoldenPayload) {
  return golden.error ? { error: golden.error } : { events: golden.events };
}

/** Parse-time `occurred_at`s within the call's window read as `<now>`, so that the rest compares exactly. */
function withNow<T extends object>(answer: T, from: number, to: number): T {
  for (const event of (answer as { events?: Record<string, unknown>[] }).events ?? []) {
    const t = Date.parse(String(event.occurred_at));
    if (
      /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(String(event.occurred_at)) &&
      t >= from - 1000 &&
      t <= to + 1000
    )
      event.occurred_at = NOW;
  }
  return answer;
}

/**
 * A JSON text inside an event (Grafana's `eval_matches`) compared by value: the Python client
 * sends a Struct's keys in its map's order, so a dumped dict's key order follows the sender.
 */
function jsonTextsByValue<T>(value: T): T {
  if (typeof value === 'string' && /^[[{]/.test(value)) {
    try {
      return sortedKeys(JSON.parse(value)) as T;
    } catch {
      return value;
    }
  }
  if (Array.isArray(value)) return value.map(jsonTextsByValue) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, jsonTextsByValue(v)])) as T;
  return value;
}

function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortedKeys((value as Record<string, unknown>)[k])]),
    );
  return value;
}

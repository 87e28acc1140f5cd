import { implement, invalidParameter, PluginError, type ServiceImplementation } from '@cloudforet/plugin-core';
import { WebhookService } from '@cloudforet/api/gen/spaceone/api/monitoring/plugin/webhook';
import {
  EventInfo_Severity,
  EventService,
  type EventInfo,
} from '@cloudforet/api/gen/spaceone/api/monitoring/plugin/event';
import { genericChecks } from './plugin-kind';
import { failures, resultOf, runSuite } from './test-support/run-suite';
import { webhookChecks, type WebhookFixture } from './webhook-checks';

const BODY = { alert_id: 'a-1', status: 'firing', title: 'CPU high', at: '2026-01-01T00:00:00Z' };
const FIXTURE: WebhookFixture = { options: {}, data: BODY };

function parseBody(data: Record<string, unknown>): EventInfo[] {
  if (typeof data.alert_id !== 'string') throw invalidParameter('data.alert_id', 'not a known webhook body');
  return [
    {
      event_key: data.alert_id,
      event_type: data.status === 'resolved' ? 'RECOVERY' : 'ALERT',
      severity: EventInfo_Severity.CRITICAL,
      title: String(data.title),
      occurred_at: String(data.at),
    },
  ];
}

function webhook(events: Parameters<typeof implement<typeof EventService>>[1] = {}): ServiceImplementation[] {
  return [
    implement(WebhookService, { init: () => ({ metadata: {} }), verify: () => ({}) }),
    implement(EventService, { parse: (req) => ({ results: parseBody(req.data ?? {}) }), ...events }),
  ];
}

describe('webhookChecks', () => {
  it('passes a correct webhook and hands the parsed events to the fixture', async () => {
    let parsed: unknown;
    const results = await runSuite(webhook(), webhookChecks({ ...FIXTURE, parsed: (e) => void (parsed = e) }));
    expect(failures(results)).toEqual({});
    expect(parsed).toEqual([
      {
        event_key: 'a-1',
        event_type: 'ALERT',
        severity: 'CRITICAL',
        title: 'CPU high',
        occurred_at: '2026-01-01T00:00:00Z',
      },
    ]);
  });

  it('names each bad event field', async () => {
    const results = await runSuite(
      webhook({ parse: () => ({ results: [{ event_type: 'FIRING', title: '', occurred_at: '01/01/2026' }] }) }),
      webhookChecks(FIXTURE),
    );
    expect(resultOf(results, 'sample body').error).toBe(
      'parse answered events monitoring cannot use: results[0].event_key is missing (monitoring matches alerts by it); ' +
        'results[0].event_type is "FIRING", not one of ALERT, RECOVERY, ERROR; results[0].title is missing; ' +
        'results[0].occurred_at is "01/01/2026", not an ISO-8601 date-time',
    );
  });

  it('names the fields monitoring reads with the wrong type', async () => {
    const event = { event_key: 'k', event_type: 'ALERT', title: 't', occurred_at: '2026-01-01T00:00:00.000Z' };
    const results = await runSuite(
      webhook({
        parse: () => ({
          results: [{ ...event, resource: { name: 7, resource_type: 'pod' }, additional_info: { a: 'b' } }],
        }),
      }),
      webhookChecks(FIXTURE),
    );
    expect(resultOf(results, 'sample body').error).toBe(
      'parse answered events monitoring cannot use: results[0].resource.name is not a string',
    );
  });

  it('fails when the sample body gives no events', async () => {
    const results = await runSuite(webhook({ parse: () => ({ results: [] }) }), webhookChecks(FIXTURE));
    expect(resultOf(results, 'sample body').error).toBe('parse answered no events for the sample body');
  });

  it('fails when event keys are not stable', async () => {
    let n = 0;
    const results = await runSuite(
      webhook({ parse: (req) => ({ results: parseBody(req.data!).map((e) => ({ ...e, event_key: `k${++n}` })) }) }),
      webhookChecks(FIXTURE),
    );
    expect(resultOf(results, 'same event_key').error).toBe('event keys changed: k2 then k3');
  });

  it('fails when a malformed body crashes parse (ERROR_UNKNOWN), and accepts a specific INTERNAL code', async () => {
    const crash = await runSuite(
      webhook({
        parse: (req) => ({ results: [{ ...parseBody(BODY)[0], title: (req.data!.title as string).trim() }] }),
      }),
      webhookChecks(FIXTURE),
    );
    expect(resultOf(crash, 'malformed body').error).toMatch(
      /^parse of a malformed body: answered INTERNAL "ERROR_UNKNOWN: .*": ERROR_UNKNOWN is an unhandled exception/,
    );
    const upstreamStyle = await runSuite(
      webhook({
        parse: (req) => {
          if (!req.data?.alert_id) throw new PluginError('ERROR_PARSE_EVENT', 'Failed to parse event (field)');
          return { results: parseBody(req.data) };
        },
      }),
      webhookChecks(FIXTURE),
    );
    expect(failures(upstreamStyle)).toEqual({});
  });

  it('fails when a malformed body is accepted', async () => {
    const results = await runSuite(webhook({ parse: () => ({ results: parseBody(BODY) }) }), webhookChecks(FIXTURE));
    expect(resultOf(results, 'malformed body').error).toBe(
      'parse of a malformed body: expected an error, the call succeeded',
    );
  });

  it('generic checks pass without a fixture', async () => {
    const results = await runSuite(webhook(), genericChecks('monitoring.Webhook'));
    expect(failures(results)).toEqual({});
  });
});

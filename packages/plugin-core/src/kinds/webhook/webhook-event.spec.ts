import { toEventsInfo, type WebhookEvent } from './webhook-event';

const EVENT: WebhookEvent = {
  event_key: 'k',
  event_type: 'ALERT',
  title: 't',
  severity: 'NONE',
  occurred_at: '2026-01-01T00:00:00.000Z',
};

describe('toEventsInfo', () => {
  it('sends Python ints as Struct numbers and leaves absent fields unset', () => {
    expect(toEventsInfo([{ ...EVENT, additional_info: { id: 58n, nested: [1n, 'a'] } }])).toEqual({
      results: [{ ...EVENT, additional_info: { id: 58, nested: [1, 'a'] } }],
    });
  });

  it('refuses to echo NaN or Infinity, which the core cannot read, naming where it would be', () => {
    expect(() => toEventsInfo([{ ...EVENT, resource: { name: 'x', extra: { v: [Infinity] } } }])).toThrow(
      'Parameter is invalid. (key = event.resource.extra.v[0], reason = Infinity, which Cloudforet cannot read (not a JSON number))',
    );
  });
});

import { formatOccurredAt } from './occurred-at';

describe('formatOccurredAt', () => {
  it("prints upstream's format: %B %d, %Y %H:%M %p (UTC)", () => {
    expect(formatOccurredAt('2021-06-27T13:53:00.000Z')).toBe('June 27, 2021 13:53 PM (UTC)');
    expect(formatOccurredAt('2026-11-03T09:05:00Z')).toBe('November 03, 2026 09:05 AM (UTC)');
  });

  it('converts an offset to UTC and reads a time without one as UTC', () => {
    expect(formatOccurredAt('2021-06-27T22:53:00+09:00')).toBe('June 27, 2021 13:53 PM (UTC)');
    expect(formatOccurredAt('2021-06-27T13:53:00')).toBe('June 27, 2021 13:53 PM (UTC)');
    expect(formatOccurredAt('2021-06-27')).toBe('June 27, 2021 00:00 AM (UTC)');
  });

  it('shows anything else as it came', () => {
    expect(formatOccurredAt('yesterday at noon')).toBe('yesterday at noon');
    expect(formatOccurredAt('2021-13-45T99:99:99Z')).toBe('2021-13-45T99:99:99Z');
  });
});

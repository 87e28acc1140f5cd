import { MessageTimestamps } from './message-timestamps';

describe('MessageTimestamps', () => {
  it('joins epoch seconds and a 6-digit sequence', () => {
    const timestamps = new MessageTimestamps(() => 1_700_000_000_999);
    expect([timestamps.next(), timestamps.next()]).toEqual(['1700000000.000001', '1700000000.000002']);
  });
});

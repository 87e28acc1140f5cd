import { assertSlackFaults, describeInvalidFault } from './slack-fault';

describe('describeInvalidFault', () => {
  it.each([
    [{ status: 429, retryAfter: 0 }],
    [{ status: 429, retryAfter: 30 }],
    [{ status: 500 }],
    [{ status: 504 }],
    [{ slackError: 'x' }],
  ])('accepts %j', (fault) => {
    expect(describeInvalidFault(fault)).toBeUndefined();
  });

  it.each([
    [null, /object/],
    [[], /object/],
    [{ status: 429 }, /retryAfter/],
    [{ status: 429, retryAfter: 1.5 }, /retryAfter/],
    [{ status: 429, retryAfter: -1 }, /retryAfter/],
    [{ status: 501 }, /status must be/],
    [{ status: '503' }, /status must be/],
    [{ slackError: '' }, /non-empty/],
    [{ slackError: 'x', status: 500 }, /not both/],
  ])('rejects %j', (fault, problem) => {
    expect(describeInvalidFault(fault)).toMatch(problem);
  });
});

describe('assertSlackFaults', () => {
  it('names the first invalid fault by index', () => {
    expect(() => assertSlackFaults([{ status: 500 }, { status: 200 }])).toThrow('invalid Slack fault #1');
  });
});

describe('5xx faults with Retry-After', () => {
  it('accepts a whole number of seconds and refuses anything else', () => {
    expect(describeInvalidFault({ status: 503, retryAfter: 2 })).toBeUndefined();
    expect(describeInvalidFault({ status: 503, retryAfter: -1 })).toBe(
      'retryAfter must be a whole number of seconds >= 0',
    );
  });
});

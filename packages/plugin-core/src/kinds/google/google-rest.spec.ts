import { RetryExhaustedError } from '../../http/retry';
import { googleErrorText, retryDecision } from './google-errors';
import { pointValue } from './google-monitoring';
import { getGoogleJson, GoogleApiError, googleRestUrl } from './google-rest';

function answering(status: number, body: string, headers: Record<string, string> = {}) {
  const seen: { url: string; init?: RequestInit }[] = [];
  const fetchImpl = (async (url: string, init?: RequestInit) => {
    seen.push({ url, init });
    return new Response(body, { status, headers });
  }) as unknown as typeof fetch;
  return { fetchImpl, seen };
}

describe('getGoogleJson', () => {
  it('GETs the URL with the bearer token and answers the parsed JSON', async () => {
    const { fetchImpl, seen } = answering(200, '{"timeSeries":[{"points":[]}]}');
    const url = googleRestUrl('https://monitoring.googleapis.com/', 'v3/projects/p/timeSeries', {
      filter: 'metric.type="a/b"',
      pageToken: undefined,
    });
    expect(url).toBe('https://monitoring.googleapis.com/v3/projects/p/timeSeries?filter=metric.type%3D%22a%2Fb%22');
    expect(await getGoogleJson(url, { token: 'ya29.t', fetch: fetchImpl })).toEqual({ timeSeries: [{ points: [] }] });
    expect(seen[0].init?.headers).toEqual({ authorization: 'Bearer ya29.t', accept: 'application/json' });
  });

  it('a refusal is a GoogleApiError that googleErrorText and retryDecision read, without the token', async () => {
    const body = JSON.stringify({
      error: {
        code: 429,
        message: 'Quota exceeded',
        status: 'RESOURCE_EXHAUSTED',
        errors: [{ reason: 'rateLimitExceeded' }],
      },
    });
    const { fetchImpl } = answering(429, body, { 'retry-after': '3' });
    const error = await getGoogleJson('https://x/', { token: 'ya29.secret', fetch: fetchImpl }).catch((e) => e);
    expect(error).toBeInstanceOf(GoogleApiError);
    expect(googleErrorText(error)).toBe('429 rateLimitExceeded: Quota exceeded');
    expect(googleErrorText(new RetryExhaustedError(5, error, 'attempts'))).not.toContain('ya29.secret');
    expect(retryDecision(error)).toEqual({ retry: true, retryAfterMs: 3000 });
  });

  it('an answer that is not JSON keeps its first 200 characters as the message', async () => {
    const { fetchImpl } = answering(502, `<html>${'x'.repeat(300)}</html>`);
    const error = (await getGoogleJson('https://x/', { token: 't', fetch: fetchImpl }).catch((e) => e)) as Error;
    expect(error.message).toHaveLength(200);
    expect(retryDecision(error).retry).toBe(true);
  });
});

describe('pointValue', () => {
  it('reads doubleValue, else int64Value (a string in JSON); nothing else is a value', () => {
    expect(pointValue({ value: { doubleValue: 1.5 } })).toBe(1.5);
    expect(pointValue({ value: { int64Value: '9007199254740' } })).toBe(9007199254740);
    expect(pointValue({ value: {} })).toBeUndefined();
    expect(pointValue({ value: { int64Value: 'NaN' } })).toBeUndefined();
    expect(pointValue(undefined)).toBeUndefined();
  });
});

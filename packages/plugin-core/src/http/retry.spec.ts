import { parseRetryAfter, retry, RetryExhaustedError } from './retry';

describe('retry', () => {
  it('waits the server-mandated Retry-After between attempts', async () => {
    const calls: number[] = [];
    const started = Date.now();
    const result = await retry(
      async (attempt) => {
        calls.push(Date.now() - started);
        if (attempt < 3) throw Object.assign(new Error('429'), { retryAfterMs: 100 });
        return 'ok';
      },
      { classify: (e) => ({ retry: true, retryAfterMs: (e as { retryAfterMs: number }).retryAfterMs }) },
    );
    expect(result).toBe('ok');
    expect(calls).toHaveLength(3);
    expect(calls[1]).toBeGreaterThanOrEqual(95);
    expect(calls[2] - calls[1]).toBeGreaterThanOrEqual(95);
  });

  it('throws non-retryable errors at once', async () => {
    const fn = jest.fn(async () => {
      throw new Error('fatal');
    });
    await expect(retry(fn, { classify: () => ({ retry: false }) })).rejects.toThrow('fatal');
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('gives up after the attempt budget, keeping the last error', async () => {
    const err = new Error('503');
    const fn = jest.fn(async () => {
      throw err;
    });
    const p = retry(fn, { attempts: 3, baseDelayMs: 1, classify: () => ({ retry: true }) });
    await expect(p).rejects.toBeInstanceOf(RetryExhaustedError);
    await expect(p).rejects.toMatchObject({ attempts: 3, lastError: err, reason: 'attempts' });
    expect(fn).toHaveBeenCalledTimes(3);
  });

  it('does not wait for a Retry-After beyond the bound', async () => {
    const fn = jest.fn(async () => {
      throw new Error('429');
    });
    await expect(
      retry(fn, { maxRetryAfterMs: 1000, classify: () => ({ retry: true, retryAfterMs: 60_000 }) }),
    ).rejects.toMatchObject({ reason: 'retry-after-too-long', attempts: 1 });
  });

  it('backs off with full jitter within the exponential cap', async () => {
    const delays: number[] = [];
    await expect(
      retry(
        async () => {
          throw new Error('x');
        },
        {
          attempts: 4,
          baseDelayMs: 10,
          maxDelayMs: 25,
          random: () => 0.999,
          classify: () => ({ retry: true }),
          onRetry: ({ delayMs }) => delays.push(delayMs),
        },
      ),
    ).rejects.toBeInstanceOf(RetryExhaustedError);
    expect(delays).toEqual([9, 19, 24]);
  });

  it('stops waiting when the signal aborts', async () => {
    const ctrl = new AbortController();
    const p = retry(
      async () => {
        throw new Error('x');
      },
      { signal: ctrl.signal, classify: () => ({ retry: true, retryAfterMs: 10_000 }) },
    );
    setTimeout(() => ctrl.abort(new Error('cancelled')), 20);
    await expect(p).rejects.toThrow('cancelled');
  });
});

describe('parseRetryAfter', () => {
  it('reads delta-seconds and HTTP dates', () => {
    expect(parseRetryAfter('2')).toBe(2000);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4_000)).toBe(6000);
    expect(parseRetryAfter(undefined)).toBeUndefined();
    expect(parseRetryAfter('soon')).toBeUndefined();
  });
});

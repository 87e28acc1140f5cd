// Upstream's Cloud Monitoring read of a bucket's object count and size: the query it makes, the
// point it takes, and what a bucket without a point or with a failing read gets.
import type { CollectContext } from '../src/collect/collect-context';
import { bucketStorage } from '../src/cloud-storage/bucket-storage';

type Params = Record<string, string | undefined>;

function contextAnswering(answer: (params: Params) => unknown, signal = new AbortController().signal) {
  const asked: { path: string; params: Params }[] = [];
  const warnings: unknown[][] = [];
  const ctx = {
    projectId: 'p-1',
    session: {
      signal,
      monitoring: async (path: string, params: Params) => {
        asked.push({ path, params });
        return answer(params);
      },
    },
    log: { warn: (...args: unknown[]) => warnings.push(args) },
  } as unknown as CollectContext;
  return { ctx, asked, warnings };
}

const series = (...values: object[]) => ({
  timeSeries: [
    { points: values.map((value, i) => ({ interval: { endTime: `2026-12-01T00:0${i}:00Z` }, value })) },
    { points: [{ value: { int64Value: '999' } }] },
  ],
});

describe('bucketStorage', () => {
  it('asks each metric for the bucket over the last day, raw points, and takes the first series` first point', async () => {
    const { ctx, asked } = contextAnswering((p) =>
      p.filter!.includes('object_count')
        ? series({ int64Value: '42' }, { int64Value: '41' })
        : series({ doubleValue: 1536.5 }, { doubleValue: 1000 }),
    );
    const before = Date.now();
    expect(await bucketStorage(ctx, 'my-bucket')).toEqual({ objectCount: 42, totalBytes: 1536.5 });
    const after = Date.now();
    expect(asked.map((a) => a.path)).toEqual(['projects/p-1/timeSeries', 'projects/p-1/timeSeries']);
    expect(asked.map((a) => a.params.filter)).toEqual([
      'metric.type="storage.googleapis.com/storage/object_count" AND resource.labels.bucket_name="my-bucket"',
      'metric.type="storage.googleapis.com/storage/total_bytes" AND resource.labels.bucket_name="my-bucket"',
    ]);
    for (const { params } of asked) {
      const end = Date.parse(params['interval.endTime']!);
      expect(end).toBeGreaterThanOrEqual(before);
      expect(end).toBeLessThanOrEqual(after);
      expect(end - Date.parse(params['interval.startTime']!)).toBe(86_400_000);
      expect(params.view).toBe('FULL');
      expect(Object.keys(params).filter((k) => k.startsWith('aggregation'))).toEqual([]);
    }
  });

  it('a metric without a series or a point is 0', async () => {
    const { ctx, warnings } = contextAnswering((p) => (p.filter!.includes('object_count') ? {} : { timeSeries: [{}] }));
    expect(await bucketStorage(ctx, 'empty')).toEqual({ objectCount: 0, totalBytes: 0 });
    expect(warnings).toEqual([]);
  });

  it('a failing read is 0 for its metric alone, logged once for the bucket', async () => {
    const exhausted = Object.assign(new Error('backend'), {
      response: { status: 503, data: { error: { message: 'The service is unavailable' } } },
    });
    const { ctx, warnings, asked } = contextAnswering((p) => {
      if (p.filter!.includes('object_count')) throw exhausted;
      return series({ doubleValue: 7 });
    });
    expect(await bucketStorage(ctx, 'b')).toEqual({ objectCount: 0, totalBytes: 7 });
    expect(await bucketStorage(ctx, 'c')).toEqual({ objectCount: 0, totalBytes: 7 });
    expect(warnings.map((w) => w[0])).toEqual([
      { bucket: 'b', error: expect.stringMatching(/^503 .*unavailable/) },
      { bucket: 'c', error: expect.stringMatching(/^503 .*unavailable/) },
    ]);
    expect(asked).toHaveLength(4);
  });

  it('a refusal (403) is logged once for the collect, and its later buckets ask no more', async () => {
    const denied = Object.assign(new Error('denied'), {
      response: { status: 403, data: { error: { message: 'Permission monitoring.timeSeries.list denied' } } },
    });
    const { ctx, warnings, asked } = contextAnswering((p) => {
      if (p.filter!.includes('object_count')) throw denied;
      return series({ doubleValue: 7 });
    });
    expect(await bucketStorage(ctx, 'b')).toEqual({ objectCount: 0, totalBytes: 7 });
    expect(await bucketStorage(ctx, 'c')).toEqual({ objectCount: 0, totalBytes: 0 });
    expect(asked).toHaveLength(2);
    expect(warnings).toHaveLength(1);
    expect(warnings[0][0]).toEqual({ error: expect.stringMatching(/^403 .*monitoring.timeSeries.list/) });
    expect(warnings[0][1]).toMatch(/refused the account/);
    // another collect (session) asks again
    const next = contextAnswering(() => series({ int64Value: '3' }));
    expect(await bucketStorage(next.ctx, 'b')).toEqual({ objectCount: 3, totalBytes: 3 });
  });

  it('a cancelled collect rethrows instead of sending 0', async () => {
    const controller = new AbortController();
    controller.abort(new Error('cancelled'));
    const { ctx, warnings } = contextAnswering(() => {
      throw new Error('aborted');
    }, controller.signal);
    await expect(bucketStorage(ctx, 'b')).rejects.toThrow('aborted');
    expect(warnings).toEqual([]);
  });
});

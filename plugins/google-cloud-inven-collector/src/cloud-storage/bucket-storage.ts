import { googleErrorOf, googleErrorText, pointValue, type TimeSeriesPage } from '@cloudforet/plugin-core/google';
import type { CollectContext } from '../collect/collect-context';

const OBJECT_COUNT = 'storage.googleapis.com/storage/object_count';
const TOTAL_BYTES = 'storage.googleapis.com/storage/total_bytes';
const DAY_MS = 86_400_000;
/** The collects (by session) whose Cloud Monitoring refused the account: their later buckets ask no more. */
const REFUSED = new WeakSet<object>();

/** A bucket's object count and stored bytes, as upstream reads them from Cloud Monitoring. */
export interface BucketStorage {
  objectCount: number;
  totalBytes: number;
}

/**
 * Upstream's read of one metric: `timeSeries.list` of the bucket's series over the last day (raw
 * points, FULL view, the first page), the first series' first point, i.e. its newest; undefined
 * when there is none.
 */
async function newestValue(ctx: CollectContext, bucket: string, metric: string): Promise<number | undefined> {
  const now = Date.now();
  const page = await ctx.session.monitoring<TimeSeriesPage>(`projects/${ctx.projectId}/timeSeries`, {
    filter: `metric.type="${metric}" AND resource.labels.bucket_name="${bucket}"`,
    'interval.startTime': new Date(now - DAY_MS).toISOString(),
    'interval.endTime': new Date(now).toISOString(),
    view: 'FULL',
  });
  return pointValue(page.timeSeries?.[0]?.points?.[0]);
}

/**
 * The bucket's `storage/object_count` and `storage/total_bytes`; a metric without a point, or
 * whose read failed, is 0 (upstream's values then), and a failure is logged once for the bucket.
 * Better than upstream: once Monitoring refuses the account (401/403: no Monitoring Viewer role,
 * API disabled), that is logged once and the collect's later buckets get 0 without asking again.
 */
export async function bucketStorage(ctx: CollectContext, bucket: string): Promise<BucketStorage> {
  if (REFUSED.has(ctx.session)) return { objectCount: 0, totalBytes: 0 };
  let failure: unknown;
  const read = (metric: string) =>
    newestValue(ctx, bucket, metric).catch((error: unknown) => {
      if (ctx.session.signal.aborted) throw error;
      failure ??= error;
      return undefined;
    });
  const [objectCount, totalBytes] = await Promise.all([read(OBJECT_COUNT), read(TOTAL_BYTES)]);
  if (failure !== undefined) logFailure(ctx, bucket, failure);
  return { objectCount: objectCount ?? 0, totalBytes: totalBytes ?? 0 };
}

function logFailure(ctx: CollectContext, bucket: string, failure: unknown): void {
  const { status } = googleErrorOf(failure);
  if (status !== 401 && status !== 403) {
    ctx.log.warn(
      { bucket, error: googleErrorText(failure) },
      'reading a bucket`s Cloud Monitoring series failed; its object count and size are sent as 0',
    );
  } else if (!REFUSED.has(ctx.session)) {
    REFUSED.add(ctx.session);
    ctx.log.warn(
      { error: googleErrorText(failure) },
      'Cloud Monitoring refused the account; every bucket`s object count and size are sent as 0 in this collect',
    );
  }
}

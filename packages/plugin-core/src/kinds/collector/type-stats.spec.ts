import { ResourceInfo_State, type ResourceInfo } from '@cloudforet/api/gen/spaceone/api/inventory/plugin/collector';
import { followSignal } from './follow-signal';
import { TypeStats } from './type-stats';

const info = (type: string): ResourceInfo => ({ state: ResourceInfo_State.SUCCESS, resource_type: type });

async function* failingAfter(items: ResourceInfo[], error: Error) {
  yield* items;
  throw error;
}

async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const i of items) out.push(i);
  return out;
}

describe('TypeStats.counted', () => {
  const lines = (stats: TypeStats) => {
    const logged: Record<string, unknown>[] = [];
    stats.log({ info: (fields: Record<string, unknown>) => logged.push(fields) } as never);
    return logged.map(({ cloud_service_type, count, errors }) => ({ cloud_service_type, count, errors }));
  };

  it('streams and counts; a failure is replaced by what onError answers and counted as an error', async () => {
    const stats = new TypeStats();
    const signal = new AbortController().signal;
    const error = info('inventory.ErrorResource');
    const out = await all(
      stats.counted('G/A', failingAfter([info('inventory.CloudService')], new Error('boom')), {
        signal,
        onError: (e) => ((e as Error).message === 'boom' ? [error] : undefined),
      }),
    );
    expect(out).toEqual([info('inventory.CloudService'), error]);
    const skipped = await all(
      stats.counted('G/B', failingAfter([], new Error('not enabled')), { signal, onError: () => undefined }),
    );
    expect(skipped).toEqual([]);
    expect(lines(stats)).toEqual([
      { cloud_service_type: 'G/A', count: 1, errors: 1 },
      { cloud_service_type: 'G/B', count: 0, errors: 0 },
    ]);
  });

  it('rethrows once the signal is aborted, without asking onError', async () => {
    const controller = new AbortController();
    controller.abort(new Error('cancelled'));
    const onError = jest.fn(() => []);
    await expect(
      all(
        new TypeStats().counted('G/A', failingAfter([], new Error('aborted call')), {
          signal: controller.signal,
          onError,
        }),
      ),
    ).rejects.toThrow('aborted call');
    expect(onError).not.toHaveBeenCalled();
  });
});

describe('followSignal', () => {
  it('aborts with its source, with the same reason, and is already aborted for an aborted source', () => {
    const source = new AbortController();
    const follower = followSignal(source.signal);
    expect(follower.aborted).toBe(false);
    source.abort(new Error('rpc cancelled'));
    expect([follower.aborted, (follower.reason as Error).message]).toEqual([true, 'rpc cancelled']);
    expect(followSignal(source.signal).aborted).toBe(true);
  });
});

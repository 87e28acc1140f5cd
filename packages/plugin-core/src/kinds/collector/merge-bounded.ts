/** Something that yields a stream when started: started only when a slot is free. */
export type StreamSource<T> = () => AsyncIterable<T>;

/**
 * Merges streams, running at most `concurrency` of them at once, and yields each item as soon as
 * any stream produces it. Back-pressure: a stream is asked for its next item only after the
 * consumer took the previous one, so at most `concurrency` items wait in memory whatever the
 * streams' sizes. Sources may be a lazy (async) iterable: the next one is taken only when a slot
 * frees up. The first error (or an abort of `signal`) ends the merge: the other streams are closed
 * (their `finally` blocks run) and the error is thrown after the items already yielded.
 */
export async function* mergeBounded<T>(
  sources: Iterable<StreamSource<T>> | AsyncIterable<StreamSource<T>>,
  { concurrency, signal }: { concurrency: number; signal?: AbortSignal },
): AsyncGenerator<T, void, undefined> {
  if (!Number.isInteger(concurrency) || concurrency < 1)
    throw new RangeError(`concurrency must be an integer >= 1 (got ${concurrency})`);
  const queue: AsyncIterator<StreamSource<T>> | Iterator<StreamSource<T>> =
    Symbol.asyncIterator in sources
      ? (sources as AsyncIterable<StreamSource<T>>)[Symbol.asyncIterator]()
      : (sources as Iterable<StreamSource<T>>)[Symbol.iterator]();
  type Pull = { it: AsyncIterator<T>; result: IteratorResult<T> };
  const active = new Map<AsyncIterator<T>, Promise<Pull>>();
  const pull = (it: AsyncIterator<T>) =>
    active.set(
      it,
      it.next().then((result) => ({ it, result })),
    );
  let drained = false;
  // The abort is raced per wait (a listener added and removed each time): racing one long-lived
  // pending promise instead would keep a reaction per item merged, a leak as long as the stream.
  const nextPull = (): Promise<Pull> => {
    if (!signal) return Promise.race(active.values());
    return new Promise<Pull>((resolve, reject) => {
      const onAbort = () => reject(signal.reason ?? new Error('aborted'));
      if (signal.aborted) return onAbort();
      const pulls = Promise.race(active.values());
      signal.addEventListener('abort', onAbort, { once: true });
      pulls.then(
        (pull) => {
          signal.removeEventListener('abort', onAbort);
          resolve(pull);
        },
        (error: unknown) => {
          signal.removeEventListener('abort', onAbort);
          reject(error);
        },
      );
    });
  };

  const fill = async () => {
    while (!drained && active.size < concurrency) {
      const next = await queue.next();
      if (next.done) {
        drained = true;
        return;
      }
      pull(next.value()[Symbol.asyncIterator]());
    }
  };

  try {
    await fill();
    while (active.size > 0) {
      const { it, result } = await nextPull();
      if (result.done) {
        active.delete(it);
        await fill();
        continue;
      }
      yield result.value;
      pull(it);
    }
  } finally {
    // Pulls still pending fail once their streams are closed; that is not an unhandled error.
    for (const pending of active.values()) pending.catch(() => undefined);
    // Early end (consumer stopped, error, abort): close what still runs; their errors are secondary.
    // After an abort a stream may sit in a call that only the signal ends: its close is not awaited.
    const closing = Promise.allSettled([...active.keys()].map((it) => it.return?.()));
    if (!signal?.aborted) await closing;
    if (!drained) await Promise.resolve(queue.return?.()).catch(() => undefined);
  }
}

/**
 * A limiter of concurrent calls: `const limit = concurrencyLimit(8); await limit(() => call())`.
 * Calls beyond the limit wait their turn in order.
 */
export function concurrencyLimit(max: number): <R>(fn: () => Promise<R>) => Promise<R> {
  if (!Number.isInteger(max) || max < 1) throw new RangeError(`limit must be an integer >= 1 (got ${max})`);
  let running = 0;
  const waiting: (() => void)[] = [];
  return async <R>(fn: () => Promise<R>): Promise<R> => {
    if (running >= max) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await fn();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}

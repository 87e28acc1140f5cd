import { getEventListeners } from 'node:events';
import { concurrencyLimit, mergeBounded } from './merge-bounded';

const tick = () => new Promise((r) => setImmediate(r));

function counted(name: string, n: number, live: { now: number; max: number }, closed: string[]) {
  return async function* () {
    live.now++;
    live.max = Math.max(live.max, live.now);
    try {
      for (let i = 0; i < n; i++) {
        await tick();
        yield `${name}${i}`;
      }
    } finally {
      live.now--;
      closed.push(name);
    }
  };
}

describe('mergeBounded', () => {
  it('yields every item of every stream, never running more than `concurrency` at once', async () => {
    const live = { now: 0, max: 0 };
    const closed: string[] = [];
    const sources = ['a', 'b', 'c', 'd', 'e'].map((name) => counted(name, 3, live, closed));
    const items: string[] = [];
    for await (const item of mergeBounded(sources, { concurrency: 2 })) items.push(item);
    expect(items.sort()).toEqual(['a', 'b', 'c', 'd', 'e'].flatMap((n) => [0, 1, 2].map((i) => `${n}${i}`)).sort());
    expect(live.max).toBe(2);
    expect(closed.sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('interleaves streams as they produce (a slow one does not hold back the others)', async () => {
    const slow = async function* () {
      await new Promise((r) => setTimeout(r, 50));
      yield 'slow';
    };
    const fast = async function* () {
      yield 'fast1';
      yield 'fast2';
    };
    const items: string[] = [];
    for await (const item of mergeBounded([slow, fast], { concurrency: 2 })) items.push(item);
    expect(items).toEqual(['fast1', 'fast2', 'slow']);
  });

  it('takes sources lazily from an async iterable, and asks a stream for more only when the consumer pulls', async () => {
    let started = 0;
    let produced = 0;
    async function* sources() {
      for (let i = 0; i < 1000; i++) {
        started++;
        yield async function* () {
          for (let j = 0; j < 1000; j++) {
            produced++;
            yield j;
          }
        };
      }
    }
    const merged = mergeBounded(sources(), { concurrency: 3 });
    for (let i = 0; i < 10; i++) await merged.next();
    await merged.return();
    expect(started).toBe(3);
    expect(produced).toBeLessThanOrEqual(13);
  });

  it('ends with the first error after what was yielded, closing the other streams', async () => {
    const live = { now: 0, max: 0 };
    const closed: string[] = [];
    const failing = async function* () {
      yield 'x0';
      await tick();
      throw new Error('region down');
    };
    const items: string[] = [];
    await expect(
      (async () => {
        for await (const item of mergeBounded([failing, counted('long', 100, live, closed)], { concurrency: 2 }))
          items.push(item);
      })(),
    ).rejects.toThrow('region down');
    expect(items).toContain('x0');
    expect(closed).toEqual(['long']);
  });

  it('holds nothing per item merged: no abort listener outlives the wait it guards', async () => {
    const ac = new AbortController();
    const many = async function* () {
      for (let i = 0; i < 10_000; i++) yield i;
    };
    let n = 0;
    for await (const _ of mergeBounded([many, many], { concurrency: 2, signal: ac.signal })) {
      n++;
      if (n % 5000 === 0) expect(getEventListeners(ac.signal, 'abort').length).toBeLessThanOrEqual(1);
    }
    expect(n).toBe(20_000);
    expect(getEventListeners(ac.signal, 'abort')).toEqual([]);
  });

  it('stops when the signal aborts, and refuses a bad concurrency', async () => {
    const ac = new AbortController();
    const never = async function* () {
      yield 1;
      await new Promise(() => undefined);
    };
    const merged = mergeBounded([never], { concurrency: 1, signal: ac.signal });
    expect((await merged.next()).value).toBe(1);
    const pending = merged.next();
    ac.abort(new Error('cancelled'));
    await expect(pending).rejects.toThrow('cancelled');
    await expect(mergeBounded([], { concurrency: 0 }).next()).rejects.toThrow(/concurrency must be an integer >= 1/);
  });
});

describe('concurrencyLimit', () => {
  it('runs at most `max` calls at once, in order', async () => {
    const limit = concurrencyLimit(2);
    let live = 0;
    let max = 0;
    const order: number[] = [];
    await Promise.all(
      [0, 1, 2, 3, 4].map((i) =>
        limit(async () => {
          live++;
          max = Math.max(max, live);
          await tick();
          order.push(i);
          live--;
        }),
      ),
    );
    expect(max).toBe(2);
    expect(order).toEqual([0, 1, 2, 3, 4]);
  });
});

import { getHeapStatistics } from 'node:v8';

/** Requests below this size are always admitted and not counted: ordinary traffic never waits on the budget. */
export const SMALL_REQUEST_BYTES = 64 * 1024;
/** Peak heap cost of decoding a request, per wire byte: ~17 stays after decoding a Struct of empty values, about twice that is in use while decoding; rounded up. */
export const DECODED_AMPLIFICATION = 50;

export interface Reservation {
  readonly bytes: number;
  release(): void;
}

/**
 * Bounds the wire bytes of large requests being decoded or handled at once, so
 * that concurrent large requests are refused (RESOURCE_EXHAUSTED) instead of
 * exhausting the heap. One request up to the size limit always fits when
 * nothing else holds the budget.
 */
export class MemoryBudget {
  private used = 0;

  constructor(readonly capacity: number) {}

  get inUse(): number {
    return this.used;
  }

  /** A reservation, or undefined when the request does not fit now. Small requests get a free one. */
  tryReserve(bytes: number): Reservation | undefined {
    if (bytes < SMALL_REQUEST_BYTES) return FREE;
    if (this.used > 0 && this.used + bytes > this.capacity) return undefined;
    this.used += bytes;
    let released = false;
    return {
      bytes,
      release: () => {
        if (released) return;
        released = true;
        this.used -= bytes;
      },
    };
  }
}

const FREE: Reservation = { bytes: 0, release: () => undefined };

/**
 * The default budget: 40% of the heap limit divided by the worst decoding
 * amplification, never less than one request of the maximum size.
 * `MEMORY_BUDGET_BYTES` overrides it.
 */
export function defaultBudgetBytes(maxRequestBytes: number, env: NodeJS.ProcessEnv = process.env): number {
  if (env.MEMORY_BUDGET_BYTES) {
    const n = Number(env.MEMORY_BUDGET_BYTES);
    if (!Number.isInteger(n) || n < 1) throw new Error(`MEMORY_BUDGET_BYTES must be a whole number (got ${n})`);
    return n;
  }
  const fromHeap = Math.floor((getHeapStatistics().heap_size_limit * 0.4) / DECODED_AMPLIFICATION);
  return Math.max(maxRequestBytes, fromHeap);
}

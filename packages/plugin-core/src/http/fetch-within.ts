import type { CallContext } from '../server/plugin-definition';
import { outboundTimeoutMs, type OutboundTimeoutOptions } from './outbound-timeout';

/**
 * The error a request cut by fetchWithin's timeout fails with. Named `TimeoutError`
 * like fetch's own; an Error rather than a DOMException so that SDKs that test
 * `instanceof Error` keep it as their `cause` instead of flattening it to a string.
 */
export class OutboundTimeoutError extends Error {
  override readonly name = 'TimeoutError';
  constructor(readonly timeoutMs: number) {
    super(`no answer within ${timeoutMs} ms`);
  }
}

/**
 * A fetch for SDKs and connectors that ends each request when the RPC is cancelled
 * or when its time is up: the caller's remaining deadline less a margin, capped by
 * `maxMs` (see outboundTimeoutMs), for the answer's headers. The timer is a plain
 * one: Node 20 can collect an `AbortSignal.timeout` combined through
 * `AbortSignal.any` before it fires, and the request then never times out.
 */
/**
 * An error from another JavaScript realm (fetch inside a test runner's sandbox) fails
 * SDKs' `instanceof Error` checks, and they replace it with a bare Error, losing the
 * `cause` chain that tells a refused connection from a timeout. Such errors are
 * wrapped in a local Error that keeps name, code and cause.
 */
function sameRealmError(err: unknown): unknown {
  if (err instanceof Error || !err || typeof err !== 'object') return err;
  const e = err as { message?: string; name?: string; code?: unknown };
  return Object.assign(new Error(String(e.message ?? err), { cause: err }), { name: e.name, code: e.code });
}

/** Aborts `controller` when `signal` does; returns the function that stops following. */
function follow(signal: AbortSignal | null | undefined, controller: AbortController): () => void {
  if (!signal) return () => undefined;
  if (signal.aborted) {
    controller.abort(signal.reason);
    return () => undefined;
  }
  const onAbort = () => controller.abort(signal.reason);
  signal.addEventListener('abort', onAbort, { once: true });
  return () => signal.removeEventListener('abort', onAbort);
}

function abortAfterTimeout(controller: AbortController, timeoutMs: number): void {
  controller.abort(new OutboundTimeoutError(timeoutMs));
}

export function fetchWithin(
  ctx: Pick<CallContext, 'signal' | 'deadline'>,
  opts: OutboundTimeoutOptions = {},
  base: typeof fetch = fetch,
): typeof fetch {
  return (input, init) => {
    const timeoutMs = outboundTimeoutMs(ctx, opts);
    const controller = new AbortController();
    const timer = setTimeout(abortAfterTimeout, timeoutMs, controller, timeoutMs);
    const unfollow = [follow(ctx.signal, controller), follow(init?.signal, controller)];
    // The timer and the listeners go once the answer's headers are in (or the request
    // failed): a live timer would keep the request's whole call state, errors included,
    // in memory for up to maxMs, and listeners would pile up on a long-lived signal
    // (a collector's stream makes hundreds of requests). The body, which SDKs read at
    // once, is then bounded by undici's own body timeout.
    return base(input, { ...init, signal: controller.signal })
      .catch((err: unknown) => Promise.reject(sameRealmError(err)))
      .finally(() => {
        clearTimeout(timer);
        for (const stop of unfollow) stop();
      });
  };
}

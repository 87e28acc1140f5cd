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
    const follow = (signal: AbortSignal | null | undefined) => {
      if (!signal) return;
      if (signal.aborted) controller.abort(signal.reason);
      else signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
    };
    follow(ctx.signal);
    follow(init?.signal);
    // The timer goes once the answer's headers are in (or the request failed): a live
    // timer would keep the request's whole call state, errors included, in memory for
    // up to maxMs. Reading the body stays bounded by the RPC's signal (its deadline).
    return base(input, { ...init, signal: controller.signal })
      .catch((err: unknown) => Promise.reject(sameRealmError(err)))
      .finally(() => clearTimeout(timer));
  };
}

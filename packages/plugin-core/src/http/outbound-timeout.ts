import { requestTimeout } from '../errors/plugin-error';
import type { CallContext } from '../server/plugin-definition';

export interface OutboundTimeoutOptions {
  /** Upper bound of one outbound request, whatever the caller's deadline (default 60 s). */
  maxMs?: number;
  /** Time kept back to answer the caller before its deadline (default 500 ms). */
  marginMs?: number;
}

/**
 * How long one outbound request may take: the caller's remaining deadline less a
 * margin, capped by maxMs. A request cut by a fixed timeout shorter than the
 * caller's patience may still be delivered, and must then not be sent again; so
 * wait as long as the caller does. Throws ERROR_REQUEST_TIMEOUT when no time is left.
 */
export function outboundTimeoutMs(ctx: Pick<CallContext, 'deadline'>, opts: OutboundTimeoutOptions = {}): number {
  const maxMs = opts.maxMs ?? 60_000;
  if (ctx.deadline === undefined) return maxMs;
  const left = ctx.deadline - Date.now() - (opts.marginMs ?? 500);
  if (left <= 0) throw requestTimeout();
  return Math.min(maxMs, left);
}

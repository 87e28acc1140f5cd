/** A W3C trace context as a caller sends it in the `traceparent` header. */
export interface RemoteTrace {
  traceId: string;
  spanId: string;
  /** 1 = sampled. */
  traceFlags: number;
  tracestate?: string;
}

const TRACEPARENT = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?$/;
const ZERO_TRACE = '0'.repeat(32);
const ZERO_SPAN = '0'.repeat(16);

/**
 * Parses `traceparent` (version 00, or a later version's first four fields, as the W3C spec asks);
 * anything malformed, the invalid version ff, or all-zero ids give undefined: the call starts a new trace.
 */
export function parseTraceparent(header: unknown, tracestate?: unknown): RemoteTrace | undefined {
  if (typeof header !== 'string') return undefined;
  const match = TRACEPARENT.exec(header.trim().toLowerCase());
  if (!match) return undefined;
  const [, version, traceId, spanId, flags, rest] = match;
  if (version === 'ff' || (version === '00' && rest !== undefined)) return undefined;
  if (traceId === ZERO_TRACE || spanId === ZERO_SPAN) return undefined;
  return {
    traceId,
    spanId,
    traceFlags: parseInt(flags, 16) & 1,
    ...(typeof tracestate === 'string' && tracestate ? { tracestate } : {}),
  };
}

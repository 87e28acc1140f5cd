import type { Metadata } from '@grpc/grpc-js';
import { parseTraceparent } from './traceparent';

/** One RPC's part in a trace: what its log lines carry, where its work runs, how it ends. */
export interface RpcTrace {
  /** `trace_id` (and `span_id` when a span is recorded) for the RPC's log lines; empty without a trace. */
  logBindings: Record<string, string>;
  /** Runs `fn` with this RPC's span active, so outbound calls made inside become its children. */
  run<T>(fn: () => T): T;
  /** Ends the span with the gRPC status and, on failure, the Cloudforet error code. */
  end(outcome: { grpcStatus: number; errorCode?: string; message?: string }): void;
}

/** Starts the trace of each RPC; plugin-core holds one per running plugin. */
export interface RpcTracing {
  /** True when spans are recorded and exported (OTEL_EXPORTER_OTLP_*ENDPOINT set). */
  readonly exporting: boolean;
  startRpc(method: string, service: string, metadata: Metadata): RpcTrace;
  /** Exports the spans ended so far. */
  flush(): Promise<void>;
  /** Exports what is pending and stops. */
  shutdown(): Promise<void>;
}

const first = (metadata: Metadata, key: string) => metadata.get(key)[0];

/**
 * Tracing off (no OTLP endpoint): no span, no SDK work per call. A caller's `traceparent` still
 * puts its trace id on the RPC's log lines, so they can be found from the core's trace.
 */
export const NO_TRACING: RpcTracing = {
  exporting: false,
  startRpc(_method, _service, metadata) {
    const remote = parseTraceparent(first(metadata, 'traceparent'));
    const logBindings: Record<string, string> = remote ? { trace_id: remote.traceId } : {};
    return {
      logBindings,
      run: (fn) => fn(),
      end: () => undefined,
    };
  },
  flush: async () => undefined,
  shutdown: async () => undefined,
};

export { first as firstMetadataValue };

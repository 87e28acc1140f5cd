/** One span as an OTLP/HTTP JSON export carried it, flattened for assertions. */
export interface ReceivedSpan {
  traceId: string;
  spanId: string;
  /** Absent for a root span. */
  parentSpanId?: string;
  name: string;
  /** OTLP SpanKind number: 2 SERVER, 3 CLIENT. */
  kind: number;
  attributes: Record<string, string | number | boolean>;
  status?: { code?: number; message?: string };
  /** `service.name` of the exporting resource. */
  service?: string;
}

export interface OtlpSandboxOptions {
  port?: number;
}

export interface OtlpSandbox {
  /** Give it as OTEL_EXPORTER_OTLP_ENDPOINT (exports go to `${url}/v1/traces`). */
  readonly url: string;
  /** Spans received since the last reset, in arrival order. */
  readonly spans: ReceivedSpan[];
  /** Every export request body as received (for secret scanning). */
  readonly bodies: string[];
  /** Resolves once at least `count` spans matching `where` have arrived (or rejects after `timeoutMs`). */
  waitForSpans(count: number, where?: (span: ReceivedSpan) => boolean, timeoutMs?: number): Promise<ReceivedSpan[]>;
  reset(): void;
  close(): Promise<void>;
}

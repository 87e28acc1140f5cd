import type { Metadata } from '@grpc/grpc-js';
import { context, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { TraceState } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, TracerProvider, type SpanExporter } from '@opentelemetry/sdk-trace';
import { secrets } from '../logging/secret-registry';
import { recordOutboundSpans } from './outbound-spans';
import { RPC_TRACER } from './rpc-tracer-key';
import { firstMetadataValue, type RpcTracing } from './rpc-tracing';
import { parseTraceparent } from './traceparent';

let contextManager: AsyncLocalStorageContextManager | undefined;

/** The batch processor settings of the OpenTelemetry spec's OTEL_BSP_* variables (the SDK no longer reads them). */
function batchSettingsFromEnv(env: NodeJS.ProcessEnv) {
  const read = (name: string) => {
    const value = Number(env[name]);
    return env[name] && Number.isInteger(value) && value > 0 ? value : undefined;
  };
  const settings = {
    scheduledDelayMillis: read('OTEL_BSP_SCHEDULE_DELAY'),
    exportTimeoutMillis: read('OTEL_BSP_EXPORT_TIMEOUT'),
    maxQueueSize: read('OTEL_BSP_MAX_QUEUE_SIZE'),
    maxExportBatchSize: read('OTEL_BSP_MAX_EXPORT_BATCH_SIZE'),
  };
  return Object.fromEntries(Object.entries(settings).filter(([, v]) => v !== undefined));
}

export interface OtelTracingOptions {
  /** `service.name` of the spans (OTEL_SERVICE_NAME wins). */
  serviceName: string;
  serviceVersion: string;
  /** Default: OTLP over HTTP (JSON) to OTEL_EXPORTER_OTLP_TRACES_ENDPOINT / OTEL_EXPORTER_OTLP_ENDPOINT. */
  exporter?: SpanExporter;
}

/**
 * A SERVER span per RPC, continuing the caller's `traceparent` (its sampled flag decides, as the
 * parent-based default sampler does), child spans for outbound HTTP, batched OTLP export. Span
 * attributes are the RPC's service, method and status, and the Cloudforet error code: never request
 * values, so no secret can reach them (the error message is redacted like a log line).
 */
export function otelTracing({ serviceName, serviceVersion, exporter }: OtelTracingOptions): RpcTracing {
  if (!contextManager) {
    contextManager = new AsyncLocalStorageContextManager().enable();
    context.setGlobalContextManager(contextManager);
  }
  const provider = new TracerProvider({
    resource: resourceFromAttributes({
      'service.name': process.env.OTEL_SERVICE_NAME || serviceName,
      'service.version': serviceVersion,
    }),
    spanProcessors: [
      new BatchSpanProcessor({ exporter: exporter ?? new OTLPTraceExporter(), ...batchSettingsFromEnv(process.env) }),
    ],
  });
  const tracer = provider.getTracer('@cloudforet/plugin-core');
  const stopOutbound = recordOutboundSpans();

  return {
    exporting: true,
    startRpc(method: string, service: string, metadata: Metadata) {
      const remote = parseTraceparent(
        firstMetadataValue(metadata, 'traceparent'),
        firstMetadataValue(metadata, 'tracestate'),
      );
      const parent = remote
        ? trace.setSpanContext(ROOT_CONTEXT, {
            traceId: remote.traceId,
            spanId: remote.spanId,
            traceFlags: remote.traceFlags,
            isRemote: true,
            ...(remote.tracestate ? { traceState: new TraceState(remote.tracestate) } : {}),
          })
        : ROOT_CONTEXT;
      const verb = method.split('.').pop() ?? method;
      const span = tracer.startSpan(
        `${service}/${verb}`,
        { kind: SpanKind.SERVER, attributes: { 'rpc.system': 'grpc', 'rpc.service': service, 'rpc.method': verb } },
        parent,
      );
      const active = trace.setSpan(parent, span).setValue(RPC_TRACER, tracer);
      const { traceId, spanId } = span.spanContext();
      return {
        logBindings: { trace_id: traceId, span_id: spanId },
        run: (fn) => context.with(active, fn),
        end({ grpcStatus, errorCode, message }) {
          span.setAttribute('rpc.grpc.status_code', grpcStatus);
          if (errorCode) {
            span.setAttribute('cloudforet.error_code', errorCode);
            span.setStatus({
              code: SpanStatusCode.ERROR,
              message: message === undefined ? errorCode : secrets.redact(message),
            });
          }
          span.end();
        },
      };
    },
    flush: () => provider.forceFlush(),
    async shutdown() {
      stopOutbound();
      await provider.shutdown();
    },
  };
}

import { otelTracing } from './otel-tracing';
import { NO_TRACING, type RpcTracing } from './rpc-tracing';

/**
 * Tracing as the environment asks: spans are exported over OTLP/HTTP only when
 * `OTEL_EXPORTER_OTLP_ENDPOINT` (or `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`) is set, and not when
 * `OTEL_SDK_DISABLED=true` or `OTEL_TRACES_EXPORTER=none`. Otherwise nothing is recorded and each
 * call costs one header lookup.
 */
export function tracingFromEnv(
  plugin: { name: string; version: string },
  env: NodeJS.ProcessEnv = process.env,
): RpcTracing {
  const endpoint = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || env.OTEL_EXPORTER_OTLP_ENDPOINT;
  const off = env.OTEL_SDK_DISABLED?.toLowerCase() === 'true' || env.OTEL_TRACES_EXPORTER?.toLowerCase() === 'none';
  return endpoint && !off ? otelTracing({ serviceName: plugin.name, serviceVersion: plugin.version }) : NO_TRACING;
}

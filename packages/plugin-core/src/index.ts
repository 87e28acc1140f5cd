export { serve } from './server/serve';
export { startServer, type RunningPlugin, type StartOptions } from './server/start-server';
export {
  definePlugin,
  implement,
  type CallContext,
  type Handler,
  type Handlers,
  type PluginDefinition,
  type PluginSchemas,
  type PluginLimits,
  type ServiceImplementation,
} from './server/plugin-definition';
export {
  PluginError,
  authenticateFailure,
  invalidParameter,
  invalidParameterType,
  notFound,
  notImplemented,
  requestTimeout,
  requiredParameter,
  unknownError,
  invalidArgument,
  requestTooLarge,
  resourceExhausted,
} from './errors/plugin-error';
export { requireKeys, valueAt } from './validation/require-keys';
export { validateSchema, type JsonSchema } from './validation/json-schema';
export { createLogger, type Logger, type LoggerOptions } from './logging/logger';
export { secrets, SecretRegistry, REDACTED, MIN_SECRET_LENGTH } from './logging/secret-registry';
export { collectSecrets, ALWAYS_SECRET_KEYS } from './logging/collect-secrets';
export { secretVariants, base64Cores } from './logging/secret-variants';
export { redactValue, MAX_LOGGED_STRING } from './logging/redact-value';
export { maxRequestBytesFor, MAX_REQUEST_BYTES_BY_KIND, DEFAULT_MAX_REQUEST_BYTES } from './limits/request-limits';
export { MemoryBudget, defaultBudgetBytes, SMALL_REQUEST_BYTES } from './limits/memory-budget';
export { retry, parseRetryAfter, RetryExhaustedError, type RetryOptions, type RetryDecision } from './http/retry';
export { sleep } from './http/sleep';
export {
  deliveryRetryDecision,
  neverSent,
  errorCodes,
  errorChain,
  type ChainedError,
  type OutboundFailure,
} from './http/delivery-retry';
export { outboundTimeoutMs, type OutboundTimeoutOptions } from './http/outbound-timeout';
export { fetchWithin, OutboundTimeoutError } from './http/fetch-within';
export { requireHeaderValue } from './validation/http-values';
export { allowedUrl, type AllowedUrlOptions } from './validation/allowed-url';
export { DescriptorIndex, splitFileDescriptorSet } from './reflection/descriptor-index';
export { useProxyFromEnv } from './http/proxy-from-env';
export { status as GrpcStatus } from '@grpc/grpc-js';
export { authApiOf, type AuthApi } from './kinds/auth-api';
export { messageSchema, MESSAGE_LIMITS, type NotificationMessage } from './kinds/protocol/notification-message';
export { notificationTypeOf, NOTIFICATION_TYPES, type NotificationType } from './kinds/protocol/notification-type';
export { mayHaveBeenDelivered } from './kinds/protocol/may-have-been-delivered';
export * from './kinds/webhook';
export * from './kinds/collector';
export * from './kinds/metric';
export { pluginApiOf, type PluginApi } from './kinds/alert-manager/plugin-api';
export { alertManagerServices, ALERT_MANAGER_TWINS } from './kinds/alert-manager/alert-manager-services';
export { toAlertManagerEvent } from './kinds/alert-manager/event-mapping';
export { toClassicDispatch } from './kinds/alert-manager/notification-mapping';
export { tracingFromEnv } from './tracing/tracing-from-env';
export { otelTracing, type OtelTracingOptions } from './tracing/otel-tracing';
export { NO_TRACING, type RpcTracing, type RpcTrace } from './tracing/rpc-tracing';
export { parseTraceparent, type RemoteTrace } from './tracing/traceparent';

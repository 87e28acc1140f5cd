export { serve } from './server/serve';
export { startServer, MAX_RECEIVE_MESSAGE_LENGTH, type RunningPlugin, type StartOptions } from './server/start-server';
export {
  definePlugin,
  implement,
  type CallContext,
  type Handler,
  type Handlers,
  type PluginDefinition,
  type PluginSchemas,
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
} from './errors/plugin-error';
export { requireKeys, valueAt } from './validation/require-keys';
export { validateSchema, type JsonSchema } from './validation/json-schema';
export { createLogger, type Logger, type LoggerOptions } from './logging/logger';
export { secrets, SecretRegistry, REDACTED, MIN_SECRET_LENGTH } from './logging/secret-registry';
export { collectSecrets, ALWAYS_SECRET_KEYS } from './logging/collect-secrets';
export { retry, parseRetryAfter, RetryExhaustedError, type RetryOptions, type RetryDecision } from './http/retry';
export { sleep } from './http/sleep';
export { DescriptorIndex, splitFileDescriptorSet } from './reflection/descriptor-index';
export { useProxyFromEnv } from './http/proxy-from-env';
export { status as GrpcStatus } from '@grpc/grpc-js';

import { Metadata, status as GrpcStatus, type ServiceError } from '@grpc/grpc-js';
import { PluginError, unknownError } from './plugin-error';

/**
 * Turns anything a handler threw into the status the core expects. Errors that
 * are not PluginErrors become `ERROR_UNKNOWN` with their message only: no stack
 * and no properties reach the caller. `redact` scrubs secrets from the text.
 */
export function toPluginError(err: unknown): PluginError {
  if (err instanceof PluginError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return unknownError(message || 'Unknown error.');
}

export function toGrpcError(err: PluginError, redact: (text: string) => string): Partial<ServiceError> {
  return {
    code: err.status ?? GrpcStatus.INTERNAL,
    details: redact(err.details),
    metadata: new Metadata(),
  };
}

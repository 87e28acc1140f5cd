import { Metadata, status as GrpcStatus, type ServiceError } from '@grpc/grpc-js';
import { secrets } from '../logging/secret-registry';
import { PluginError, unknownError } from './plugin-error';

/**
 * Turns anything a handler threw into a PluginError. Errors that are not
 * PluginErrors become `ERROR_UNKNOWN` with their message only: no stack and no
 * properties reach the caller.
 */
export function toPluginError(err: unknown): PluginError {
  if (err instanceof PluginError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return unknownError(message || 'Unknown error.');
}

/** The status the core receives, its details scrubbed of every secret in use. */
export function toGrpcError(err: PluginError): Partial<ServiceError> {
  return {
    code: err.status ?? GrpcStatus.INTERNAL,
    details: secrets.redact(err.details),
    metadata: new Metadata(),
  };
}

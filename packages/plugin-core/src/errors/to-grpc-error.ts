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

/**
 * Longest details sent, in UTF-16 units. The details travel percent-encoded in the
 * `grpc-message` trailer; past the peer's header-list limit (grpc-js and grpcio: 8–16 KiB)
 * the call never completes and the caller waits out its deadline, so an error that quotes a
 * megabyte of a request must be cut. 2,000 units stay under 12 KiB encoded.
 */
export const MAX_DETAILS_LENGTH = 2000;

/** The status the core receives, its details scrubbed of every secret in use and bounded. */
export function toGrpcError(err: PluginError): Partial<ServiceError> {
  return {
    code: err.status ?? GrpcStatus.INTERNAL,
    details: bounded(secrets.redact(err.details)),
    metadata: new Metadata(),
  };
}

function bounded(details: string): string {
  if (details.length <= MAX_DETAILS_LENGTH) return details;
  let cut = MAX_DETAILS_LENGTH - 40;
  if (/[\ud800-\udbff]/.test(details[cut - 1]!)) cut--; // not inside a surrogate pair
  return `${details.slice(0, cut)}… (${details.length - cut} characters cut)`;
}

import {
  ResponderBuilder,
  ServerInterceptingCall,
  status as GrpcStatus,
  type ServerInterceptor,
  type StatusObject,
} from '@grpc/grpc-js';
import { invalidArgument, PluginError, requestTooLarge } from '../errors/plugin-error';

type SentStatus = Pick<StatusObject, 'code' | 'details'>;

/**
 * grpc-js refuses oversized, undecompressable or oddly encoded requests itself,
 * with plain-text details the core would report as an unexplained internal API
 * error. This interceptor gives those answers Cloudforet codes:
 * `RESOURCE_EXHAUSTED` / `ERROR_REQUEST_TOO_LARGE: ... (size = …, limit = …)`, and
 * `INVALID_ARGUMENT` / `ERROR_INVALID_ARGUMENT` for bytes that cannot be read.
 * Statuses the plugin set itself (details starting with ERROR_) pass unchanged.
 */
export function transportErrorInterceptor(maxRequestBytes: number): ServerInterceptor {
  return (_method, call) =>
    new ServerInterceptingCall(
      call,
      new ResponderBuilder().withSendStatus((status, next) => next(rewriteStatus(status, maxRequestBytes))).build(),
    );
}

export function rewriteStatus<S extends SentStatus>(status: S, maxRequestBytes: number): S {
  const details = status.details ?? '';
  if (status.code === GrpcStatus.OK || details.startsWith('ERROR_')) return status;
  const error = knownTransportError(details, maxRequestBytes);
  return error ? { ...status, code: error.status, details: error.details } : status;
}

function knownTransportError(details: string, maxRequestBytes: number): PluginError | undefined {
  const larger = /^Received message larger than max \((\d+) vs/.exec(details);
  if (larger) return requestTooLarge(Number(larger[1]), maxRequestBytes);
  if (details.startsWith('Received message that decompresses to a size larger than'))
    return requestTooLarge(undefined, maxRequestBytes);
  if (details.startsWith('Failed to decompress'))
    return invalidArgument('the compressed request could not be inflated');
  if (details.startsWith('Received message compressed with unsupported encoding'))
    return new PluginError('ERROR_NOT_IMPLEMENTED', `Not implemented. (${details})`, GrpcStatus.UNIMPLEMENTED);
  if (details.startsWith('Error deserializing request')) return invalidArgument('the request could not be decoded');
  return undefined;
}

import { status as GrpcStatus, type StatusObject } from '@grpc/grpc-js';
// grpc-js sends these statuses from its receiving code, below any server interceptor;
// its per-call class is the one place that sees them.
import { BaseServerInterceptingCall } from '@grpc/grpc-js/build/src/server-interceptors';
import { invalidArgument, PluginError, requestTooLarge } from '../errors/plugin-error';

type SentStatus = Pick<StatusObject, 'code' | 'details'>;

/**
 * grpc-js refuses oversized, undecompressable or oddly encoded requests itself,
 * with plain-text details the core would report as an unexplained internal API
 * error. This gives those answers Cloudforet codes:
 * `RESOURCE_EXHAUSTED` / `ERROR_REQUEST_TOO_LARGE: ... (size = …, limit = …)`, and
 * `INVALID_ARGUMENT` / `ERROR_INVALID_ARGUMENT` for bytes that cannot be read.
 * Statuses with details starting with ERROR_, and all others, pass unchanged.
 * Installed once per process; test/limits.spec.ts fails if a grpc-js upgrade moves it.
 */
export function installTransportErrorCodes(): void {
  const proto = BaseServerInterceptingCall.prototype as unknown as {
    sendStatus(status: SentStatus): void;
    [INSTALLED]?: true;
  };
  if (proto[INSTALLED] || typeof proto.sendStatus !== 'function') return;
  const original = proto.sendStatus;
  proto.sendStatus = function (this: { maxReceiveMessageSize?: number }, status: SentStatus) {
    return original.call(this, rewriteStatus(status, this.maxReceiveMessageSize ?? -1));
  };
  proto[INSTALLED] = true;
}

const INSTALLED = Symbol.for('cloudforet.plugin-core.transport-error-codes');

export function rewriteStatus<S extends SentStatus>(status: S, maxRequestBytes: number): S {
  const details = status.details ?? '';
  if (status.code === GrpcStatus.OK || details.startsWith('ERROR_')) return status;
  const error = knownTransportError(details, maxRequestBytes);
  return error ? { ...status, code: error.status, details: error.details } : status;
}

function knownTransportError(details: string, maxRequestBytes: number): PluginError | undefined {
  const larger = /^Received message larger than max \((\d+) vs (\d+)\)/.exec(details);
  if (larger) return requestTooLarge(Number(larger[1]), Number(larger[2]));
  if (details.startsWith('Received message that decompresses to a size larger than'))
    return requestTooLarge(undefined, maxRequestBytes);
  if (details.startsWith('Failed to decompress'))
    return invalidArgument('the compressed request could not be inflated');
  if (details.startsWith('Received message compressed with unsupported encoding'))
    return new PluginError('ERROR_NOT_IMPLEMENTED', `Not implemented. (${details})`, GrpcStatus.UNIMPLEMENTED);
  if (details.startsWith('Error deserializing request')) return invalidArgument('the request could not be decoded');
  return undefined;
}

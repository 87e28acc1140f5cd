import { status as GrpcStatus } from '@grpc/grpc-js';

/**
 * An error a plugin returns to the Cloudforet core. On the wire it becomes the
 * gRPC status `status` with details `"<code>: <message>"`, which the core
 * splits on the first colon (docs/wire-contract.md, errors).
 */
export class PluginError extends Error {
  constructor(
    /** Cloudforet error code, always starting with `ERROR_`. */
    readonly code: string,
    message: string,
    readonly status: GrpcStatus = GrpcStatus.INTERNAL,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'PluginError';
  }

  /** The gRPC details string the core parses. */
  get details(): string {
    return `${this.code}: ${this.message}`;
  }
}

// The python-core error classes a plugin raises, with their exact templates.

export const requiredParameter = (key: string) =>
  new PluginError('ERROR_REQUIRED_PARAMETER', `Required parameter. (key = ${key})`, GrpcStatus.INVALID_ARGUMENT);

export const invalidParameterType = (key: string, type: string) =>
  new PluginError(
    'ERROR_INVALID_PARAMETER_TYPE',
    `Parameter type is invalid. (key = ${key}, type = ${type})`,
    GrpcStatus.INVALID_ARGUMENT,
  );

export const invalidParameter = (key: string, reason: string) =>
  new PluginError(
    'ERROR_INVALID_PARAMETER',
    `Parameter is invalid. (key = ${key}, reason = ${reason})`,
    GrpcStatus.INVALID_ARGUMENT,
  );

export const notFound = (key: string, value: string) =>
  new PluginError(
    'ERROR_NOT_FOUND',
    `Resource cannot be found or access is denied. (${key} = ${value})`,
    GrpcStatus.NOT_FOUND,
  );

export const authenticateFailure = (message: string) =>
  new PluginError(
    'ERROR_AUTHENTICATE_FAILURE',
    `Authenticate failure. (message = ${message})`,
    GrpcStatus.UNAUTHENTICATED,
  );

export const notImplemented = () =>
  new PluginError('ERROR_NOT_IMPLEMENTED', 'Not implemented.', GrpcStatus.UNIMPLEMENTED);

export const requestTimeout = () =>
  new PluginError('ERROR_REQUEST_TIMEOUT', 'Request timeout!', GrpcStatus.DEADLINE_EXCEEDED);

export const unknownError = (message: string) => new PluginError('ERROR_UNKNOWN', message, GrpcStatus.INTERNAL);

// Errors of the runtime itself, with codes of the same shape.

export const invalidArgument = (reason: string) =>
  new PluginError('ERROR_INVALID_ARGUMENT', `Argument is invalid. (reason = ${reason})`, GrpcStatus.INVALID_ARGUMENT);

export const requestTooLarge = (size: number | undefined, limit: number) =>
  new PluginError(
    'ERROR_REQUEST_TOO_LARGE',
    `Request is larger than this plugin accepts. (size = ${size === undefined ? 'over the limit' : `${size} bytes`}, limit = ${limit} bytes)`,
    GrpcStatus.RESOURCE_EXHAUSTED,
  );

export const resourceExhausted = (reason: string) =>
  new PluginError(
    'ERROR_RESOURCE_EXHAUSTED',
    `Resource exhausted. (reason = ${reason})`,
    GrpcStatus.RESOURCE_EXHAUSTED,
  );

import { status as GrpcStatus, type ServiceError } from '@grpc/grpc-js';

export interface CoreCallErrorInit {
  code: number;
  details: string;
  /** `Service.method` as the caller named it. */
  method?: string;
}

/**
 * A call that ended with a non-OK gRPC status. Details of the form
 * `ERROR_X: message` are split like the core's `_ClientInterceptor._check_error`:
 * on the first `:`, into `errorCode` and `errorMessage`.
 */
export class CoreCallError extends Error {
  override readonly name = 'CoreCallError';
  readonly code: number;
  /** The status name, e.g. `INVALID_ARGUMENT`. */
  readonly codeName: string;
  readonly details: string;
  /** `ERROR_REQUIRED_PARAMETER` when details start with `ERROR_`. */
  readonly errorCode?: string;
  /** The text after `ERROR_X: ` (the core keeps a leading space; it is dropped here). */
  readonly errorMessage?: string;

  constructor(init: CoreCallErrorInit) {
    const codeName = statusName(init.code);
    super(`${init.method ? `${init.method} failed: ` : ''}${codeName}: ${init.details}`.replace(/\s*\n\s*/g, ' '));
    this.code = init.code;
    this.codeName = codeName;
    this.details = init.details;
    if (init.details.startsWith('ERROR_')) {
      const colon = init.details.indexOf(':');
      if (colon === -1) {
        this.errorCode = init.details;
        this.errorMessage = init.details;
      } else {
        this.errorCode = init.details.slice(0, colon);
        this.errorMessage = init.details.slice(colon + 1).replace(/^ /, '');
      }
    }
  }

  static fromServiceError(error: unknown, method?: string): CoreCallError {
    if (error instanceof CoreCallError) return error;
    const e = error as Partial<ServiceError>;
    if (typeof e?.code === 'number')
      return new CoreCallError({ code: e.code, details: e.details ?? e.message ?? '', method });
    return new CoreCallError({
      code: GrpcStatus.UNKNOWN,
      details: error instanceof Error ? error.message : String(error),
      method,
    });
  }
}

function statusName(code: number): string {
  return (GrpcStatus as unknown as Record<number, string | undefined>)[code] ?? `STATUS_${code}`;
}

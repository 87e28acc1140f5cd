/** The server answered a reflection request with `error_response`. */
export class ReflectionError extends Error {
  override readonly name: string = 'ReflectionError';

  constructor(
    readonly errorCode: number,
    readonly errorMessage: string,
    request: string,
  ) {
    super(`reflection ${request} answered error_code ${errorCode}: ${errorMessage}`);
  }
}

/** `error_response.error_code = 5` (NOT_FOUND): the only error the Python client expects. */
export class ReflectionNotFoundError extends ReflectionError {
  override readonly name: string = 'ReflectionNotFoundError';
}

export const NOT_FOUND = 5;

/**
 * An exception as json_format would raise it. The kind matters: the field loop
 * in `_ConvertFieldValuePair` re-wraps ParseError differently for oneof members,
 * while ValueError and TypeError are always wrapped.
 */
export class PyError extends Error {
  constructor(
    readonly pyType: 'ParseError' | 'ValueError' | 'TypeError',
    message: string,
  ) {
    super(message);
  }
}

export const parseError = (message: string) => new PyError('ParseError', message);
export const valueError = (message: string) => new PyError('ValueError', message);
export const typeError = (message: string) => new PyError('TypeError', message);

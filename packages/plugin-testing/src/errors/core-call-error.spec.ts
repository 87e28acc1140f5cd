import { CoreCallError } from './core-call-error';

describe('CoreCallError', () => {
  it('splits ERROR_ details on the first colon, like the core', () => {
    const error = new CoreCallError({
      code: 3,
      details: 'ERROR_INVALID_PARAMETER: Parameter is invalid. (key = a, reason = b: c)',
      method: 'X.y',
    });
    expect(error).toMatchObject({
      codeName: 'INVALID_ARGUMENT',
      errorCode: 'ERROR_INVALID_PARAMETER',
      errorMessage: 'Parameter is invalid. (key = a, reason = b: c)',
    });
    expect(error.message).toBe(
      'X.y failed: INVALID_ARGUMENT: ERROR_INVALID_PARAMETER: Parameter is invalid. (key = a, reason = b: c)',
    );
  });

  it('uses the whole details as code and message when there is no colon', () => {
    expect(new CoreCallError({ code: 13, details: 'ERROR_UNKNOWN' })).toMatchObject({
      errorCode: 'ERROR_UNKNOWN',
      errorMessage: 'ERROR_UNKNOWN',
    });
  });

  it('parses nothing from details that do not start with ERROR_', () => {
    const error = new CoreCallError({ code: 14, details: 'Connection dropped' });
    expect(error.codeName).toBe('UNAVAILABLE');
    expect(error.errorCode).toBeUndefined();
    expect(error.errorMessage).toBeUndefined();
  });
});

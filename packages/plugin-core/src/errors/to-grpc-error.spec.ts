import { invalidParameter } from './plugin-error';
import { MAX_DETAILS_LENGTH, toGrpcError } from './to-grpc-error';

describe('toGrpcError', () => {
  it('keeps ordinary details as they are', () => {
    const err = invalidParameter('data.alerts', 'not a list');
    expect(toGrpcError(err).details).toBe(
      'ERROR_INVALID_PARAMETER: Parameter is invalid. (key = data.alerts, reason = not a list)',
    );
  });

  it('cuts details that would overflow the grpc-message trailer, saying how much was cut', () => {
    const details = toGrpcError(invalidParameter('data.x', `${'x'.repeat(600_000)} is not a date`)).details!;
    expect(details.length).toBeLessThanOrEqual(MAX_DETAILS_LENGTH);
    expect(details).toMatch(
      /^ERROR_INVALID_PARAMETER: Parameter is invalid\. \(key = data\.x, reason = x+… \(\d+ characters cut\)$/,
    );
  });

  it('never cuts a surrogate pair in two', () => {
    const details = toGrpcError(invalidParameter('k', '😀'.repeat(5000))).details!;
    expect(details).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });
});

import { CoreCallError } from '../errors/core-call-error';
import { ParseDictError } from '../errors/parse-dict-error';
import { classifyOutcome } from './classify-outcome';

const status = (code: number, details: string) => new CoreCallError({ code, details });

describe('classifyOutcome', () => {
  it('accepts OK and clean Cloudforet errors on any status', () => {
    expect(classifyOutcome(undefined, false, 1000)).toEqual({ kind: 'ok' });
    expect(
      classifyOutcome(status(3, 'ERROR_REQUIRED_PARAMETER: Required parameter. (key = x)'), false, 1000).kind,
    ).toBe('error');
    expect(classifyOutcome(status(14, 'ERROR_SLACK_API: Slack is down.'), false, 1000).kind).toBe('error');
  });

  it('counts what ParseDict or the encoder refused as refused, not sent', () => {
    expect(classifyOutcome(new ParseDictError('Message type "X" has no field named "y"'), false, 1000)).toEqual({
      kind: 'refused',
      reason: 'Message type "X" has no field named "y"',
    });
  });

  it('accepts a bare RESOURCE_EXHAUSTED or INVALID_ARGUMENT only for an oversized request', () => {
    const big = status(8, 'Received message larger than max (5242880 vs. 4194304)');
    expect(classifyOutcome(big, true, 1000).kind).toBe('error');
    expect(classifyOutcome(big, false, 1000).kind).toBe('defect');
    expect(classifyOutcome(status(3, 'bad'), true, 1000).kind).toBe('error');
  });

  it.each([
    [13, 'Error deserializing request', 'details are not "ERROR_<CODE>: …" (a bare INTERNAL)'],
    [13, 'ERROR_UNKNOWN: x is undefined', 'ERROR_UNKNOWN: an unhandled exception in the plugin'],
    [2, 'ERROR_X: thrown', 'status UNKNOWN: not a Cloudforet error'],
    [14, 'Connection dropped', 'a transport failure (is the plugin still up?)'],
    [4, 'Deadline exceeded', 'no answer within its 1000 ms deadline (a hang)'],
    [3, 'ERROR_lower: x', 'details are not "ERROR_<CODE>: …" (a bare INVALID_ARGUMENT)'],
  ])('reports status %i "%s" as a defect: %s', (code, details, problem) => {
    expect(classifyOutcome(status(code, details), false, 1000)).toMatchObject({ kind: 'defect', problem });
  });
});

import { PluginError } from '../errors/plugin-error';
import { validateSchema } from './json-schema';

const schema = {
  type: 'object',
  required: ['token', 'channel'],
  properties: {
    token: { type: 'string', minLength: 4 },
    channel: { type: 'string' },
    nested: { type: 'object', properties: { 'a/b': { type: 'number' } } },
  },
};

function errorOf(value: unknown): PluginError {
  try {
    validateSchema(schema, value, 'channel_data');
  } catch (e) {
    return e as PluginError;
  }
  throw new Error('expected a validation error');
}

describe('validateSchema', () => {
  it('names the missing key path', () => {
    const e = errorOf({ channel: 'x' });
    expect(e.details).toBe('ERROR_REQUIRED_PARAMETER: Required parameter. (key = channel_data.token)');
    expect(e.status).toBe(3);
  });

  it('treats an absent object as a missing parameter', () => {
    expect(errorOf(undefined).details).toBe('ERROR_REQUIRED_PARAMETER: Required parameter. (key = channel_data)');
  });

  it('reports a wrong type with the expected type, and never the value', () => {
    const e = errorOf({ token: 12345678, channel: 'x' });
    expect(e.details).toBe(
      'ERROR_INVALID_PARAMETER_TYPE: Parameter type is invalid. (key = channel_data.token, type = string)',
    );
    const nested = errorOf({ token: 'abcd', channel: 'x', nested: { 'a/b': 'no' } });
    expect(nested.details).toContain('key = channel_data.nested.a/b');
  });

  it('reports other violations as invalid parameters with the reason', () => {
    const e = errorOf({ token: 'abc', channel: 'x' });
    expect(e.details).toBe(
      'ERROR_INVALID_PARAMETER: Parameter is invalid. (key = channel_data.token, reason = must NOT have fewer than 4 characters)',
    );
    expect(e.details).not.toContain('abc,');
  });

  it('accepts a valid value', () => {
    expect(() => validateSchema(schema, { token: 'abcd', channel: 'x' }, 'channel_data')).not.toThrow();
  });
});

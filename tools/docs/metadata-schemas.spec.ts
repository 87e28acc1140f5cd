import { findSchemas } from './metadata-schemas';

describe('findSchemas', () => {
  it('finds every object schema in document order, with its path, without looking inside it', () => {
    const channel = { type: 'object', properties: { token: { type: 'object', properties: {} } } };
    const options = { properties: { a: { type: 'string' } } };
    expect(
      findSchemas({ data: { schema: channel }, list: [{ options_schema: options }], data_type: 'SECRET' }, 'metadata'),
    ).toEqual([
      { path: 'metadata.data.schema', schema: channel },
      { path: 'metadata.list.0.options_schema', schema: options },
    ]);
  });

  it('ignores non-object schemas and plain data', () => {
    expect(findSchemas({ a: { type: 'string', properties: {} }, b: 'x', c: [1, 2], d: null })).toEqual([]);
  });
});

import type { JsonSchema } from '@cloudforet/plugin-core';
import { schemaFields, typeOf } from './schema-fields';
import { fieldTable, optionsTable } from './schema-tables';

const credentials: JsonSchema = {
  type: 'object',
  required: ['aws_access_key_id', 'region'],
  properties: {
    aws_access_key_id: {
      type: 'string',
      title: 'Access key ID',
      description: 'Key of an IAM user | role',
      minLength: 16,
      maxLength: 128,
      pattern: '^(AKIA|ASIA)[A-Z0-9]+$',
      examples: ['AKIAIOSFODNN7EXAMPLE'],
    },
    region: { enum: ['us-east-1', 'eu-west-1'], default: 'us-east-1', title: 'Region' },
    role: {
      type: 'object',
      required: ['arn'],
      properties: {
        arn: { type: 'string', example: 'arn:aws:iam::123:role/x' },
        external_id: { type: ['string', 'null'] },
      },
    },
    regions: { type: 'array', items: { type: 'string' }, minItems: 1 },
  },
};

/** The table's data rows, split into trimmed cells (escaped pipes kept as they are). */
function rowsOf(table: string): string[][] {
  return table
    .split('\n')
    .slice(2)
    .map((line) =>
      line
        .slice(2, -2)
        .split(/(?<!\\) \| /)
        .map((cell) => cell.trim()),
    );
}

describe('schema types', () => {
  it('names plain, union, array and inferred types', () => {
    expect(typeOf({ type: 'string' })).toBe('string');
    expect(typeOf({ type: ['string', 'null'] })).toBe('string | null');
    expect(typeOf({ type: 'array', items: { type: 'integer' } })).toBe('array of integer');
    expect(typeOf({ type: 'array' })).toBe('array');
    expect(typeOf({ enum: ['a', 'b'] })).toBe('string');
    expect(typeOf({ const: 3 })).toBe('number');
    expect(typeOf({ oneOf: [{ type: 'string' }, { type: 'number' }] })).toBe('string | number');
    expect(typeOf({})).toBe('any');
  });

  it('flattens nested objects to dotted keys with their own required lists', () => {
    expect(schemaFields(credentials).map((f) => [f.key, f.required])).toEqual([
      ['aws_access_key_id', true],
      ['region', true],
      ['role', false],
      ['role.arn', true],
      ['role.external_id', false],
      ['regions', false],
    ]);
  });
});

describe('fieldTable (secret_data, channel_data)', () => {
  const rows = rowsOf(fieldTable(credentials));

  it('has the documented columns', () => {
    expect(fieldTable(credentials).split('\n')[0]).toBe(
      '| key | type | required | title | description | example | constraints |',
    );
  });

  it('renders key, type, required, title, description, example and constraints, pipes escaped', () => {
    expect(rows[0]).toEqual([
      '`aws_access_key_id`',
      'string',
      'yes',
      'Access key ID',
      'Key of an IAM user \\| role',
      '`AKIAIOSFODNN7EXAMPLE`',
      '`pattern: ^(AKIA\\|ASIA)[A-Z0-9]+$`, `minLength: 16`, `maxLength: 128`',
    ]);
  });

  it('lists enums and defaults as constraints and falls back to `example`', () => {
    expect(rows[1]).toEqual([
      '`region`',
      'string',
      'yes',
      'Region',
      '',
      '',
      'one of `us-east-1`, `eu-west-1`, `default: us-east-1`',
    ]);
    expect(rows[3]).toEqual(['`role.arn`', 'string', 'yes', '', '', '`arn:aws:iam::123:role/x`', '']);
    expect(rows[4][1]).toBe('string \\| null');
    expect(rows[5]).toEqual(['`regions`', 'array of string', 'no', '', '', '', '`minItems: 1`']);
  });

  it('says so when a schema has no properties', () => {
    expect(fieldTable({ type: 'object' })).toBe('_No properties._');
  });
});

describe('optionsTable', () => {
  const options: JsonSchema = {
    type: 'object',
    required: ['mode'],
    properties: {
      mode: { type: 'string', enum: ['a|b', 'c'], default: 'c', description: 'How | when' },
      retries: { type: 'integer', title: 'Retries' },
    },
  };

  it('renders key, type, required, default, enum values and description (title when there is none)', () => {
    const table = optionsTable(options);
    expect(table.split('\n')[0]).toBe('| key | type | required | default | values | description |');
    expect(rowsOf(table)).toEqual([
      ['`mode`', 'string', 'yes', '`c`', '`a\\|b`, `c`', 'How \\| when'],
      ['`retries`', 'integer', 'no', '', '', 'Retries'],
    ]);
  });
});

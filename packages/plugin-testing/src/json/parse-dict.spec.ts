import type { DescMessage, FileRegistry } from '@bufbuild/protobuf';
import { FieldDescriptorProtoSchema } from '@bufbuild/protobuf/wkt';
import { ParseDictError } from '../errors/parse-dict-error';
import { buildSampleSet } from '../test-fixtures/sample-set';
import { messageToDict } from './message-to-dict';
import { parseDict } from './parse-dict';

let registry: FileRegistry;
let Sample: DescMessage;

beforeAll(() => {
  registry = buildSampleSet().registry;
  Sample = registry.getMessage('fixture.v1.Sample')!;
});

const roundTrip = (params: Record<string, unknown>) =>
  messageToDict(Sample, parseDict(Sample, params, registry), registry);
const failure = (params: Record<string, unknown>, schema?: DescMessage): string => {
  try {
    parseDict(schema ?? Sample, params, registry);
  } catch (error) {
    expect(error).toBeInstanceOf(ParseDictError);
    return (error as Error).message;
  }
  throw new Error('parseDict accepted the params');
};

const SAMPLE_FIELDS =
  "['name', 'limit', 'big', 'small', 'ratio', 'ratio32', 'flag', 'blob', 'kind', 'tags', 'sorts', 'counts', 'byId', " +
  "'options', 'anyValue', 'items', 'wrapped', 'at', 'sort', 'maybe', 'text', 'number']";

describe('parseDict rejects what json_format.ParseDict rejects, with its messages', () => {
  it.each<[string, Record<string, unknown>, string]>([
    [
      'unknown key',
      { name: 'x', nope: 1 },
      `Message type "fixture.v1.Sample" has no field named "nope" at "Sample".\n Available Fields(except extensions): "${SAMPLE_FIELDS}"`,
    ],
    [
      'unknown key, even when its value is None',
      { nope: null },
      `Message type "fixture.v1.Sample" has no field named "nope" at "Sample".\n Available Fields(except extensions): "${SAMPLE_FIELDS}"`,
    ],
    [
      'unknown key in a nested message',
      { sort: { nope: 1 } },
      'Failed to parse sort field: Message type "fixture.v1.Sample.Sort" has no field named "nope" at "Sample.sort".\n' +
        ` Available Fields(except extensions): "['key', 'desc']".`,
    ],
    ['fractional integer', { limit: 1.5 }, "Failed to parse limit field: Couldn't parse integer: 1.5 at Sample.limit."],
    [
      'bool for an integer',
      { limit: true },
      'Failed to parse limit field: Bool value True is not acceptable for integer field at Sample.limit.',
    ],
    ['int32 overflow', { limit: 2 ** 31 }, 'Failed to parse limit field: Value out of range: 2147483648.'],
    [
      'quoted bool',
      { flag: 'true' },
      'Failed to parse flag field: Expected true or false without quotes at Sample.flag.',
    ],
    [
      'number for a string',
      { name: 5 },
      "Failed to parse name field: expected string or bytes-like object, got 'int'.",
    ],
    [
      'scalar for a repeated field',
      { tags: 'a' },
      'Failed to parse tags field: repeated field tags must be in [] which is a at Sample.',
    ],
    [
      'null list element',
      { tags: ['a', null] },
      'Failed to parse tags field: null is not allowed to be used as an element in a repeated field at Sample.tags[1].',
    ],
    [
      'null message element',
      { sorts: [null] },
      'Failed to parse sorts field: null is not allowed to be used as an element in a repeated field at Sample.sorts[0].',
    ],
    [
      'bad map value',
      { counts: { a: 'x' } },
      "Failed to parse counts field: invalid literal for int() with base 10: 'x'.",
    ],
    ['bad map key', { by_id: { x: {} } }, "Failed to parse by_id field: invalid literal for int() with base 10: 'x'."],
    [
      'non-dict map',
      { counts: [] },
      'Failed to parse counts field: Map field counts must be in a dict which is [] at Sample.counts.',
    ],
    [
      'unknown enum name',
      { kind: 'GAMMA' },
      'Failed to parse kind field: Invalid enum value GAMMA for enum type fixture.v1.Sample.Kind at Sample.kind.',
    ],
    [
      'two oneof members',
      { text: 'a', number: 1 },
      'Message type "fixture.v1.Sample" should not have multiple "choice" oneof fields at "Sample".',
    ],
    [
      'ParseError in a proto3 optional field is not re-wrapped',
      { maybe: '\ud800' },
      'Unpaired surrogate at Sample.maybe',
    ],
    [
      'bad wrapper value',
      { wrapped: 'abc' },
      "Failed to parse wrapped field: invalid literal for int() with base 10: 'abc'.",
    ],
    [
      'non-dict Struct',
      { options: 'x' },
      'Failed to parse options field: Struct must be in a dict which is x at Sample.options.',
    ],
    [
      'list for a Struct',
      { options: [1, 'a'] },
      "Failed to parse options field: Struct must be in a dict which is [1, 'a'] at Sample.options.",
    ],
    [
      'non-list ListValue',
      { items: {} },
      'Failed to parse items field: ListValue must be in [] which is {} at Sample.items.',
    ],
    ['number for a message', { sort: 5 }, "Failed to parse sort field: 'int' object is not iterable."],
    [
      'NaN for a double',
      { ratio: NaN },
      'Failed to parse ratio field: Couldn\'t parse NaN, use quoted "NaN" instead at Sample.ratio.',
    ],
    ['float32 overflow', { ratio32: 1e39 }, 'Failed to parse ratio32 field: Float value too large at Sample.ratio32.'],
  ])('%s', (_label, params, message) => {
    expect(failure(params)).toBe(message);
  });

  it('tags Timestamp errors with the path', () => {
    expect(failure({ at: 'yesterday' })).toMatch(/^Failed to parse at field: .* at Sample\.at\.$/);
  });

  it('rejects unknown numbers for closed (proto2) enums', () => {
    expect(failure({ type: 99 }, FieldDescriptorProtoSchema)).toBe(
      'Failed to parse type field: Invalid enum value 99 for enum type google.protobuf.FieldDescriptorProto.Type at FieldDescriptorProto.type.',
    );
  });
});

describe('parseDict accepts what ParseDict accepts', () => {
  it('takes proto names and JSON names', () => {
    expect(roundTrip({ any_value: 1, anyValue: 2, by_id: { 7: { key: 'k' } } })).toEqual({
      any_value: 2,
      by_id: { '7': { key: 'k' } },
    });
  });

  it('takes enum names and numbers, keeping unknown numbers of open enums', () => {
    expect(roundTrip({ kind: 'BETA' })).toEqual({ kind: 'BETA' });
    expect(roundTrip({ kind: 1 })).toEqual({ kind: 'ALPHA' });
    expect(roundTrip({ kind: '2' })).toEqual({ kind: 'BETA' });
    expect(roundTrip({ kind: 7 })).toEqual({ kind: 7 });
  });

  it('clears a field given None (null or undefined)', () => {
    expect(roundTrip({ name: null, options: undefined, sort: null, text: null, number: 3 })).toEqual({ number: 3 });
  });

  it('sets null_value for a Value field given None', () => {
    expect(roundTrip({ any_value: null })).toEqual({ any_value: null });
  });

  it('converts Python-style numbers and strings', () => {
    expect(
      roundTrip({ limit: '12', big: '9007199254740993', small: 5.0, ratio: '1e3', ratio32: 0.5, blob: 'aGk' }),
    ).toEqual({
      limit: 12,
      big: '9007199254740993',
      small: 5,
      ratio: 1000,
      ratio32: 0.5,
      blob: 'aGk=',
    });
    expect(roundTrip({ ratio: 'NaN', wrapped: 5 })).toEqual({ ratio: 'NaN', wrapped: 5 });
  });

  it('keeps Struct, Value and ListValue content, numbers as numbers', () => {
    const options = { a: 1, b: [1.5, 'x', null, { c: true }], d: {} };
    expect(roundTrip({ options, items: [1, 'two'], any_value: { k: [] } })).toEqual({
      options,
      items: [1, 'two'],
      any_value: { k: [] },
    });
  });

  it('omits defaults on the way back, as MessageToDict does', () => {
    expect(roundTrip({ name: '', limit: 0, kind: 'KIND_NONE', tags: [], flag: false, counts: {} })).toEqual({});
  });

  it('keeps an empty Struct that was set', () => {
    expect(roundTrip({ options: {} })).toEqual({ options: {} });
  });
});

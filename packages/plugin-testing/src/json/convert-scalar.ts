import { ScalarType, type DescEnum, type JsonValue } from '@bufbuild/protobuf';
import { base64Encode } from '@bufbuild/protobuf/wire';
import { PyError, parseError, typeError, valueError } from './py-error';
import { isDict, pyRepr, pyStr, pyTypeName } from './python-format';

/** What a scalar slot holds: a field, a list element, a map key or value, or a wrapper's `value`. */
export type ScalarTarget = { kind: 'scalar'; scalar: ScalarType } | { kind: 'enum'; enum: DescEnum };

const FLOAT_MAX = 3.4028234663852886e38;

const INT_RANGES: Partial<Record<ScalarType, readonly [bigint, bigint]>> = {
  [ScalarType.INT32]: [-(2n ** 31n), 2n ** 31n - 1n],
  [ScalarType.SINT32]: [-(2n ** 31n), 2n ** 31n - 1n],
  [ScalarType.SFIXED32]: [-(2n ** 31n), 2n ** 31n - 1n],
  [ScalarType.UINT32]: [0n, 2n ** 32n - 1n],
  [ScalarType.FIXED32]: [0n, 2n ** 32n - 1n],
  [ScalarType.INT64]: [-(2n ** 63n), 2n ** 63n - 1n],
  [ScalarType.SINT64]: [-(2n ** 63n), 2n ** 63n - 1n],
  [ScalarType.SFIXED64]: [-(2n ** 63n), 2n ** 63n - 1n],
  [ScalarType.UINT64]: [0n, 2n ** 64n - 1n],
  [ScalarType.FIXED64]: [0n, 2n ** 64n - 1n],
};
const INT32_RANGE = INT_RANGES[ScalarType.INT32]!;
const SIXTY_FOUR_BIT = new Set([
  ScalarType.INT64,
  ScalarType.SINT64,
  ScalarType.SFIXED64,
  ScalarType.UINT64,
  ScalarType.FIXED64,
]);

/**
 * `_ConvertScalarFieldValue` plus the range check of the following `setattr`.
 * Returns the proto3 JSON form that protobuf-es `fromJson` accepts for the slot.
 * ParseErrors get ` at <path>` appended, as in Python.
 */
export function convertScalar(value: unknown, target: ScalarTarget, path: string, requireStr = false): JsonValue {
  try {
    return target.kind === 'enum' ? convertEnum(value, target.enum) : convertPlain(value, target.scalar, requireStr);
  } catch (error) {
    if (error instanceof PyError && error.pyType === 'ParseError') throw parseError(`${error.message} at ${path}`);
    throw error;
  }
}

function convertPlain(value: unknown, scalar: ScalarType, requireStr: boolean): JsonValue {
  switch (scalar) {
    case ScalarType.DOUBLE:
    case ScalarType.FLOAT:
      return convertFloat(value, scalar === ScalarType.FLOAT);
    case ScalarType.BOOL:
      return convertBool(value, requireStr);
    case ScalarType.STRING:
      if (typeof value !== 'string')
        throw typeError(`expected string or bytes-like object, got '${pyTypeName(value)}'`);
      if (/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(value))
        throw parseError('Unpaired surrogate');
      return value;
    case ScalarType.BYTES:
      if (value instanceof Uint8Array) return base64Encode(value);
      if (typeof value !== 'string') throw typeError(`object of type '${pyTypeName(value)}' has no len()`);
      // urlsafe_b64decode without validation: both alphabets, junk characters skipped.
      return value
        .replace(/-/g, '+')
        .replace(/_/g, '/')
        .replace(/[^A-Za-z0-9+/]/g, '');
    default: {
      const n = convertInteger(value);
      const [min, max] = INT_RANGES[scalar] ?? INT32_RANGE;
      if (n < min || n > max) throw valueError(`Value out of range: ${n}`);
      return SIXTY_FOUR_BIT.has(scalar) ? n.toString() : Number(n);
    }
  }
}

/** `_ConvertInteger`. */
function convertInteger(value: unknown): bigint {
  if (typeof value === 'number' && !Number.isInteger(value))
    throw parseError(`Couldn't parse integer: ${pyStr(value)}`);
  if (typeof value === 'string' && value.includes(' ')) throw parseError(`Couldn't parse integer: "${value}"`);
  if (typeof value === 'boolean') throw parseError(`Bool value ${pyStr(value)} is not acceptable for integer field`);
  return pyInt(value);
}

/** Python `int(value)` for the values a dict can hold. */
function pyInt(value: unknown): bigint {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'boolean') return value ? 1n : 0n;
  if (typeof value === 'number') {
    if (Number.isNaN(value)) throw valueError('cannot convert float NaN to integer');
    if (!Number.isFinite(value)) throw valueError('cannot convert float infinity to integer');
    return BigInt(Math.trunc(value));
  }
  if (typeof value === 'string') {
    const text = value.trim();
    if (!/^[+-]?\d+(_\d+)*$/.test(text)) throw valueError(`invalid literal for int() with base 10: ${pyRepr(value)}`);
    return BigInt(text.replace(/_/g, ''));
  }
  throw typeError(`int() argument must be a string, a bytes-like object or a real number, not '${pyTypeName(value)}'`);
}

/** `_ConvertFloat`. Infinity and NaN travel as the proto3 JSON strings. */
function convertFloat(value: unknown, isFloat32: boolean): JsonValue {
  if (typeof value === 'number') {
    if (Number.isNaN(value)) throw parseError(`Couldn't parse NaN, use quoted "NaN" instead`);
    if (value === Infinity)
      throw parseError(`Couldn't parse Infinity or value too large, use quoted "Infinity" instead`);
    if (value === -Infinity)
      throw parseError(`Couldn't parse -Infinity or value too small, use quoted "-Infinity" instead`);
    if (isFloat32 && value > FLOAT_MAX) throw parseError('Float value too large');
    if (isFloat32 && value < -FLOAT_MAX) throw parseError('Float value too small');
    return value;
  }
  if (value === 'nan') throw parseError(`Couldn't parse float "nan", use "NaN" instead`);
  const n = pyFloat(value);
  if (Number.isNaN(n)) return 'NaN';
  if (!Number.isFinite(n)) return n > 0 ? 'Infinity' : '-Infinity';
  return n;
}

/** Python `float(value)`. */
function pyFloat(value: unknown): number {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'string') {
    const text = value.trim();
    const special = /^([+-]?)(inf|infinity|nan)$/i.exec(text);
    if (special) return special[2]!.toLowerCase() === 'nan' ? NaN : special[1] === '-' ? -Infinity : Infinity;
    if (/^[+-]?(\d(_?\d)*(\.(\d(_?\d)*)?)?|\.\d(_?\d)*)([eE][+-]?\d(_?\d)*)?$/.test(text))
      return Number(text.replace(/_/g, ''));
    throw parseError(`Couldn't parse float: ${value}`);
  }
  throw typeError(`float() argument must be a string or a real number, not '${pyTypeName(value)}'`);
}

/** `_ConvertBool`. */
function convertBool(value: unknown, requireStr: boolean): boolean {
  if (requireStr) {
    if (value === 'true') return true;
    if (value === 'false') return false;
    throw parseError(`Expected "true" or "false", not ${pyStr(value)}`);
  }
  if (typeof value !== 'boolean') throw parseError('Expected true or false without quotes');
  return value;
}

/** By name, else by number; an unknown number passes only for open (proto3) enums. */
function convertEnum(value: unknown, enumDesc: DescEnum): number {
  if (Array.isArray(value) || isDict(value)) throw typeError(`unhashable type: '${pyTypeName(value)}'`);
  const byName = typeof value === 'string' ? enumDesc.values.find((v) => v.name === value) : undefined;
  if (byName) return byName.number;
  const invalid = () => parseError(`Invalid enum value ${pyStr(value)} for enum type ${enumDesc.typeName}`);
  let number: bigint;
  try {
    number = pyInt(value);
  } catch (error) {
    if (error instanceof PyError && error.pyType === 'ValueError') throw invalid();
    throw error;
  }
  if (!enumDesc.values.some((v) => BigInt(v.number) === number) && !enumDesc.open) throw invalid();
  if (number < INT32_RANGE[0] || number > INT32_RANGE[1]) throw valueError(`Value out of range: ${number}`);
  return Number(number);
}

import type { Prng } from './prng';

export const KIB = 1024;
export const MIB = 1024 * KIB;

/** Short strings that break naive parsers, header writers, loggers, URL builders and templates. */
export const NASTY_STRINGS: readonly string[] = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\r\n',
  'x\r\nX-Injected: 1',
  '\n{"level":"fatal","msg":"forged"}',
  '\ud800',
  'lone \udfff surrogate',
  '\ud83d',
  '😀🏳️‍🌈',
  '\u202e\u0645\u0631\u062d\u0628\u0627',
  'e\u0301\u0301\u0301\u0301',
  '\ufeff\u200b\u00a0',
  '%00%0d%0a%ff',
  '../../../../etc/passwd',
  "' OR '1'='1",
  '${jndi:ldap://127.0.0.1/x}',
  '{{7*7}}<%= 7*7 %>',
  '<script>alert(1)</script>',
  'http://169.254.169.254/latest/meta-data/',
  'file:///etc/passwd',
  '#general',
  'C0000000001',
  'NaN',
  '-1',
  'true',
  'null',
  '__proto__',
  'constructor',
];

export const EXTREME_NUMBERS: readonly number[] = [
  0,
  -0,
  1,
  -1,
  0.5,
  2 ** 31 - 1,
  2 ** 31,
  -(2 ** 31),
  -(2 ** 31) - 1,
  2 ** 32,
  2 ** 53 - 1,
  2 ** 53 + 2,
  -(2 ** 53),
  2 ** 63,
  2 ** 64,
  1e308,
  -1e308,
  5e-324,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
];

/** A hostile string: nasty, long (mostly up to 8 KiB, some up to 64 KiB), or rarely huge (up to `maxHugeBytes`). */
export function hostileString(prng: Prng, maxHugeBytes = MIB): string {
  return prng.weighted<() => string>([
    [60, () => prng.pick(NASTY_STRINGS)],
    [15, () => prng.pick(NASTY_STRINGS) + prng.pick(NASTY_STRINGS)],
    [12, () => repeatTo(prng.pick(NASTY_STRINGS) || 'x', prng.range(256, 8 * KIB))],
    [3, () => repeatTo(prng.pick(NASTY_STRINGS) || 'x', prng.range(8 * KIB, 64 * KIB))],
    [1, () => repeatTo(prng.pick(NASTY_STRINGS) || 'x', prng.range(64 * KIB, maxHugeBytes))],
    [8, () => randomUnicode(prng, prng.range(1, 64))],
  ])();
}

/** Random code units, lone surrogates and controls included. */
export function randomUnicode(prng: Prng, length: number): string {
  let s = '';
  for (let i = 0; i < length; i++) {
    s += String.fromCharCode(
      prng.weighted([
        [4, prng.range(0x20, 0x7e)],
        [1, prng.range(0, 0x1f)],
        [2, prng.range(0x80, 0xffff)],
      ]),
    );
  }
  return s;
}

/** `unit` repeated to about `length` characters. */
export function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.max(1, Math.ceil(length / unit.length))).slice(0, length);
}

/** Nested objects and arrays, `depth` levels deep. */
export function deepNesting(depth: number, leaf: unknown = 'leaf'): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { n: value };
  return value;
}

/** A value of any JSON type (or an extreme number, deep nesting, a long array) that a field does not expect. */
export function wrongTypedValue(prng: Prng, maxHugeBytes = MIB): unknown {
  return prng.weighted<() => unknown>([
    [4, () => hostileString(prng, maxHugeBytes)],
    [3, () => prng.pick(EXTREME_NUMBERS)],
    [2, () => prng.pick([true, false])],
    [3, () => null],
    [2, () => ({})],
    [2, () => []],
    [2, () => ({ [prng.pick(NASTY_STRINGS) || 'k']: hostileString(prng, maxHugeBytes) })],
    [2, () => Array.from({ length: prng.range(1, 8) }, () => hostileString(prng, 4 * KIB))],
    [1, () => Array.from({ length: prng.range(1_000, 20_000) }, (_, i) => i)],
    [1, () => deepNesting(prng.range(10, 90))],
    [0.2, () => deepNesting(prng.range(100, 600))],
  ])();
}

import type { Prng } from './prng';

export interface MutatedBytes {
  bytes: Uint8Array;
  /** What was done, e.g. `truncate to 12 of 40 bytes`. */
  op: string;
}

/**
 * A hostile encoding of a valid request, as a caller not bound to ParseDict could send:
 * truncated, bit-flipped, with random bytes, a length prefix pointing past the end, an
 * invalid wire type, deeply nested groups of length-delimited fields, or garbage.
 */
export function mutateBytes(valid: Uint8Array, prng: Prng): MutatedBytes {
  const bytes = Uint8Array.from(valid);
  const n = bytes.length;
  return prng.weighted<() => MutatedBytes>([
    [
      5,
      () => {
        const at = prng.int(Math.max(1, n));
        return { bytes: bytes.slice(0, at), op: `truncate to ${at} of ${n} bytes` };
      },
    ],
    [
      5,
      () => {
        const flips = prng.range(1, 8);
        for (let i = 0; i < flips && n; i++) bytes[prng.int(n)]! ^= 1 << prng.int(8);
        return { bytes, op: `flip ${flips} bit(s)` };
      },
    ],
    [
      2,
      () => {
        const at = prng.int(n + 1);
        const junk = randomBytes(prng, prng.range(1, 32));
        return {
          bytes: concat(bytes.slice(0, at), junk, bytes.slice(at)),
          op: `insert ${junk.length} random bytes at ${at}`,
        };
      },
    ],
    [
      2,
      () => ({
        bytes: concat(bytes, Uint8Array.of(0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f)),
        op: 'append a field whose length runs past the end',
      }),
    ],
    [2, () => ({ bytes: concat(bytes, Uint8Array.of(0x0f, 0x01)), op: 'append a tag with wire type 7 (invalid)' })],
    [1, () => ({ bytes: concat(bytes, Uint8Array.of(0x00)), op: 'append field number 0' })],
    [
      1,
      () => ({
        bytes: concat(bytes, Uint8Array.of(0xf8, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01)),
        op: 'append an 11-byte varint',
      }),
    ],
    [
      1,
      () => {
        const depth = prng.range(100, 5_000);
        return { bytes: concat(bytes, nestedGroups(depth)), op: `append ${depth} nested start-group tags` };
      },
    ],
    [
      1,
      () => {
        const depth = prng.range(100, 3_000);
        return { bytes: concat(bytes, nestedMessages(depth)), op: `append ${depth} nested length-delimited fields` };
      },
    ],
    [
      2,
      () => {
        const junk = randomBytes(prng, prng.range(0, 256));
        return { bytes: junk, op: `replace with ${junk.length} random bytes` };
      },
    ],
  ])();
}

function randomBytes(prng: Prng, length: number): Uint8Array {
  return Uint8Array.from({ length }, () => prng.int(256));
}

function concat(...parts: Uint8Array[]): Uint8Array {
  return Uint8Array.from(Buffer.concat(parts));
}

/** Field 1, wire type 3 (start group), `depth` times, never closed. */
function nestedGroups(depth: number): Uint8Array {
  return new Uint8Array(depth).fill(0x0b);
}

/** Field 1 (length-delimited) inside field 1 inside …, `depth` levels, each length exact. */
function nestedMessages(depth: number): Uint8Array {
  let inner: Uint8Array = new Uint8Array(0);
  for (let i = 0; i < depth; i++) inner = concat(Uint8Array.of(0x0a), varint(inner.length), inner);
  return inner;
}

function varint(value: number): Uint8Array {
  const out: number[] = [];
  while (value > 0x7f) {
    out.push((value & 0x7f) | 0x80);
    value >>>= 7;
  }
  out.push(value);
  return Uint8Array.from(out);
}

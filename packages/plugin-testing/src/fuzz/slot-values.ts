import { ScalarType } from '@bufbuild/protobuf';
import { EXTREME_NUMBERS, hostileString, KIB, MIB, wrongTypedValue } from './hostile-values';
import type { Prng } from './prng';
import { FREE_JSON_TYPES, type Slot } from './request-fields';

/**
 * A value for a schema slot that is valid in type but at an edge (extreme numbers,
 * every enum name, a wrong-case or unknown enum, nasty strings, empty or long lists),
 * or of a wrong type altogether.
 */
export function slotValue(slot: Slot, prng: Prng, maxHugeBytes = MIB): unknown {
  if (prng.chance(0.25)) return wrongTypedValue(prng, maxHugeBytes);
  switch (slot.kind) {
    case 'scalar':
      return scalarValue(slot.scalar, prng, maxHugeBytes);
    case 'enum': {
      const names = slot.enum.values.map((v) => v.name);
      return prng.weighted<() => unknown>([
        [6, () => prng.pick(names)],
        [2, () => prng.pick(names).toLowerCase()],
        [2, () => 'NOT_A_VALUE'],
        [3, () => prng.pick([-1, 999, 2 ** 31 - 1, 2 ** 31, 1.5, '1', ''])],
      ])();
    }
    case 'message':
      if (FREE_JSON_TYPES.has(slot.message.typeName)) return jsonValue(prng, maxHugeBytes);
      return prng.pick([{}, null, { [prng.pick(slot.message.fields.map((f) => f.name).concat('x'))]: null }]);
    case 'list':
      return prng.weighted<() => unknown>([
        [3, () => []],
        [3, () => Array.from({ length: prng.range(1, 5) }, () => slotValue(slot.element, prng, 64 * KIB))],
        [1, () => Array.from({ length: prng.range(100, 3_000) }, () => slotValue(slot.element, prng, 64))],
      ])();
    case 'map':
      return { [hostileString(prng, 4 * KIB)]: slotValue(slot.element, prng, 64 * KIB) };
  }
}

function scalarValue(scalar: ScalarType, prng: Prng, maxHugeBytes: number): unknown {
  switch (scalar) {
    case ScalarType.STRING:
      return hostileString(prng, maxHugeBytes);
    case ScalarType.BYTES:
      return prng.pick(['', 'AAAA', '!!not base64!!', Buffer.from(hostileString(prng, 64 * KIB)).toString('base64')]);
    case ScalarType.BOOL:
      return prng.pick([true, false, 'true', 1, 0]);
    default:
      return prng.chance(0.8) ? prng.pick(EXTREME_NUMBERS) : prng.pick(['1e400', '0x10', '12', ' 1', '-0']);
  }
}

/** A value for a Struct/Value field: objects with nasty keys and values, nesting, lists. */
function jsonValue(prng: Prng, maxHugeBytes: number): unknown {
  if (prng.chance(0.5)) return wrongTypedValue(prng, maxHugeBytes);
  const entries = Array.from({ length: prng.range(1, 6) }, () => [
    hostileString(prng, 256),
    wrongTypedValue(prng, 64 * KIB),
  ]);
  return Object.fromEntries(entries);
}

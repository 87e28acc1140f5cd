import type { DescEnum, DescField, DescMessage, ScalarType } from '@bufbuild/protobuf';
import type { DictPath } from './dict-paths';

/** Messages whose dict form is free JSON: inside them, any key is valid. */
export const FREE_JSON_TYPES = new Set([
  'google.protobuf.Struct',
  'google.protobuf.Value',
  'google.protobuf.ListValue',
]);

/** What one value in a request dict is in the schema. */
export type Slot =
  | { kind: 'scalar'; scalar: ScalarType }
  | { kind: 'enum'; enum: DescEnum }
  | { kind: 'message'; message: DescMessage }
  | { kind: 'list' | 'map'; element: Slot };

/** The schema slot of the value at `path`; undefined inside free JSON (Struct) or outside the schema. */
export function slotAt(desc: DescMessage, path: DictPath): Slot | undefined {
  let slot: Slot = { kind: 'message', message: desc };
  for (const key of path) {
    if (slot.kind === 'list' || slot.kind === 'map') {
      slot = slot.element;
      continue;
    }
    if (slot.kind !== 'message' || FREE_JSON_TYPES.has(slot.message.typeName)) return undefined;
    const field = slot.message.fields.find((f) => f.name === key || f.jsonName === key);
    if (!field) return undefined;
    slot = slotOfField(field);
  }
  return slot;
}

/** The schema message at `path`, when the value there is a schema message (not free JSON). */
export function messageAt(desc: DescMessage, path: DictPath): DescMessage | undefined {
  const slot = slotAt(desc, path);
  return slot?.kind === 'message' && !FREE_JSON_TYPES.has(slot.message.typeName) ? slot.message : undefined;
}

export function slotOfField(field: DescField): Slot {
  switch (field.fieldKind) {
    case 'scalar':
      return { kind: 'scalar', scalar: field.scalar };
    case 'enum':
      return { kind: 'enum', enum: field.enum };
    case 'message':
      return { kind: 'message', message: field.message };
    case 'list':
      return { kind: 'list', element: elementSlot(field.listKind, field) };
    case 'map':
      return { kind: 'map', element: elementSlot(field.mapKind, field) };
  }
}

function elementSlot(kind: 'scalar' | 'enum' | 'message', field: DescField): Slot {
  const f = field as unknown as { scalar: ScalarType; enum: DescEnum; message: DescMessage };
  if (kind === 'scalar') return { kind: 'scalar', scalar: f.scalar };
  if (kind === 'enum') return { kind: 'enum', enum: f.enum };
  return { kind: 'message', message: f.message };
}

import { toJson, type DescMessage, type Message, type Registry } from '@bufbuild/protobuf';

/**
 * `MessageToDict(message, preserving_proto_field_name=True)`, as the core reads
 * every response: proto field names, enum names, proto3 defaults omitted,
 * 64-bit integers as strings, Struct numbers as numbers.
 */
export function messageToDict(schema: DescMessage, message: Message, registry?: Registry): Record<string, unknown> {
  return toJson(schema, message, { useProtoFieldName: true, alwaysEmitImplicit: false, registry }) as Record<
    string,
    unknown
  >;
}

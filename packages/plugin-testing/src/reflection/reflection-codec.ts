import { BinaryReader, BinaryWriter, WireType } from '@bufbuild/protobuf/wire';

/** The three requests the Python core's reflection database sends. */
export type ReflectionQuery =
  | { kind: 'listServices' }
  | { kind: 'fileByFilename'; filename: string }
  | { kind: 'fileContainingSymbol'; symbol: string };

/** The `message_response` oneof of a ServerReflectionResponse, reduced to what the core reads. */
export type ReflectionAnswer =
  | { kind: 'files'; raw: Uint8Array[] }
  | { kind: 'services'; services: string[] }
  | { kind: 'error'; errorCode: number; errorMessage: string }
  | { kind: 'none' };

// Field numbers shared by grpc.reflection.v1alpha and grpc.reflection.v1.
const REQUEST_FILE_BY_FILENAME = 3;
const REQUEST_FILE_CONTAINING_SYMBOL = 4;
const REQUEST_LIST_SERVICES = 7;
const RESPONSE_FILE_DESCRIPTOR = 4;
const RESPONSE_ALL_EXTENSION_NUMBERS = 5;
const RESPONSE_LIST_SERVICES = 6;
const RESPONSE_ERROR = 7;

/** Encodes a ServerReflectionRequest. `host` is left empty, as grpcio-reflection does. */
export function encodeReflectionQuery(query: ReflectionQuery): Uint8Array {
  const writer = new BinaryWriter();
  switch (query.kind) {
    case 'listServices':
      // A set oneof member is written even when empty: `list_services = ""`.
      writer.tag(REQUEST_LIST_SERVICES, WireType.LengthDelimited).string('');
      break;
    case 'fileByFilename':
      writer.tag(REQUEST_FILE_BY_FILENAME, WireType.LengthDelimited).string(query.filename);
      break;
    case 'fileContainingSymbol':
      writer.tag(REQUEST_FILE_CONTAINING_SYMBOL, WireType.LengthDelimited).string(query.symbol);
      break;
  }
  return writer.finish();
}

/** Decodes a ServerReflectionResponse. As in protobuf, the last oneof member on the wire wins. */
export function decodeReflectionAnswer(bytes: Uint8Array): ReflectionAnswer {
  const reader = new BinaryReader(bytes);
  let answer: ReflectionAnswer = { kind: 'none' };
  while (reader.pos < reader.len) {
    const [field, wireType] = reader.tag();
    if (wireType !== WireType.LengthDelimited) {
      reader.skip(wireType);
      continue;
    }
    switch (field) {
      case RESPONSE_FILE_DESCRIPTOR: {
        const raw = readRepeatedBytes(reader.bytes(), 1);
        answer = answer.kind === 'files' ? { kind: 'files', raw: [...answer.raw, ...raw] } : { kind: 'files', raw };
        break;
      }
      case RESPONSE_LIST_SERVICES: {
        const services = readRepeatedBytes(reader.bytes(), 1).map((service) => readServiceName(service));
        answer =
          answer.kind === 'services'
            ? { kind: 'services', services: [...answer.services, ...services] }
            : { kind: 'services', services };
        break;
      }
      case RESPONSE_ERROR:
        answer = readError(reader.bytes());
        break;
      case RESPONSE_ALL_EXTENSION_NUMBERS:
        reader.bytes();
        answer = { kind: 'none' };
        break;
      default:
        reader.skip(wireType);
    }
  }
  return answer;
}

function readRepeatedBytes(message: Uint8Array, fieldNo: number): Uint8Array[] {
  const reader = new BinaryReader(message);
  const out: Uint8Array[] = [];
  while (reader.pos < reader.len) {
    const [field, wireType] = reader.tag();
    if (field === fieldNo && wireType === WireType.LengthDelimited) out.push(reader.bytes());
    else reader.skip(wireType);
  }
  return out;
}

function readServiceName(serviceResponse: Uint8Array): string {
  const reader = new BinaryReader(serviceResponse);
  let name = '';
  while (reader.pos < reader.len) {
    const [field, wireType] = reader.tag();
    if (field === 1 && wireType === WireType.LengthDelimited) name = reader.string();
    else reader.skip(wireType);
  }
  return name;
}

function readError(errorResponse: Uint8Array): ReflectionAnswer {
  const reader = new BinaryReader(errorResponse);
  let errorCode = 0;
  let errorMessage = '';
  while (reader.pos < reader.len) {
    const [field, wireType] = reader.tag();
    if (field === 1 && wireType === WireType.Varint) errorCode = reader.int32();
    else if (field === 2 && wireType === WireType.LengthDelimited) errorMessage = reader.string();
    else reader.skip(wireType);
  }
  return { kind: 'error', errorCode, errorMessage };
}

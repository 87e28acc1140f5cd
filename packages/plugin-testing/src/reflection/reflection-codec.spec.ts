import { fromBinary, fromJson, toBinary, toJson, type FileRegistry } from '@bufbuild/protobuf';
import { base64Encode } from '@bufbuild/protobuf/wire';
import { bufBuild, REFLECTION_PROTO_PATHS } from '../test-fixtures/descriptor-sets';
import { decodeReflectionAnswer, encodeReflectionQuery } from './reflection-codec';

// Checked against protobuf-es messages built from the repository's reflection.proto files.
let registry: FileRegistry;
beforeAll(() => {
  registry = bufBuild(REFLECTION_PROTO_PATHS).registry;
});

describe.each(['v1alpha', 'v1'])('reflection codec against grpc.reflection.%s', (version) => {
  const request = () => registry.getMessage(`grpc.reflection.${version}.ServerReflectionRequest`)!;
  const response = () => registry.getMessage(`grpc.reflection.${version}.ServerReflectionResponse`)!;
  const encodeResponse = (json: object) => toBinary(response(), fromJson(response(), json as never));

  it('encodes the three requests the core sends', () => {
    const decode = (bytes: Uint8Array) => toJson(request(), fromBinary(request(), bytes));
    expect(decode(encodeReflectionQuery({ kind: 'listServices' }))).toEqual({ listServices: '' });
    expect(decode(encodeReflectionQuery({ kind: 'fileByFilename', filename: 'a/b.proto' }))).toEqual({
      fileByFilename: 'a/b.proto',
    });
    expect(decode(encodeReflectionQuery({ kind: 'fileContainingSymbol', symbol: 'p.S' }))).toEqual({
      fileContainingSymbol: 'p.S',
    });
  });

  it('decodes service lists, files and errors', () => {
    const original = { listServices: '' };
    expect(
      decodeReflectionAnswer(
        encodeResponse({
          validHost: 'h',
          originalRequest: original,
          listServicesResponse: { service: [{ name: 'a.A' }, { name: 'b.B' }] },
        }),
      ),
    ).toEqual({
      kind: 'services',
      services: ['a.A', 'b.B'],
    });
    const files = [new Uint8Array([10, 1, 120]), new Uint8Array([])];
    expect(
      decodeReflectionAnswer(
        encodeResponse({ fileDescriptorResponse: { fileDescriptorProto: files.map((f) => base64Encode(f)) } }),
      ),
    ).toEqual({
      kind: 'files',
      raw: files,
    });
    expect(decodeReflectionAnswer(encodeResponse({ errorResponse: { errorCode: 5, errorMessage: 'nope' } }))).toEqual({
      kind: 'error',
      errorCode: 5,
      errorMessage: 'nope',
    });
    expect(decodeReflectionAnswer(encodeResponse({ validHost: 'h' }))).toEqual({ kind: 'none' });
  });
});

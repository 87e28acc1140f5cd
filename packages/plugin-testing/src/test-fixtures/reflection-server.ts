import {
  fromBinary,
  fromJson,
  toBinary,
  toJson,
  type DescMessage,
  type DescService,
  type JsonValue,
  type Message,
} from '@bufbuild/protobuf';
import { base64Encode } from '@bufbuild/protobuf/wire';
import { FileDescriptorProtoSchema, type FileDescriptorProto } from '@bufbuild/protobuf/wkt';
import {
  Server,
  ServerCredentials,
  status as GrpcStatus,
  type MethodDefinition,
  type ServerDuplexStream,
  type ServerUnaryCall,
  type ServerWritableStream,
  type ServiceDefinition,
  type UntypedServiceImplementation,
  type sendUnaryData,
} from '@grpc/grpc-js';
import type { BuiltSet } from './descriptor-sets';

/** A throwaway plugin server: reflection from buf-built descriptors served verbatim, handlers on dynamic messages. */
export interface FixtureOptions {
  plugin: BuiltSet;
  /** Schemas for grpc.reflection.*: the server side is independent of the client's hand-written codec. */
  reflectionProtos: BuiltSet;
  /** What list_services answers, in this order. */
  services: string[];
  reflection?: ('v1alpha' | 'v1')[];
  /** Answer file_containing_symbol with the file and its transitive imports (default), or the file alone. */
  withDependencies?: boolean;
  /** Files answered NOT_FOUND and left out of every response. */
  hideFiles?: string[];
  /** `Service.method` (short service name) -> handler. Unhandled methods answer UNIMPLEMENTED. */
  handlers?: Record<string, FixtureHandler>;
}

export interface ReceivedRequest {
  method: string;
  message: Message;
  /** The request decoded as the plugin sees it, with proto field names. */
  json: Record<string, unknown>;
  metadata: Record<string, unknown>;
  /** Settles when the client cancels the call. */
  cancelled: Promise<void>;
}

/** Unary: return the response JSON. Server-streaming: return an (async) iterable of response JSON. Throw StatusError to fail. */
export type FixtureHandler = (request: ReceivedRequest) => unknown;

export class StatusError extends Error {
  constructor(
    readonly code: GrpcStatus,
    readonly details: string,
  ) {
    super(details);
  }
}

export interface RunningFixture {
  endpoint: string;
  /** `list_services`, `file_containing_symbol:<symbol>`, `file_by_filename:<name>`, in arrival order. */
  reflectionRequests: string[];
  received: ReceivedRequest[];
  close(): Promise<void>;
}

export async function startFixtureServer(options: FixtureOptions): Promise<RunningFixture> {
  const server = new Server();
  const reflectionRequests: string[] = [];
  const received: ReceivedRequest[] = [];
  const files = indexFiles(options.plugin.raw, new Set(options.hideFiles ?? []));

  for (const version of options.reflection ?? ['v1alpha']) {
    const [definition, implementation] = reflectionService(version, options, files, reflectionRequests);
    server.addService(definition, implementation);
  }
  for (const name of options.services) {
    const service = options.plugin.registry.getService(name);
    if (service) server.addService(...pluginService(service, options.handlers ?? {}, received));
  }

  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (error, bound) =>
      error ? reject(error) : resolve(bound),
    ),
  );
  return {
    endpoint: `127.0.0.1:${port}`,
    reflectionRequests,
    received,
    close: () => new Promise<void>((resolve) => server.tryShutdown(() => resolve())).then(() => server.forceShutdown()),
  };
}

interface IndexedFile {
  raw: Uint8Array;
  proto: FileDescriptorProto;
}

function indexFiles(raw: Uint8Array[], hidden: Set<string>): Map<string, IndexedFile> {
  const files = new Map<string, IndexedFile>();
  for (const bytes of raw) {
    const proto = fromBinary(FileDescriptorProtoSchema, bytes);
    if (!hidden.has(proto.name)) files.set(proto.name, { raw: bytes, proto });
  }
  return files;
}

function reflectionService(
  version: 'v1alpha' | 'v1',
  options: FixtureOptions,
  files: Map<string, IndexedFile>,
  log: string[],
): [ServiceDefinition, UntypedServiceImplementation] {
  const registry = options.reflectionProtos.registry;
  const requestSchema = registry.getMessage(`grpc.reflection.${version}.ServerReflectionRequest`)!;
  const responseSchema = registry.getMessage(`grpc.reflection.${version}.ServerReflectionResponse`)!;

  const answer = (request: Record<string, JsonValue>): JsonValue => {
    const base = { validHost: '', originalRequest: request };
    const notFound = (what: string) => ({
      ...base,
      errorResponse: { errorCode: GrpcStatus.NOT_FOUND, errorMessage: `${what} not found` },
    });
    const send = (names: string[]) => ({
      ...base,
      fileDescriptorResponse: { fileDescriptorProto: names.map((n) => base64Encode(files.get(n)!.raw)) },
    });
    if ('listServices' in request) {
      log.push('list_services');
      return { ...base, listServicesResponse: { service: options.services.map((name) => ({ name })) } };
    }
    if (typeof request.fileByFilename === 'string') {
      log.push(`file_by_filename:${request.fileByFilename}`);
      return files.has(request.fileByFilename) ? send([request.fileByFilename]) : notFound(request.fileByFilename);
    }
    if (typeof request.fileContainingSymbol === 'string') {
      log.push(`file_containing_symbol:${request.fileContainingSymbol}`);
      const fileName = options.plugin.registry.get(request.fileContainingSymbol)?.file.proto.name;
      if (fileName === undefined || !files.has(fileName)) return notFound(request.fileContainingSymbol);
      return send(options.withDependencies === false ? [fileName] : withImports(fileName, files));
    }
    return { ...base, errorResponse: { errorCode: GrpcStatus.UNIMPLEMENTED, errorMessage: 'unsupported request' } };
  };

  const method: MethodDefinition<Message, Message> = {
    path: `/grpc.reflection.${version}.ServerReflection/ServerReflectionInfo`,
    requestStream: true,
    responseStream: true,
    requestSerialize: (m) => Buffer.from(toBinary(requestSchema, m)),
    requestDeserialize: (b) => fromBinary(requestSchema, b),
    responseSerialize: (m) => Buffer.from(toBinary(responseSchema, m)),
    responseDeserialize: (b) => fromBinary(responseSchema, b),
  };
  const handler = (call: ServerDuplexStream<Message, Message>) => {
    call.on('data', (request: Message) => {
      const json = toJson(requestSchema, request) as Record<string, JsonValue>;
      call.write(fromJson(responseSchema, answer(json)));
    });
    call.on('end', () => call.end());
    call.on('error', () => undefined);
  };
  return [{ ServerReflectionInfo: method }, { ServerReflectionInfo: handler }];
}

/** The file first, then every import it reaches that is served. */
function withImports(name: string, files: Map<string, IndexedFile>): string[] {
  const out: string[] = [];
  const visit = (n: string) => {
    const file = files.get(n);
    if (!file || out.includes(n)) return;
    out.push(n);
    file.proto.dependency.forEach(visit);
  };
  visit(name);
  return out;
}

function pluginService(
  service: DescService,
  handlers: Record<string, FixtureHandler>,
  received: ReceivedRequest[],
): [ServiceDefinition, UntypedServiceImplementation] {
  const definition: Record<string, MethodDefinition<Message, Message>> = {};
  const implementation: UntypedServiceImplementation = {};
  for (const method of service.methods) {
    const key = `${service.name}.${method.name}`;
    const streaming = method.methodKind === 'server_streaming';
    definition[method.name] = {
      path: `/${service.typeName}/${method.name}`,
      requestStream: false,
      responseStream: streaming,
      requestSerialize: (m: Message) => Buffer.from(toBinary(method.input, m)),
      requestDeserialize: (b: Buffer) => fromBinary(method.input, b),
      responseSerialize: (m: Message) => Buffer.from(toBinary(method.output, m)),
      responseDeserialize: (b: Buffer) => fromBinary(method.output, b),
    };
    const receive = (
      call: ServerUnaryCall<Message, Message> | ServerWritableStream<Message, Message>,
    ): ReceivedRequest => {
      const request: ReceivedRequest = {
        method: key,
        message: call.request,
        json: toJson(method.input, call.request, { useProtoFieldName: true }) as Record<string, unknown>,
        metadata: call.metadata.getMap(),
        cancelled: new Promise<void>((resolve) => call.on('cancelled', () => resolve())),
      };
      received.push(request);
      return request;
    };
    implementation[method.name] = streaming
      ? async (call: ServerWritableStream<Message, Message>) => {
          try {
            const handler = handlers[key] ?? unimplemented;
            for await (const item of (await handler(receive(call))) as AsyncIterable<JsonValue>) {
              if (call.cancelled) return;
              call.write(toMessage(method.output, item));
            }
            call.end();
          } catch (error) {
            call.emit('error', toStatus(error));
          }
        }
      : async (call: ServerUnaryCall<Message, Message>, callback: sendUnaryData<Message>) => {
          try {
            const handler = handlers[key] ?? unimplemented;
            callback(null, toMessage(method.output, (await handler(receive(call))) as JsonValue));
          } catch (error) {
            callback(toStatus(error));
          }
        };
  }
  return [definition, implementation];
}

function toMessage(schema: DescMessage, json: JsonValue): Message {
  return fromJson(schema, json ?? {});
}

function toStatus(error: unknown): { code: GrpcStatus; details: string } {
  if (error instanceof StatusError) return { code: error.code, details: error.details };
  return { code: GrpcStatus.UNKNOWN, details: error instanceof Error ? error.message : String(error) };
}

const unimplemented: FixtureHandler = () => {
  throw new StatusError(GrpcStatus.UNIMPLEMENTED, 'not implemented by the fixture');
};

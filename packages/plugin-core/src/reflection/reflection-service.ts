import type { ServerDuplexStream, UntypedServiceImplementation } from '@grpc/grpc-js';
import { status as GrpcStatus } from '@grpc/grpc-js';
import { RejectedRequest } from '../server/guarded-deserialize';
import { toGrpcError } from '../errors/to-grpc-error';
import type { DescriptorIndex } from './descriptor-index';

/** The request/response shapes shared by grpc.reflection.v1alpha and v1 (same fields and numbers). */
interface ReflectionRequest {
  host?: string;
  file_by_filename?: string | undefined;
  file_containing_symbol?: string | undefined;
  file_containing_extension?: unknown;
  all_extension_numbers_of_type?: string | undefined;
  list_services?: string | undefined;
}

interface ReflectionResponse {
  valid_host?: string;
  original_request?: ReflectionRequest;
  file_descriptor_response?: { file_descriptor_proto?: Uint8Array[] };
  list_services_response?: { service?: { name?: string }[] };
  error_response?: { error_code?: number; error_message?: string };
}

/**
 * gRPC server reflection answering from the plugin's DescriptorIndex. Files are
 * sent once per stream, with their transitive imports, as the Python core's
 * ProtoReflectionDescriptorDatabase expects. Unknown names answer NOT_FOUND (5):
 * any other code trips an assertion in that client. Every stream ends with an
 * answer or an error: an undecodable message ends it with INVALID_ARGUMENT.
 */
export interface ReflectionStreams {
  handlers: UntypedServiceImplementation;
  /** Ends every open reflection stream (they are idle between requests) and refuses new ones: used by drain. */
  closeAll(): void;
}

export function reflectionHandlers(index: DescriptorIndex, listedServices: readonly string[]): ReflectionStreams {
  const open = new Set<ServerDuplexStream<ReflectionRequest, ReflectionResponse>>();
  let closed = false;
  const handlers: UntypedServiceImplementation = {
    serverReflectionInfo(call: ServerDuplexStream<ReflectionRequest, ReflectionResponse>) {
      if (closed) return call.emit('error', { code: GrpcStatus.UNAVAILABLE, details: 'the plugin is shutting down' });
      open.add(call);
      const sent = new Set<string>();
      const finish = () => open.delete(call);
      call.on('data', (request: ReflectionRequest | RejectedRequest) => {
        if (!open.has(call)) return;
        if (request instanceof RejectedRequest) {
          // A message that does not decode ends the stream with an error, after the answers already written.
          finish();
          const { code, details } = toGrpcError(request.error);
          call.emit('error', { code, details });
          return;
        }
        call.write(answer(request, index, listedServices, sent));
      });
      call.on('end', () => {
        if (open.has(call)) call.end();
        finish();
      });
      call.on('error', finish);
      call.on('cancelled', finish);
    },
  };
  return {
    handlers,
    closeAll() {
      closed = true;
      for (const call of open) call.end();
      open.clear();
    },
  };
}

function answer(
  request: ReflectionRequest,
  index: DescriptorIndex,
  listedServices: readonly string[],
  sent: Set<string>,
): ReflectionResponse {
  const base: ReflectionResponse = { valid_host: request.host ?? '', original_request: request };
  const files = (name: string | undefined): ReflectionResponse => {
    const found = name === undefined ? undefined : index.fileWithDependencies(name);
    if (!found) return notFound(base, `file not found: ${name}`);
    const fresh = found.filter((f, i) => i === 0 || !sent.has(f.name));
    fresh.forEach((f) => sent.add(f.name));
    return { ...base, file_descriptor_response: { file_descriptor_proto: fresh.map((f) => f.raw) } };
  };

  if (request.list_services !== undefined) {
    return { ...base, list_services_response: { service: listedServices.map((name) => ({ name })) } };
  }
  if (request.file_by_filename !== undefined) return files(request.file_by_filename);
  if (request.file_containing_symbol !== undefined) {
    const file = index.fileContainingSymbol(request.file_containing_symbol);
    return file ? files(file) : notFound(base, `symbol not found: ${request.file_containing_symbol}`);
  }
  if (request.file_containing_extension !== undefined) return notFound(base, 'no extensions are defined');
  if (request.all_extension_numbers_of_type !== undefined) return notFound(base, 'no extensions are defined');
  return {
    ...base,
    error_response: { error_code: GrpcStatus.UNIMPLEMENTED, error_message: 'unsupported reflection request' },
  };
}

function notFound(base: ReflectionResponse, message: string): ReflectionResponse {
  return { ...base, error_response: { error_code: GrpcStatus.NOT_FOUND, error_message: message } };
}

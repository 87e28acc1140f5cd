import { create, createFileRegistry, type FileRegistry } from '@bufbuild/protobuf';
import { FileDescriptorSetSchema } from '@bufbuild/protobuf/wkt';
import { status as GrpcStatus, type Client } from '@grpc/grpc-js';
import { ConnectError } from '../errors/connect-error';
import { ReflectedDescriptors } from '../reflection/reflected-descriptors';
import { ReflectionClient, type ReflectionVersion } from '../reflection/reflection-client';

export interface ReflectedApi {
  /** Full service names in the order list_services gave them. */
  services: string[];
  /** Built only from the FileDescriptorProtos the server sent. */
  registry: FileRegistry;
}

/**
 * The reflection phase of the core's GRPCClient: list_services, then resolve
 * every listed service (file_containing_symbol + file_by_filename for missing
 * imports), then build the descriptors. Any failure is a ConnectError, as the
 * core turns it into ERROR_GRPC_CONNECTION.
 */
export async function reflectServices(
  client: Client,
  version: ReflectionVersion,
  endpoint: string,
): Promise<ReflectedApi> {
  const reflection = new ReflectionClient(client, version);
  const where = `(endpoint = ${endpoint}, reflection = grpc.reflection.${version})`;

  let services: string[];
  try {
    services = await reflection.listServices();
  } catch (error) {
    throw new ConnectError(`Reflection list_services failed: ${describe(error)} ${where}`, { cause: error });
  }

  const descriptors = new ReflectedDescriptors(reflection);
  for (const service of services) {
    try {
      await descriptors.resolveService(service);
    } catch (error) {
      throw new ConnectError(`Reflection cannot resolve service "${service}": ${describe(error)} ${where}`, {
        cause: error,
      });
    }
  }

  let registry: FileRegistry;
  try {
    registry = createFileRegistry(create(FileDescriptorSetSchema, { file: descriptors.files() }));
  } catch (error) {
    throw new ConnectError(`Reflected descriptors do not build: ${describe(error)} ${where}`, { cause: error });
  }
  for (const service of services) {
    if (!registry.getService(service)) {
      throw new ConnectError(`Reflection lists "${service}", but no reflected file defines it as a service ${where}`);
    }
  }
  return { services, registry };
}

function describe(error: unknown): string {
  const e = error as { code?: unknown; details?: unknown; message?: unknown };
  if (typeof e?.code === 'number' && typeof e.details === 'string') {
    return `${(GrpcStatus as unknown as Record<number, string>)[e.code] ?? e.code}: ${e.details}`;
  }
  return error instanceof Error ? error.message : String(error);
}

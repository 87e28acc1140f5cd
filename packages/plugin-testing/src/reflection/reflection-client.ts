import { fromBinary } from '@bufbuild/protobuf';
import { FileDescriptorProtoSchema, type FileDescriptorProto } from '@bufbuild/protobuf/wkt';
import { Client, Metadata, credentials, type ServiceError } from '@grpc/grpc-js';
import { parseEndpoint } from '../endpoint/parse-endpoint';
import {
  decodeReflectionAnswer,
  encodeReflectionQuery,
  type ReflectionAnswer,
  type ReflectionQuery,
} from './reflection-codec';
import { NOT_FOUND, ReflectionError, ReflectionNotFoundError } from './reflection-errors';

export type ReflectionVersion = 'v1alpha' | 'v1';

export interface ReflectedFiles {
  /** Each `file_descriptor_proto` exactly as the server sent it. */
  raw: Uint8Array[];
  files: FileDescriptorProto[];
}

/** The core waits for reflection without a deadline; a test should not hang forever. */
const REFLECTION_DEADLINE_MS = 10_000;

/**
 * Raw server reflection, the way grpcio-reflection's ProtoReflectionDescriptorDatabase
 * talks: one ServerReflectionInfo stream per request, one request written, the
 * stream half-closed, the first response read.
 */
export class ReflectionClient {
  private readonly client: Client;
  private readonly ownsClient: boolean;
  private readonly path: string;

  /** `endpoint` may be an open grpc-js Client to share its channel (then close() leaves it open). */
  constructor(endpoint: string | Client, version: ReflectionVersion = 'v1alpha') {
    if (typeof endpoint === 'string') {
      const { address, tls } = parseEndpoint(endpoint);
      this.client = new Client(address, tls ? credentials.createSsl() : credentials.createInsecure());
      this.ownsClient = true;
    } else {
      this.client = endpoint;
      this.ownsClient = false;
    }
    this.path = `/grpc.reflection.${version}.ServerReflection/ServerReflectionInfo`;
  }

  async listServices(): Promise<string[]> {
    const answer = await this.ask({ kind: 'listServices' }, 'list_services');
    // Like the Python client, a response of another kind reads as an empty list.
    return answer.kind === 'services' ? answer.services : [];
  }

  fileContainingSymbol(symbol: string): Promise<ReflectedFiles> {
    return this.files({ kind: 'fileContainingSymbol', symbol }, `file_containing_symbol "${symbol}"`);
  }

  fileByFilename(filename: string): Promise<ReflectedFiles> {
    return this.files({ kind: 'fileByFilename', filename }, `file_by_filename "${filename}"`);
  }

  close(): void {
    if (this.ownsClient) this.client.close();
  }

  private async files(query: ReflectionQuery, label: string): Promise<ReflectedFiles> {
    const answer = await this.ask(query, label);
    const raw = answer.kind === 'files' ? answer.raw : [];
    return { raw, files: raw.map((bytes) => fromBinary(FileDescriptorProtoSchema, bytes)) };
  }

  private ask(query: ReflectionQuery, label: string): Promise<ReflectionAnswer> {
    return new Promise((resolve, reject) => {
      let settled = false;
      const call = this.client.makeBidiStreamRequest<Uint8Array, ReflectionAnswer>(
        this.path,
        (bytes) => Buffer.from(bytes),
        (bytes) => decodeReflectionAnswer(bytes),
        new Metadata(),
        { deadline: Date.now() + REFLECTION_DEADLINE_MS },
      );
      const settle = (fn: () => void) => {
        if (settled) return;
        settled = true;
        fn();
        // Only the first response matters; drop the rest of the stream.
        call.cancel();
      };
      call.on('data', (answer: ReflectionAnswer) =>
        settle(() => {
          if (answer.kind !== 'error') resolve(answer);
          else if (answer.errorCode === NOT_FOUND)
            reject(new ReflectionNotFoundError(answer.errorCode, answer.errorMessage, label));
          else reject(new ReflectionError(answer.errorCode, answer.errorMessage, label));
        }),
      );
      call.on('error', (error: ServiceError) => settle(() => reject(error)));
      call.on('end', () => settle(() => reject(new Error(`reflection ${label}: stream ended without a response`))));
      call.write(encodeReflectionQuery(query));
      call.end();
    });
  }
}

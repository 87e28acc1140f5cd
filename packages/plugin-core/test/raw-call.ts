import { Client, credentials, Metadata, type ServiceError } from '@grpc/grpc-js';

export interface RawAnswer {
  code: number;
  details: string;
}

/**
 * Sends bytes as they are, as a broken or hostile client would (no generated
 * serializer), optionally gzip-compressed by grpc-js; resolves with the status.
 * Plugins' tests use plugin-testing's `rawUnary`, the same; plugin-core's own tests
 * cannot import it (plugin-testing depends on plugin-core).
 */
export function rawUnary(
  endpoint: string,
  path: string,
  bytes: Buffer,
  opts: { gzip?: boolean; deadlineMs?: number } = {},
): Promise<RawAnswer> {
  const client = new Client(endpoint, credentials.createInsecure(), {
    'grpc.max_send_message_length': -1,
    ...(opts.gzip ? { 'grpc.default_compression_algorithm': 2 } : {}),
  });
  const identity = (b: Buffer) => b;
  return new Promise<RawAnswer>((resolve) => {
    client.makeUnaryRequest(
      path,
      identity,
      identity,
      bytes,
      new Metadata(),
      { deadline: Date.now() + (opts.deadlineMs ?? 20_000) },
      (err: ServiceError | null) => resolve(err ? { code: err.code, details: err.details } : { code: 0, details: '' }),
    );
  }).finally(() => client.close());
}

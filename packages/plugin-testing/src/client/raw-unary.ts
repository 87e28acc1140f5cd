import { Client, credentials, Metadata, type ServiceError } from '@grpc/grpc-js';

/** The status a raw call ended with (code 0 and empty details when it succeeded). */
export interface RawAnswer {
  code: number;
  details: string;
}

/**
 * Sends request bytes as they are, as a broken or hostile client would (no generated serializer,
 * no send limit), optionally gzip-compressed by grpc-js; resolves with the status, never rejects.
 */
export function rawUnary(
  endpoint: string,
  path: string,
  bytes: Uint8Array,
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
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      new Metadata(),
      { deadline: Date.now() + (opts.deadlineMs ?? 20_000) },
      (err: ServiceError | null) => resolve(err ? { code: err.code, details: err.details } : { code: 0, details: '' }),
    );
  }).finally(() => client.close());
}

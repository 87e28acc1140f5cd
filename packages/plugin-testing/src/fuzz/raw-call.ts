import { Metadata, type Client } from '@grpc/grpc-js';
import { DEFAULT_METADATA, toMetadata } from '../client/call-options';
import { CoreCallError } from '../errors/core-call-error';

/**
 * One unary call with the request bytes as given, and the core's metadata (`token: NO_TOKEN`).
 * `readResponse` reads the answer's bytes (the core's MessageToDict); a throw there fails the
 * call as the core's would. Without it the answer is not read.
 */
export function rawUnaryCall(
  client: Client,
  path: string,
  bytes: Uint8Array,
  timeoutMs: number,
  readResponse: (bytes: Buffer) => unknown = () => undefined,
): Promise<void> {
  const metadata: Metadata = toMetadata(DEFAULT_METADATA);
  return new Promise((resolve, reject) => {
    client.makeUnaryRequest<Uint8Array, unknown>(
      path,
      (b) => Buffer.from(b),
      (b) => readResponse(b) ?? {},
      bytes,
      metadata,
      { deadline: Date.now() + timeoutMs },
      (error) => (error ? reject(CoreCallError.fromServiceError(error, path)) : resolve()),
    );
  });
}

import { Metadata, status as GrpcStatus } from '@grpc/grpc-js';
import { CoreCallError } from '../errors/core-call-error';

export interface CallOptions {
  /** gRPC metadata. Default `{ token: 'NO_TOKEN' }`, what the core sends to most plugins. Pass `{}` for none. */
  metadata?: Record<string, string>;
  /** Deadline. Default 180 000 ms for unary calls (the core's `timeout or 180`), none for streams. */
  timeoutMs?: number;
  /** Cancels the call; it then fails with CoreCallError CANCELLED. */
  signal?: AbortSignal;
}

export const DEFAULT_UNARY_TIMEOUT_MS = 180_000;
export const DEFAULT_METADATA: Readonly<Record<string, string>> = { token: 'NO_TOKEN' };

export function toMetadata(entries: Record<string, string> = DEFAULT_METADATA): Metadata {
  const metadata = new Metadata();
  for (const [key, value] of Object.entries(entries)) metadata.set(key, value);
  return metadata;
}

export function cancelledBeforeStart(method: string): CoreCallError {
  return new CoreCallError({ code: GrpcStatus.CANCELLED, details: 'Cancelled before the call started', method });
}

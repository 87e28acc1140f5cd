import { fromBinary, toBinary, type DescMethod, type Message, type Registry } from '@bufbuild/protobuf';
import type { Client } from '@grpc/grpc-js';
import { CoreCallError } from '../errors/core-call-error';
import { messageToDict } from '../json/message-to-dict';
import { DEFAULT_UNARY_TIMEOUT_MS, cancelledBeforeStart, toMetadata, type CallOptions } from './call-options';
import { methodPath } from './method-path';

/** One unary call; the response read with MessageToDict, a non-OK status turned into CoreCallError. */
export function unaryCall(
  client: Client,
  method: DescMethod,
  request: Message,
  label: string,
  opts: CallOptions,
  registry: Registry,
): Promise<Record<string, unknown>> {
  const { signal } = opts;
  if (signal?.aborted) return Promise.reject(cancelledBeforeStart(label));
  return new Promise((resolve, reject) => {
    const onAbort = () => call.cancel();
    const call = client.makeUnaryRequest<Message, Message>(
      methodPath(method),
      (message) => Buffer.from(toBinary(method.input, message)),
      (bytes) => fromBinary(method.output, bytes),
      request,
      toMetadata(opts.metadata),
      { deadline: Date.now() + (opts.timeoutMs ?? DEFAULT_UNARY_TIMEOUT_MS) },
      (error, response) => {
        signal?.removeEventListener('abort', onAbort);
        if (error || !response) reject(CoreCallError.fromServiceError(error, label));
        else resolve(messageToDict(method.output, response, registry));
      },
    );
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

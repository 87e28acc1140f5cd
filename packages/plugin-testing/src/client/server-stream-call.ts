import { fromBinary, toBinary, type DescMethod, type Message, type Registry } from '@bufbuild/protobuf';
import type { Client } from '@grpc/grpc-js';
import { CoreCallError } from '../errors/core-call-error';
import { messageToDict } from '../json/message-to-dict';
import { cancelledBeforeStart, toMetadata, type CallOptions } from './call-options';
import { methodPath } from './method-path';

/**
 * Starts a server-streaming call at once (as the core's stub does) and yields
 * each message as MessageToDict. Messages received before a failing status are
 * yielded first; then the CoreCallError is thrown. Listeners are attached up
 * front because grpc-js ends the stream before emitting its error, so a reader
 * that starts late would otherwise miss the failure.
 */
export function serverStreamCall(
  client: Client,
  method: DescMethod,
  request: Message,
  label: string,
  opts: CallOptions,
  registry: Registry,
): AsyncIterable<Record<string, unknown>> {
  const { signal } = opts;
  if (signal?.aborted) throw cancelledBeforeStart(label);
  const call = client.makeServerStreamRequest<Message, Message>(
    methodPath(method),
    (message) => Buffer.from(toBinary(method.input, message)),
    (bytes) => fromBinary(method.output, bytes),
    request,
    toMetadata(opts.metadata),
    opts.timeoutMs === undefined ? {} : { deadline: Date.now() + opts.timeoutMs },
  );

  const received: Message[] = [];
  let ended = false;
  let failure: unknown;
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  const onAbort = () => call.cancel();
  call.on('data', (message: Message) => {
    received.push(message);
    notify();
  });
  call.on('error', (error: unknown) => {
    failure = error;
    notify();
  });
  call.on('end', () => {
    ended = true;
    notify();
  });
  signal?.addEventListener('abort', onAbort, { once: true });

  return (async function* () {
    try {
      for (;;) {
        const next = received.shift();
        if (next) yield messageToDict(method.output, next, registry);
        else if (ended) {
          if (failure !== undefined) throw CoreCallError.fromServiceError(failure, label);
          return;
        } else await new Promise<void>((resolve) => (wake = resolve));
      }
    } finally {
      signal?.removeEventListener('abort', onAbort);
      if (!ended) call.cancel();
    }
  })();
}

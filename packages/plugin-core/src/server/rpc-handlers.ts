import {
  status as GrpcStatus,
  type Metadata,
  type sendUnaryData,
  type ServerUnaryCall,
  type ServerWritableStream,
} from '@grpc/grpc-js';
import { performance } from 'node:perf_hooks';
import { toGrpcError, toPluginError } from '../errors/to-grpc-error';
import { notImplemented, PluginError } from '../errors/plugin-error';
import { collectSecrets } from '../logging/collect-secrets';
import type { Logger } from '../logging/logger';
import { secrets } from '../logging/secret-registry';
import type { CallContext, MethodDefinition } from './plugin-definition';
import type { InFlight } from './in-flight';

export interface RpcEnvironment {
  log: Logger;
  secretKeys: readonly string[];
  inFlight: InFlight;
}

type AnyHandler = (request: unknown, ctx: CallContext) => unknown;

/** Wraps a plugin handler into a grpc-js unary or server-streaming handler. */
export function wrapHandler(
  method: string,
  definition: MethodDefinition,
  handler: AnyHandler | undefined,
  env: RpcEnvironment,
) {
  const impl: AnyHandler =
    handler ?? (definition.responseStream ? missingStream : () => Promise.reject(notImplemented()));
  return definition.responseStream ? streamHandler(method, impl, env) : unaryHandler(method, impl, env);
}

/** A served stream method without a handler: the caller gets UNIMPLEMENTED, as for a unary one. */
function missingStream(): AsyncIterable<never> {
  return {
    [Symbol.asyncIterator]() {
      throw notImplemented();
    },
  };
}

function unaryHandler(method: string, handler: AnyHandler, env: RpcEnvironment) {
  return (call: ServerUnaryCall<unknown, unknown>, callback: sendUnaryData<unknown>) => {
    const rpc = beginRpc(method, call.request, call.metadata, env, call);
    Promise.resolve()
      .then(() => handler(call.request, rpc.ctx))
      .then(
        (response) => {
          callback(null, response ?? {});
          rpc.finish();
        },
        (err: unknown) => {
          const error = toPluginError(err);
          callback(toGrpcError(error));
          rpc.finish(error, err);
        },
      );
  };
}

function streamHandler(method: string, handler: AnyHandler, env: RpcEnvironment) {
  return async (call: ServerWritableStream<unknown, unknown>) => {
    const rpc = beginRpc(method, call.request, call.metadata, env, call);
    let sent = 0;
    try {
      const stream = handler(call.request, rpc.ctx) as AsyncIterable<unknown>;
      for await (const item of stream) {
        if (rpc.ctx.signal.aborted) break;
        sent++;
        if (!call.write(item)) await drained(call, rpc.ctx.signal);
      }
      if (!rpc.ctx.signal.aborted) call.end();
      rpc.finish(undefined, undefined, { sent });
    } catch (err) {
      const error = toPluginError(err);
      if (!rpc.ctx.signal.aborted) call.emit('error', toGrpcError(error));
      rpc.finish(error, err, { sent });
    }
  };
}

interface CancellableCall {
  on(event: 'cancelled', listener: () => void): unknown;
}

function beginRpc(method: string, request: unknown, metadata: Metadata, env: RpcEnvironment, call: CancellableCall) {
  const started = performance.now();
  const controller = new AbortController();
  call.on('cancelled', () =>
    controller.abort(new PluginError('ERROR_CANCELLED', 'The call was cancelled.', GrpcStatus.CANCELLED)),
  );
  const token = metadata.get('token')[0];
  const release = secrets.hold([
    ...collectSecrets(request, env.secretKeys),
    ...(typeof token === 'string' && token !== 'NO_TOKEN' ? [token] : []),
  ]);
  const untrack = env.inFlight.track(controller);
  const log = env.log.child({ rpc: method });
  const ctx: CallContext = { signal: controller.signal, log, metadata, method };

  const finish = (error?: PluginError, thrown?: unknown, extra: Record<string, unknown> = {}) => {
    const duration_ms = Math.round((performance.now() - started) * 100) / 100;
    if (!error) {
      log.info({ ...extra, duration_ms, code: controller.signal.aborted ? 'CANCELLED' : 'OK' }, 'rpc done');
    } else {
      const fields = {
        ...extra,
        duration_ms,
        code: GrpcStatus[error.status],
        error_code: error.code,
        error: error.message,
      };
      if (error.status === GrpcStatus.INTERNAL || error.status === GrpcStatus.UNKNOWN) {
        // The caller gets the message only; operators get the stack too (still redacted).
        log.error(
          { ...fields, stack: thrown instanceof Error && !(thrown instanceof PluginError) ? thrown.stack : undefined },
          'rpc failed',
        );
      } else {
        log.warn(fields, 'rpc failed');
      }
    }
    untrack();
    release();
  };
  return { ctx, finish };
}

function drained(call: ServerWritableStream<unknown, unknown>, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      call.off('drain', done);
      signal.removeEventListener('abort', done);
      resolve();
    };
    call.once('drain', done);
    signal.addEventListener('abort', done, { once: true });
  });
}

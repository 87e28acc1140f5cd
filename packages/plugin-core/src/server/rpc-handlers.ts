import {
  status as GrpcStatus,
  type Metadata,
  type sendUnaryData,
  type ServerUnaryCall,
  type ServerWritableStream,
} from '@grpc/grpc-js';
import { performance } from 'node:perf_hooks';
import { toGrpcError, toPluginError } from '../errors/to-grpc-error';
import { notImplemented, PluginError, requestTimeout } from '../errors/plugin-error';
import { collectSecrets } from '../logging/collect-secrets';
import type { Logger } from '../logging/logger';
import { secrets } from '../logging/secret-registry';
import type { CallContext, MethodDefinition } from './plugin-definition';
import type { InFlight } from './in-flight';
import { CallAbort } from './call-abort';
import { RpcContext } from './rpc-context';
import { RejectedRequest, releaseRequest } from './guarded-deserialize';
import { streamEncoder } from './stream-encoder';
import { StreamWriter } from './stream-writer';
import type { RpcTrace, RpcTracing } from '../tracing/rpc-tracing';

export interface RpcEnvironment {
  log: Logger;
  secretKeys: readonly string[];
  inFlight: InFlight;
  tracing: RpcTracing;
  /** True once shutdown has started: new calls are turned away. */
  draining(): boolean;
}

/**
 * The answer to a call that arrives while the plugin drains. Deliberately without an
 * ERROR_ code: the core retries UNAVAILABLE only when the details do not start with
 * ERROR_, and a retry reaches a pod that is not shutting down.
 */
export const DRAINING_STATUS = { code: GrpcStatus.UNAVAILABLE, details: 'the plugin is shutting down; call again' };

type AnyHandler = (request: unknown, ctx: CallContext) => unknown;

/** What an RPC is called: "Notification.dispatch" as the core names it, and its full service name. */
interface RpcName {
  method: string;
  service: string;
}

/** Wraps a plugin handler into a grpc-js unary or server-streaming handler. */
export function wrapHandler(
  method: string,
  definition: MethodDefinition,
  handler: AnyHandler | undefined,
  env: RpcEnvironment,
) {
  const impl: AnyHandler =
    handler ?? (definition.responseStream ? missingStream : () => Promise.reject(notImplemented()));
  const name = { method, service: definition.path.split('/')[1] };
  return definition.responseStream ? streamHandler(name, impl, definition, env) : unaryHandler(name, impl, env);
}

/** A served stream method without a handler: the caller gets UNIMPLEMENTED, as for a unary one. */
function missingStream(): AsyncIterable<never> {
  return {
    [Symbol.asyncIterator]() {
      throw notImplemented();
    },
  };
}

function unaryHandler(name: RpcName, handler: AnyHandler, env: RpcEnvironment) {
  return (call: ServerUnaryCall<unknown, unknown>, callback: sendUnaryData<unknown>) => {
    if (env.draining()) {
      releaseRequest(call.request);
      return callback(DRAINING_STATUS);
    }
    const rpc = beginRpc(name, call.request, call.metadata, env, call);
    rpc.trace
      .run(() => Promise.resolve().then(() => handler(admitted(call.request), rpc.ctx)))
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

function streamHandler(name: RpcName, handler: AnyHandler, definition: MethodDefinition, env: RpcEnvironment) {
  return async (call: ServerWritableStream<unknown, unknown>) => {
    if (env.draining()) {
      releaseRequest(call.request);
      return call.emit('error', DRAINING_STATUS);
    }
    const rpc = beginRpc(name, call.request, call.metadata, env, call);
    let sent = 0;
    const writer = new StreamWriter(call, streamEncoder(definition), rpc.ctx.signal);
    try {
      // The whole loop runs in the RPC's trace context: the handler's work between items is its child.
      await rpc.trace.run(async () => {
        const stream = handler(admitted(call.request), rpc.ctx) as AsyncIterable<unknown>;
        for await (const item of stream) {
          if (rpc.aborted()) break;
          sent++;
          await writer.write(item);
        }
      });
      if (!rpc.aborted()) call.end();
      rpc.finish(undefined, undefined, { sent });
    } catch (err) {
      const error = toPluginError(err);
      if (!rpc.aborted()) call.emit('error', toGrpcError(error));
      rpc.finish(error, err, { sent });
    }
  };
}

/** The abort reason of a call that has been answered: one shared object, no stack captured per call. */
const CALL_ENDED = new PluginError('ERROR_CANCELLED', 'The call has ended.', GrpcStatus.CANCELLED);

/** setTimeout fires at once for longer delays. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** The request, or the error its decoder recorded instead (too large for the memory budget, undecodable). */
function admitted(request: unknown): unknown {
  if (request instanceof RejectedRequest) throw request.error;
  return request;
}

interface CancellableCall {
  on(event: 'cancelled', listener: () => void): unknown;
  off(event: 'cancelled', listener: () => void): unknown;
  getDeadline(): Date | number;
}

function beginRpc(
  { method, service }: RpcName,
  request: unknown,
  metadata: Metadata,
  env: RpcEnvironment,
  call: CancellableCall,
) {
  const started = performance.now();
  const controller = new CallAbort();
  const onCancelled = () =>
    controller.abort(new PluginError('ERROR_CANCELLED', 'The call was cancelled.', GrpcStatus.CANCELLED));
  call.on('cancelled', onCancelled);
  const token = metadata.get('token')[0];
  const release = secrets.hold([
    ...collectSecrets(request, env.secretKeys),
    ...(typeof token === 'string' && token !== 'NO_TOKEN' ? [token] : []),
  ]);
  const untrack = env.inFlight.track(controller);
  const deadline = deadlineOf(call);
  // grpc-js answers DEADLINE_EXCEEDED itself; this makes the handler's outbound work stop too.
  const timeLeft = deadline === undefined ? Infinity : Math.max(0, deadline - Date.now());
  const deadlineTimer =
    timeLeft <= MAX_TIMER_MS ? setTimeout(() => controller.abort(requestTimeout()), timeLeft) : undefined;
  const trace: RpcTrace = env.tracing.startRpc(method, service, metadata);
  const bindings = { rpc: method, ...trace.logBindings };
  const ctx: CallContext = new RpcContext(controller, env.log, bindings, metadata, method, deadline);

  const finish = (error?: PluginError, thrown?: unknown, extra: Record<string, unknown> = {}) => {
    // grpc-js emits 'cancelled' whenever the stream closes, also after the answer was sent; building a
    // fresh PluginError (with its stack) for every answered call is measurable on the webhook path.
    call.off('cancelled', onCancelled);
    const duration_ms = Math.round((performance.now() - started) * 100) / 100;
    if (!error) {
      // the plugin's logger with the call's bindings in the line: the same line as the call's child
      // logger writes, without making that child for a handler that never logs
      env.log.info({ ...bindings, ...extra, duration_ms, code: controller.aborted ? 'CANCELLED' : 'OK' }, 'rpc done');
    } else {
      const fields = {
        ...bindings,
        ...extra,
        duration_ms,
        code: GrpcStatus[error.status],
        error_code: error.code,
        error: error.message,
      };
      if (error.status === GrpcStatus.INTERNAL || error.status === GrpcStatus.UNKNOWN) {
        // The caller gets the message only; operators get the stack too (still redacted).
        env.log.error(
          { ...fields, stack: thrown instanceof Error && !(thrown instanceof PluginError) ? thrown.stack : undefined },
          'rpc failed',
        );
      } else {
        env.log.warn(fields, 'rpc failed');
      }
    }
    trace.end(
      error
        ? { grpcStatus: error.status, errorCode: error.code, message: error.message }
        : { grpcStatus: controller.aborted ? GrpcStatus.CANCELLED : GrpcStatus.OK },
    );
    clearTimeout(deadlineTimer);
    untrack();
    release();
    releaseRequest(request);
    // Work the handler left running (a merged stream's other sources, a late fetch) ends with the call.
    controller.abort(CALL_ENDED);
  };
  return { ctx, trace, finish, aborted: () => controller.aborted };
}

/** The caller's deadline in epoch ms, or undefined when it set none (server streams from the core). */
function deadlineOf(call: CancellableCall): number | undefined {
  const deadline = call.getDeadline();
  const ms = deadline instanceof Date ? deadline.getTime() : deadline;
  return Number.isFinite(ms) ? ms : undefined;
}

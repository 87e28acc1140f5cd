// Test support (not exported): a tiny notification protocol on plugin-core, with one
// defect switched on per test, to show that the fuzz harness reports it.
import {
  createLogger,
  definePlugin,
  GrpcStatus,
  implement,
  PluginError,
  requireKeys,
  startServer,
  type CallContext,
  type RunningPlugin,
} from '@cloudforet/plugin-core';
import { NotificationService } from '@cloudforet/api/gen/spaceone/api/notification/plugin/notification';
import { ProtocolService } from '@cloudforet/api/gen/spaceone/api/notification/plugin/protocol';
import { LogCapture } from '../../secrets/log-capture';
import type { FuzzRpc } from '../fuzz-case';

export const TOKEN = 'xoxb-123456789012-TinyProtocolSecretToken';

export type Defect = 'none' | 'hang' | 'bare-internal' | 'unknown-error' | 'base64-log' | 'crash';

export const RPCS: FuzzRpc[] = [
  { method: 'Protocol.init', seeds: [{ options: {} }] },
  { method: 'Protocol.verify', seeds: [{ options: {}, secret_data: {} }] },
  {
    method: 'Notification.dispatch',
    seeds: [
      {
        secret_data: {},
        channel_data: { token: TOKEN, channel: 'general' },
        notification_type: 'INFO',
        message: { title: 'Disk full', description: 'on web-1' },
        options: {},
      },
    ],
  },
];

interface Dispatch {
  channel_data?: Record<string, unknown>;
  message?: Record<string, unknown>;
}

const UNDECODABLE = Symbol('undecodable');

type ServiceDefinition = Record<string, { requestDeserialize(bytes: Buffer): unknown }>;

/**
 * The definition with a request decoder that does not throw, so that undecodable bytes reach the
 * handler and are answered INVALID_ARGUMENT (grpc-js alone answers a bare INTERNAL).
 */
function tolerant<S extends ServiceDefinition>(definition: S): S {
  const methods = Object.entries(definition).map(([key, method]) => {
    const requestDeserialize = (bytes: Buffer) => {
      try {
        return method.requestDeserialize(bytes);
      } catch {
        return { [UNDECODABLE]: true };
      }
    };
    return [key, { ...method, requestDeserialize }];
  });
  return Object.fromEntries(methods) as S;
}

function decoded<T extends object>(request: T): T {
  if (UNDECODABLE in request) {
    throw new PluginError('ERROR_INVALID_ARGUMENT', 'Argument is invalid.', GrpcStatus.INVALID_ARGUMENT);
  }
  return request;
}

export interface TinyProtocol {
  running: RunningPlugin;
  logs: LogCapture;
}

/** Serves the tiny protocol on an ephemeral port; `defect` decides how it misbehaves on hostile input. */
export async function startTinyProtocol(defect: Defect, tolerantDecoding = true): Promise<TinyProtocol> {
  const wrap = <S extends ServiceDefinition>(definition: S) => (tolerantDecoding ? tolerant(definition) : definition);
  const logs = new LogCapture();
  const self: { running?: RunningPlugin } = {};
  const dispatch = async (request: Dispatch, _ctx: CallContext) => {
    requireKeys(decoded(request), ['channel_data.token', 'message']);
    const title = request.message?.title;
    const hostile = typeof title !== 'string' || title !== 'Disk full';
    if (hostile && defect === 'hang') await new Promise(() => undefined);
    if (hostile && defect === 'bare-internal') throw new PluginError('Oops', 'it broke', GrpcStatus.INTERNAL);
    if (hostile && defect === 'unknown-error') (title as unknown as { x: { y: number } }).x.y = 1;
    if (hostile && defect === 'crash') void self.running?.shutdown();
    if (hostile && defect === 'base64-log') {
      const basic = Buffer.from(`bot:${String(request.channel_data?.token)}`).toString('base64');
      // Written past plugin-core's logger (as a plugin printing on its own would), so nothing redacts it.
      logs.destination.write(`${JSON.stringify({ msg: 'posting', authorization: `Basic ${basic}` })}\n`);
    }
    if (typeof title !== 'string')
      throw new PluginError('ERROR_INVALID_PARAMETER_TYPE', 'title must be a string', GrpcStatus.INVALID_ARGUMENT);
    return {};
  };
  const plugin = definePlugin({
    name: 'tiny-protocol',
    version: '1.0.0',
    secretKeys: ['channel_data'],
    services: [
      implement(wrap(ProtocolService), {
        init: (request) => (decoded(request), { metadata: { data_type: 'SECRET' } }),
        verify: (request) => (decoded(request), {}),
      }),
      implement(wrap(NotificationService), { dispatch: dispatch as never }),
    ],
  });
  const running = await startServer(plugin, {
    host: '127.0.0.1',
    port: 0,
    graceMs: 50,
    logger: createLogger({ level: 'info', format: 'json', destination: logs.destination }),
  });
  self.running = running;
  return { running, logs };
}

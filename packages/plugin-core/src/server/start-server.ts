import { Server, ServerCredentials, type UntypedServiceImplementation } from '@grpc/grpc-js';
import { mainDescriptorSet } from '@cloudforet/api';
import { HealthService } from '@cloudforet/api/gen/grpc/health/v1/health';
import { ServerReflectionService as ReflectionV1 } from '@cloudforet/api/gen/grpc/reflection/v1/reflection';
import { ServerReflectionService as ReflectionV1alpha } from '@cloudforet/api/gen/grpc/reflection/v1alpha/reflection';
import { ServerInfoService, type ServerInfoServer } from '@cloudforet/api/gen/spaceone/api/core/v1/server_info';
import { createLogger, type Logger } from '../logging/logger';
import { DescriptorIndex } from '../reflection/descriptor-index';
import { reflectionHandlers } from '../reflection/reflection-service';
import { HealthStatus } from './health-service';
import { InFlight } from './in-flight';
import { ANY_HOST, ANY_IPV4_HOST, dialHost, listenHost } from './listen-host';
import type { PluginDefinition } from './plugin-definition';
import { wrapHandler } from './rpc-handlers';

/** The Cloudforet core sends up to 256 MiB (SpaceConnector); grpc-js would refuse more than 4 MiB. */
export const MAX_RECEIVE_MESSAGE_LENGTH = 256 * 1024 * 1024;
const HEALTH = 'grpc.health.v1.Health';
const SERVER_INFO = 'spaceone.api.core.v1.ServerInfo';

export interface StartOptions {
  /** Default `$HOST`, else `[::]` (IPv6 and IPv4; `0.0.0.0` where the kernel has no IPv6). */
  host?: string;
  /** Default `$PORT` or 50051; 0 picks a free port. */
  port?: number;
  logger?: Logger;
  /** How long in-flight RPCs may run after shutdown starts (default $SHUTDOWN_GRACE_MS or 25 s). */
  graceMs?: number;
}

export interface RunningPlugin {
  readonly port: number;
  /** The address it listens on, e.g. `[::]` or `127.0.0.1`. */
  readonly host: string;
  /** "host:port" to dial, e.g. 127.0.0.1:50051. */
  readonly endpoint: string;
  readonly services: readonly string[];
  readonly log: Logger;
  /** Stops taking calls, lets in-flight ones finish within the grace period, then cancels the rest. */
  shutdown(): Promise<void>;
}

/** "/spaceone.api.notification.plugin.Notification/dispatch" -> "Notification.dispatch", as the core names it. */
function coreMethodName(path: string): string {
  const [, service, method] = path.split('/');
  return `${service.split('.').pop()}.${method}`;
}

/** Starts a plugin's gRPC server with reflection, health and ServerInfo; no signal handling. */
export async function startServer(plugin: PluginDefinition, opts: StartOptions = {}): Promise<RunningPlugin> {
  const log = opts.logger ?? createLogger();
  let host = listenHost(opts.host);
  const port = opts.port ?? Number(process.env.PORT ?? 50051);
  const graceMs = opts.graceMs ?? Number(process.env.SHUTDOWN_GRACE_MS ?? 25_000);
  const pluginServices = plugin.services.map((s) => s.name);
  const listed = [...pluginServices, HEALTH, SERVER_INFO];
  // The plugin's own sets first (a legacy set wins for its files); the main set always
  // supplies Health and ServerInfo. Only files the listed services reach are served.
  const index = DescriptorIndex.forServices([...(plugin.descriptorSets ?? []), mainDescriptorSet], listed);

  const server = new Server({ 'grpc.max_receive_message_length': MAX_RECEIVE_MESSAGE_LENGTH });
  const inFlight = new InFlight();
  const env = { log, secretKeys: plugin.secretKeys ?? [], inFlight };
  for (const service of plugin.services) {
    const impl: UntypedServiceImplementation = {};
    for (const [key, definition] of Object.entries(service.definition)) {
      impl[key] = wrapHandler(coreMethodName(definition.path), definition, service.handlers[key] as never, env);
    }
    server.addService(service.definition, impl);
  }
  const health = new HealthStatus(listed);
  server.addService(HealthService, health.handlers());
  const serverInfo: ServerInfoServer = { getVersion: (_call, callback) => callback(null, { version: plugin.version }) };
  server.addService(ServerInfoService, serverInfo);
  const reflection = reflectionHandlers(index, listed);
  server.addService(ReflectionV1alpha, reflection);
  server.addService(ReflectionV1, reflection);

  const bind = (address: string) =>
    new Promise<number>((resolve, reject) =>
      server.bindAsync(address, ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p))),
    );
  let boundPort: number;
  try {
    boundPort = await bind(`${host}:${port}`);
  } catch (error) {
    if (host !== ANY_HOST) throw error;
    host = ANY_IPV4_HOST; // no IPv6 on this kernel
    boundPort = await bind(`${host}:${port}`);
  }

  let stopping: Promise<void> | undefined;
  const shutdown = () =>
    (stopping ??= new Promise<void>((resolve) => {
      health.shutdown();
      log.info({ in_flight: inFlight.size, grace_ms: graceMs }, 'shutting down');
      const timer = setTimeout(() => {
        log.warn({ in_flight: inFlight.size }, 'grace period over, cancelling in-flight calls');
        inFlight.abortAll(new Error('server shutting down'));
        server.forceShutdown();
      }, graceMs);
      timer.unref();
      server.tryShutdown(() => {
        clearTimeout(timer);
        resolve();
      });
    }));

  const endpoint = `${dialHost(host)}:${boundPort}`;
  return { port: boundPort, host, endpoint, services: listed, log, shutdown };
}

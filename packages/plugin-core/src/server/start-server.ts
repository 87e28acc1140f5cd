import { Server, ServerCredentials, type ServiceDefinition, type UntypedServiceImplementation } from '@grpc/grpc-js';
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
import { guardDeserialize } from './guarded-deserialize';
import { passEncoded } from './stream-writer';
import { installTransportErrorCodes } from './transport-errors';
import { maxRequestBytesFor } from '../limits/request-limits';
import { defaultBudgetBytes, MemoryBudget } from '../limits/memory-budget';
import { applySessionOptions } from './session-options';
import { pluginApiOf, type PluginApi } from '../kinds/alert-manager/plugin-api';
import { alertManagerServices } from '../kinds/alert-manager/alert-manager-services';
import { tracingFromEnv } from '../tracing/tracing-from-env';
import type { RpcTracing } from '../tracing/rpc-tracing';
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
  /** The API to serve (default `$PLUGIN_API`, else the plugin's classic one; see pluginApiOf). */
  api?: PluginApi;
  /** Default: from the environment (OTLP export only when OTEL_EXPORTER_OTLP_ENDPOINT is set). */
  tracing?: RpcTracing;
}

export interface RunningPlugin {
  readonly port: number;
  /** The largest request this plugin accepts, in bytes. */
  readonly maxRequestBytes: number;
  /** Wire bytes of large requests it handles at once. */
  readonly memoryBudgetBytes: number;
  /** The address it listens on, e.g. `[::]` or `127.0.0.1`. */
  readonly host: string;
  /** "host:port" to dial, e.g. 127.0.0.1:50051. */
  readonly endpoint: string;
  readonly services: readonly string[];
  /** `classic`, or `alert_manager` when it serves the alert-manager plugin API instead. */
  readonly api: PluginApi;
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
  const api = opts.api ?? pluginApiOf();
  const { services, descriptorSets } =
    api === 'alert_manager'
      ? alertManagerServices(plugin.services)
      : { services: plugin.services, descriptorSets: plugin.descriptorSets ?? [] };
  const pluginServices = services.map((s) => s.name);
  const listed = [...pluginServices, HEALTH, SERVER_INFO];
  // The plugin's own sets first (a legacy or alert-manager set wins for its files); the main set
  // always supplies Health and ServerInfo. Only files the listed services reach are served.
  const index = DescriptorIndex.forServices([...descriptorSets, mainDescriptorSet], listed);

  const maxRequestBytes = maxRequestBytesFor(pluginServices, plugin.limits?.maxRequestBytes);
  const budget = new MemoryBudget(plugin.limits?.memoryBudgetBytes ?? defaultBudgetBytes(maxRequestBytes));
  const guarded = <D extends ServiceDefinition>(definition: D): D =>
    Object.fromEntries(
      Object.entries(definition).map(([key, m]) => [
        key,
        {
          ...m,
          requestDeserialize: guardDeserialize(m, budget),
          ...(m.responseStream ? { responseSerialize: passEncoded(m.responseSerialize) } : {}),
        },
      ]),
    ) as D;

  // grpc-js refuses anything over the limit while receiving, compressed or inflated.
  installTransportErrorCodes();
  const server = new Server({ 'grpc.max_receive_message_length': maxRequestBytes });
  applySessionOptions(server);
  const inFlight = new InFlight();
  let draining = false;
  const tracing = opts.tracing ?? tracingFromEnv(plugin);
  const env = { log, secretKeys: plugin.secretKeys ?? [], inFlight, tracing, draining: () => draining };
  for (const service of services) {
    const impl: UntypedServiceImplementation = {};
    for (const [key, definition] of Object.entries(service.definition)) {
      impl[key] = wrapHandler(coreMethodName(definition.path), definition, service.handlers[key] as never, env);
    }
    server.addService(guarded(service.definition), impl);
  }
  const health = new HealthStatus(listed);
  server.addService(HealthService, health.handlers());
  const serverInfo: ServerInfoServer = { getVersion: (_call, callback) => callback(null, { version: plugin.version }) };
  server.addService(ServerInfoService, serverInfo);
  const reflection = reflectionHandlers(index, listed);
  server.addService(guarded(ReflectionV1alpha), reflection.handlers);
  server.addService(guarded(ReflectionV1), reflection.handlers);

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

  // Drain: health turns NOT_SERVING (the server keeps answering it), new calls are turned
  // away, idle reflection streams close; in-flight calls get the grace period, then their
  // signals abort; the listener closes once nothing is in flight.
  let stopping: Promise<void> | undefined;
  const shutdown = () =>
    (stopping ??= (async () => {
      draining = true;
      health.shutdown();
      reflection.closeAll();
      log.info({ in_flight: inFlight.size, grace_ms: graceMs }, 'shutting down');
      let graceTimer: NodeJS.Timeout | undefined;
      const graceOver = new Promise<void>((resolve) => {
        graceTimer = setTimeout(() => {
          log.warn({ in_flight: inFlight.size }, 'grace period over, cancelling in-flight calls');
          inFlight.abortAll(new Error('server shutting down'));
          // A handler that ignores its signal gets one more second.
          setTimeout(resolve, 1000).unref();
        }, graceMs);
      });
      await Promise.race([inFlight.idle(), graceOver]);
      clearTimeout(graceTimer);
      await new Promise<void>((resolve) => {
        // Connections close as soon as their streams end; a client that keeps one open is cut after a second.
        const force = setTimeout(() => server.forceShutdown(), 1000);
        server.tryShutdown(() => {
          clearTimeout(force);
          resolve();
        });
      });
      await plugin.close?.();
      // Spans still batched go out before the process ends (bounded by the exporter's timeout).
      await tracing.shutdown().catch((error: unknown) => log.warn({ error }, 'trace export at shutdown failed'));
    })());

  const endpoint = `${dialHost(host)}:${boundPort}`;
  return {
    port: boundPort,
    host,
    endpoint,
    services: listed,
    api,
    log,
    maxRequestBytes,
    memoryBudgetBytes: budget.capacity,
    shutdown,
  };
}

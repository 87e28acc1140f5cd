import { createLogger, startServer, type PluginDefinition, type RunningPlugin } from '@cloudforet/plugin-core';
import { CoreClient } from '../client/core-client';
import { CoreCallError } from '../errors/core-call-error';
import { LogCapture } from '../secrets/log-capture';

export interface InProcessPlugin {
  endpoint: string;
  client: CoreClient;
  /** Every log line of the plugin (JSON, debug level), for the secret scanner and log assertions. */
  logs: LogCapture;
  /** The server, for specs of shutdown (`running.shutdown()` while the client stays open). */
  running: RunningPlugin;
  close(): Promise<void>;
}

export interface InProcessOptions {
  /** How long shutdown waits for calls in flight (plugin-core's default otherwise). */
  graceMs?: number;
  /** Where the log lines go: one capture can hold several plugins' (a new one otherwise). */
  logs?: LogCapture;
}

/** Starts a plugin in this process on loopback with its logs captured, and a core-like client to it. */
export async function startInProcess(
  definition: PluginDefinition,
  { graceMs, logs = new LogCapture() }: InProcessOptions = {},
): Promise<InProcessPlugin> {
  const running = await startServer(definition, {
    host: '127.0.0.1',
    port: 0,
    ...(graceMs === undefined ? {} : { graceMs }),
    logger: createLogger({ format: 'json', level: 'debug', destination: logs.destination }),
  });
  const client = await CoreClient.connect(running.endpoint);
  return {
    endpoint: running.endpoint,
    client,
    logs,
    running,
    close: async () => {
      client.close();
      await running.shutdown();
    },
  };
}

/** The CoreCallError a call must fail with. */
export async function callFailure(call: Promise<unknown>): Promise<CoreCallError> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CoreCallError);
  return error as CoreCallError;
}

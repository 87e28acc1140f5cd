// Starts the plugin on loopback with its logs captured, and a core-like client on it.
import { createLogger, startServer, type RunningPlugin } from '@cloudforet/plugin-core';
import { CoreCallError, CoreClient, LogCapture } from '@cloudforet/plugin-testing';
import { KeycloakConnector } from '../src/keycloak-connector';
import { createPlugin } from '../src/plugin';
import type { AuthApi } from '@cloudforet/plugin-core';

export interface PluginUnderTest {
  endpoint: string;
  client: CoreClient;
  connector: KeycloakConnector;
  logs: LogCapture;
  close(): Promise<void>;
}

export async function startPlugin(api: AuthApi = 'v2', connector = new KeycloakConnector()): Promise<PluginUnderTest> {
  const logs = new LogCapture();
  const running: RunningPlugin = await startServer(createPlugin({ api, connector }), {
    host: '127.0.0.1',
    port: 0,
    logger: createLogger({ format: 'json', level: 'debug', destination: logs.destination }),
  });
  const client = await CoreClient.connect(running.endpoint);
  return {
    endpoint: running.endpoint,
    client,
    connector,
    logs,
    close: async () => {
      client.close();
      await running.shutdown();
    },
  };
}

/** A throwaway HTTP server on loopback for provider misbehaviour (down, not JSON, incomplete). */
export async function startFakeProvider(
  answer: (path: string) => { status: number; type?: string; body: string },
): Promise<{ url: string; close(): Promise<void> }> {
  const { createServer } = await import('node:http');
  const server = createServer((req, res) => {
    const { status, type = 'application/json', body } = answer(req.url ?? '/');
    res.writeHead(status, { 'Content-Type': type });
    res.end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((r) => (server.closeAllConnections(), server.close(() => r()))),
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

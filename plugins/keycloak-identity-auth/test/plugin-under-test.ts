// Starts the plugin on loopback with its logs captured, and a core-like client on it.
import type { AuthApi } from '@cloudforet/plugin-core';
import { startInProcess, type InProcessPlugin } from '@cloudforet/plugin-testing';
import { KeycloakConnector } from '../src/keycloak-connector';
import { createPlugin } from '../src/plugin';

export { callFailure } from '@cloudforet/plugin-testing';

export interface PluginUnderTest extends InProcessPlugin {
  connector: KeycloakConnector;
}

export async function startPlugin(api: AuthApi = 'v2', connector = new KeycloakConnector()): Promise<PluginUnderTest> {
  return { ...(await startInProcess(createPlugin({ api, connector }))), connector };
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

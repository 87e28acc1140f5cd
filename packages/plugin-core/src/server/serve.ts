import { useProxyFromEnv } from '../http/proxy-from-env';
import { startServer, type RunningPlugin, type StartOptions } from './start-server';
import type { PluginDefinition } from './plugin-definition';

/**
 * The entry point of a plugin image: serves on ${HOST:-[::]}:${PORT:-50051} (IPv6 and IPv4), logs one
 * ready line, and on SIGTERM/SIGINT drains in-flight RPCs before exiting 0.
 * Outbound fetches follow HTTPS_PROXY/HTTP_PROXY/NO_PROXY when they are set.
 */
export async function serve(plugin: PluginDefinition, opts: StartOptions = {}): Promise<RunningPlugin> {
  const proxy = useProxyFromEnv();
  const running = await startServer(plugin, opts);
  running.log.info(
    {
      plugin: plugin.name,
      version: plugin.version,
      endpoint: `${running.host}:${running.port}`,
      services: running.services,
      ...(running.api === 'classic' ? {} : { api: running.api }),
      ...(proxy ? { proxy } : {}),
    },
    'plugin ready',
  );
  const stop = (signal: NodeJS.Signals) => {
    running.log.info({ signal }, 'signal received');
    running.shutdown().then(() => {
      running.log.info('stopped');
      process.exit(0);
    });
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  return running;
}

// What the benchmarks' plugin children share: serve one plugin, unchanged, on an ephemeral loopback
// port in this process (its own, as in a container), its logs discarded, and send the port to the
// parent over IPC. SIGTERM shuts it down and exits normally, so that --cpu-prof writes its profile;
// a plugin that cannot start exits 1 with the error.
import { Writable } from 'node:stream';
import { createLogger, startServer, type PluginDefinition } from '@cloudforet/plugin-core';

export function servePluginChild(create: () => PluginDefinition): void {
  const discard = new Writable({ write: (_c, _e, cb) => cb() });
  Promise.resolve()
    .then(() =>
      startServer(create(), {
        host: '127.0.0.1',
        port: 0,
        logger: createLogger({ format: 'json', destination: discard }),
      }),
    )
    .then(
      (running) => {
        process.send?.({ port: running.port });
        process.once('SIGTERM', () => void running.shutdown().then(() => process.exit(0)));
      },
      (error) => {
        console.error(error);
        process.exit(1);
      },
    );
}

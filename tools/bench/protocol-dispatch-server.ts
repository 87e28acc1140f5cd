// Child process of the protocol-dispatch benchmark: serves one notification protocol plugin,
// unchanged, on an ephemeral port (its settings from the environment) and sends the port
// over IPC. A new protocol joins PLUGINS.
import { Writable } from 'node:stream';
import { createLogger, startServer, type PluginDefinition } from '@cloudforet/plugin-core';
import { createPlugin as email } from '@cloudforet/plugin-email-noti-protocol/src/plugin';

export const PLUGINS: Record<string, () => PluginDefinition> = {
  'email-noti-protocol': () => email(),
};

async function main(): Promise<number> {
  const create = PLUGINS[process.argv[2]];
  if (!create) throw new Error(`unknown plugin ${process.argv[2]}`);
  const discard = new Writable({ write: (_c, _e, cb) => cb() });
  const running = await startServer(create(), {
    host: '127.0.0.1',
    port: 0,
    logger: createLogger({ format: 'json', destination: discard }),
  });
  return running.port;
}

main().then(
  (port) => process.send?.({ port }),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);

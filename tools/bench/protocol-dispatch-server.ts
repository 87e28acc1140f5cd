// Child process of the protocol-dispatch benchmark: serves one notification protocol plugin,
// unchanged, on an ephemeral port (its settings from the environment) and sends the port
// over IPC. A new protocol joins PLUGINS.
import type { PluginDefinition } from '@cloudforet/plugin-core';
import { createPlugin as email } from '@cloudforet/plugin-email-noti-protocol/src/plugin';
import { servePluginChild } from './plugin-child';

export const PLUGINS: Record<string, () => PluginDefinition> = {
  'email-noti-protocol': () => email(),
};

servePluginChild(() => {
  const create = PLUGINS[process.argv[2]];
  if (!create) throw new Error(`unknown plugin ${process.argv[2]}`);
  return create();
});

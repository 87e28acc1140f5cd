import type { LocalHostState } from './local-host-state';

/** The plugin to call: the one named, or the only one running; otherwise an error that lists them. */
export function choosePlugin(state: LocalHostState, name: string | undefined): LocalHostState['plugins'][number] {
  const running = state.plugins.map((p) => p.name);
  if (name === undefined) {
    if (state.plugins.length === 1) return state.plugins[0];
    throw new Error(`${running.length} plugins are running; which one? npm run demo <plugin> (${running.join(', ')})`);
  }
  const plugin = state.plugins.find((p) => p.name === name);
  if (!plugin) throw new Error(`${name} is not running; running: ${running.join(', ')}`);
  return plugin;
}

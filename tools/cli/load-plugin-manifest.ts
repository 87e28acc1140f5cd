import { existsSync } from 'node:fs';
import { loadManifest, ManifestError } from '../manifest/load-manifest';
import type { PluginManifest } from '../manifest/plugin-manifest';
import { CommandFailed } from './cli-errors';
import { pluginDir } from './repo-root';

/** `slack-noti-protocol` (plugins/<name>/plugin.yaml), a plugin folder, or a path to a plugin.yaml. */
export function loadPluginManifest(pluginOrPath: string): PluginManifest {
  const isPath = pluginOrPath.endsWith('.yaml') || pluginOrPath.includes('/') || existsSync(pluginOrPath);
  try {
    return loadManifest(isPath ? pluginOrPath : pluginDir(pluginOrPath));
  } catch (error) {
    if (error instanceof ManifestError) throw new CommandFailed(error.message);
    throw error;
  }
}

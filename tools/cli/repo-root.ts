import { join } from 'node:path';

/** The repository root (the CLI runs from its sources: tools/cli/ -> ../..). */
export const ROOT = join(__dirname, '..', '..');

/** plugins/<name>, the folder of a plugin. */
export const pluginDir = (name: string): string => join(ROOT, 'plugins', name);

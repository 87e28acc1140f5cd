import type { PluginManifest } from './plugin-manifest';

/** `npm start` serves the first plugin here; a new plugin takes the next port after the highest in use. */
export const FIRST_LOCAL_PORT = 50051;

/** Throws when two plugins declare the same `local_port`, naming both. */
export function checkLocalPorts(plugins: { name: string; manifest: Pick<PluginManifest, 'local_port'> }[]): void {
  const seen = new Map<number, string>();
  for (const { name, manifest } of plugins) {
    const other = seen.get(manifest.local_port);
    if (other)
      throw new Error(
        `local_port ${manifest.local_port} is declared by both ${other} and ${name}: each plugin needs its own`,
      );
    seen.set(manifest.local_port, name);
  }
}

/** The port for a new plugin: one past the highest in use; existing plugins keep theirs. */
export function nextLocalPort(used: number[]): number {
  return used.length ? Math.max(...used) + 1 : FIRST_LOCAL_PORT;
}

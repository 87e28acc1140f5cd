// The esbuild settings every Node bundle of this repo shares: plugin images,
// the local host and the benchmarks. One place, so what the tests run is what ships.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export const NODE_BUNDLE = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // Pretty logs are for terminals only; bundles fall back to JSON without it.
  external: ['pino-pretty'],
  logLevel: 'warning',
};

/**
 * Writes esbuild's in-memory outputs (`write: false`) atomically: a process starting the bundle
 * while another build rewrites it (parallel tests, npm start next to cfplugin serve) never reads half a file.
 */
export function writeOutputsAtomically(result) {
  for (const file of result.outputFiles) {
    mkdirSync(dirname(file.path), { recursive: true });
    const tmp = `${file.path}.${process.pid}.tmp`;
    writeFileSync(tmp, file.contents);
    renameSync(tmp, file.path);
  }
}

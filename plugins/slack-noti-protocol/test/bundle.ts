import { build } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Bundles the plugin's entry point like the image build does, into a temp dir; returns the file. */
export async function bundlePlugin(): Promise<string> {
  const outfile = join(mkdtempSync(join(tmpdir(), 'slack-plugin-')), 'main.js');
  await build({
    entryPoints: [join(__dirname, '../src/main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    tsconfig: join(__dirname, '../tsconfig.json'),
    external: ['pino-pretty'],
    logLevel: 'error',
  });
  return outfile;
}

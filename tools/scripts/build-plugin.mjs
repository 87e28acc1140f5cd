#!/usr/bin/env node
// Bundles one plugin (plugins/<name>/src/main.ts) with esbuild into
// dist/plugins/<name>/main.js: one file, no node_modules needed at run time.
//   node tools/scripts/build-plugin.mjs <name> [...]     (no name: every plugin)
import { build } from 'esbuild';
import { readdirSync, existsSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const names = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync(join(root, 'plugins')).filter((n) => existsSync(join(root, 'plugins', n, 'src/main.ts')));

for (const name of names) {
  const entry = join(root, 'plugins', name, 'src/main.ts');
  if (!existsSync(entry)) {
    console.error(`build: no plugin named "${name}" (expected ${entry})`);
    process.exit(1);
  }
  const outfile = join(root, 'dist/plugins', name, 'main.js');
  const started = Date.now();
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'linked',
    minifySyntax: true,
    legalComments: 'external',
    tsconfig: join(root, 'plugins', name, 'tsconfig.json'),
    // Pretty logs are for terminals only; images log JSON and do without it.
    external: ['pino-pretty'],
    logLevel: 'warning',
  });
  const kb = Math.round(statSync(outfile).size / 1024);
  console.log(`build: ${name} -> ${outfile.slice(root.length + 1)} (${kb} KiB, ${Date.now() - started} ms)`);
}

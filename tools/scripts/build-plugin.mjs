#!/usr/bin/env node
// Bundles one plugin (plugins/<name>/src/main.ts) with esbuild into
// dist/plugins/<name>/main.js: one file, no node_modules needed at run time.
//   node tools/scripts/build-plugin.mjs [--outdir DIR] <name> [...]     (no name: every plugin)
import { build } from 'esbuild';
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NODE_BUNDLE, writeOutputsAtomically } from './node-bundle.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const outdirAt = args.indexOf('--outdir');
const outRoot = outdirAt >= 0 ? args.splice(outdirAt, 2)[1] : join(root, 'dist/plugins');
const names = args.length
  ? args
  : readdirSync(join(root, 'plugins')).filter((n) => existsSync(join(root, 'plugins', n, 'src/main.ts')));

for (const name of names) {
  const entry = join(root, 'plugins', name, 'src/main.ts');
  if (!existsSync(entry)) {
    console.error(`build: no plugin named "${name}" (expected ${entry})`);
    process.exit(1);
  }
  const outfile = join(outRoot, name, 'main.js');
  // A plugin may set package.json `bundle.mainFields`: ["module", "main"] lets esbuild drop the unused
  // commands of a large SDK's ES build, so that its image layer stays small.
  const { mainFields } = JSON.parse(readFileSync(join(root, 'plugins', name, 'package.json'), 'utf8')).bundle ?? {};
  const started = Date.now();
  const result = await build({
    entryPoints: [entry],
    outfile,
    ...NODE_BUNDLE,
    sourcemap: 'linked',
    // Stack traces (--enable-source-maps) and debuggers need the mappings, not copies of the sources:
    // without them the map is a third of its size, and a debugger reads the sources from the checkout.
    sourcesContent: false,
    minifySyntax: true,
    // Whitespace only (names stay, so logs and stack traces read the same, mapped back by the map):
    // the Azure SDKs' model mappers alone would put that plugin's layer over its 10 MB bound.
    minifyWhitespace: true,
    legalComments: 'external',
    tsconfig: join(root, 'plugins', name, 'tsconfig.json'),
    ...(mainFields ? { mainFields } : {}),
    write: false,
  });
  writeOutputsAtomically(result);
  const kb = Math.round(statSync(outfile).size / 1024);
  console.log(`build: ${name} -> ${outfile} (${kb} KiB, ${Date.now() - started} ms)`);
}

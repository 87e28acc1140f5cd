#!/usr/bin/env node
// `npm start [plugin...]`: bundles the plugins and the local host, then runs it.
// `npm run demo`: bundles and runs the demo caller against a running `npm start`.
import { build } from 'esbuild';
import { spawn, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NODE_BUNDLE } from './node-bundle.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
if (!existsSync(join(root, 'node_modules'))) {
  console.error('Dependencies are missing: run `npm ci` first.');
  process.exit(1);
}
const entry = process.argv[2] === '--demo' ? 'demo' : 'start';
const args = process.argv.slice(entry === 'demo' ? 3 : 2);
if (entry === 'start')
  execFileSync(process.execPath, [join(root, 'tools/scripts/build-plugin.mjs'), ...args], { stdio: 'inherit' });
await build({
  entryPoints: [join(root, `tools/local-host/${entry}.ts`)],
  outfile: join(root, `dist/tools/${entry}.js`),
  ...NODE_BUNDLE,
  sourcemap: 'inline',
  tsconfig: join(root, 'tools/tsconfig.json'),
});
const child = spawn(process.execPath, ['--enable-source-maps', join(root, `dist/tools/${entry}.js`), ...args], {
  stdio: 'inherit',
});
process.on('SIGINT', () => undefined); // the child handles Ctrl-C and exits
child.on('exit', (code) => process.exit(code ?? 0));

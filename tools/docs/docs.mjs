#!/usr/bin/env node
// `npm run docs [plugin...]` regenerates the section between the generated-docs markers of
// plugins/<name>/README.md; `npm run docs:check [plugin...]` only reports stale ones (exit 1).
// Bundles tools/docs/run-docs.ts with one static import of each plugin's src/plugin.ts
// (esbuild resolves the tsconfig paths to sources), then runs the bundle.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NODE_BUNDLE } from '../scripts/node-bundle.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const check = args.includes('--check');
const named = args.filter((a) => !a.startsWith('--'));
const all = readdirSync(join(root, 'plugins')).filter((n) => existsSync(join(root, 'plugins', n, 'src/main.ts')));
const unknown = named.filter((n) => !all.includes(n));
if (unknown.length) {
  console.error(`docs: no plugin named ${unknown.join(', ')}; plugins: ${all.join(', ')}`);
  process.exit(2);
}
const names = (named.length ? named : all).sort();
const missing = names.filter((n) => !existsSync(join(root, 'plugins', n, 'src/plugin.ts')));
if (missing.length) {
  console.error(
    `docs: ${missing.map((n) => `plugins/${n}/src/plugin.ts`).join(', ')} missing (it must export createPlugin)`,
  );
  process.exit(2);
}

const contents = [
  `import { runDocs } from './tools/docs/run-docs';`,
  ...names.map((n, i) => `import { createPlugin as plugin${i} } from './plugins/${n}/src/plugin';`),
  `const factories = { ${names.map((n, i) => `${JSON.stringify(n)}: () => plugin${i}()`).join(', ')} };`,
  `runDocs(factories, { root: ${JSON.stringify(root)}, check: ${check} }).then(`,
  `  (code) => process.exit(code),`,
  `  (err) => { console.error('docs:', err instanceof Error ? err.message : err); process.exit(1); },`,
  `);`,
].join('\n');
const outfile = join(root, 'dist/tools/docs.js');
await build({
  stdin: { contents, resolveDir: root, sourcefile: 'docs-entry.ts', loader: 'ts' },
  outfile,
  ...NODE_BUNDLE,
  sourcemap: 'inline',
  tsconfig: join(root, 'tools/tsconfig.json'),
});
const run = spawnSync(process.execPath, ['--enable-source-maps', outfile], { stdio: 'inherit' });
process.exit(run.status ?? 1);

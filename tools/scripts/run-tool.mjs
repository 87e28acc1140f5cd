// Bundles one TypeScript entry of tools/ (with every plugin's harness and factory available as
// 'virtual:plugin-harnesses' / 'virtual:plugin-factories') into dist/tools/<name>.js and runs it with the given args.
import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NODE_BUNDLE, writeOutputsAtomically } from './node-bundle.mjs';
import { pluginRegistry } from './plugin-registry.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function requireDependencies() {
  if (!existsSync(join(ROOT, 'node_modules'))) {
    console.error('Dependencies are missing: run `npm ci` first.');
    process.exit(1);
  }
}

/** Bundles tools/<entry>.ts and runs it; resolves with its exit code. SIGINT/SIGTERM/SIGHUP are passed to the tool. */
export async function runTool(entry, args) {
  const outfile = join(ROOT, 'dist/tools', `${entry.replace(/\//g, '-')}.js`);
  const result = await build({
    entryPoints: [join(ROOT, 'tools', `${entry}.ts`)],
    outfile,
    ...NODE_BUNDLE,
    sourcemap: 'inline',
    tsconfig: join(ROOT, 'tools/tsconfig.json'),
    plugins: [pluginRegistry(ROOT)],
    write: false,
  });
  writeOutputsAtomically(result);
  const child = spawn(process.execPath, ['--enable-source-maps', outfile, ...args], { stdio: 'inherit' });
  // Signals sent to this process's pid go to the tool, which stops its own children. (Ctrl-C in a
  // terminal reaches both; a tool that stops on SIGINT takes the second one as the same request.)
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

/** What a spec needs to run plugin-core code in a process of its own (an exit, GC flags). */
export interface BundledScript {
  /** Runs the script with node flags and arguments; resolves with its stdout and exit code. */
  run(nodeArgs: string[], args?: string[]): Promise<{ out: string; code: number | null }>;
  remove(): void;
}

/** Bundles TypeScript source (import plugin-core files by absolute path) into a temporary script. */
export async function bundleScript(source: string): Promise<BundledScript> {
  const dir = mkdtempSync(join(tmpdir(), 'plugin-core-script-'));
  const script = join(dir, 'script.js');
  writeFileSync(join(dir, 'entry.ts'), source);
  await build({
    entryPoints: [join(dir, 'entry.ts')],
    outfile: script,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'silent',
    nodePaths: [join(__dirname, '../../../node_modules')],
  });
  return {
    run(nodeArgs, args = []) {
      const child = spawn(process.execPath, [...nodeArgs, script, ...args]);
      let out = '';
      child.stdout.on('data', (chunk) => (out += String(chunk)));
      return new Promise((resolve) => child.on('close', (code) => resolve({ out, code })));
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const BUILD_SCRIPT = join(__dirname, '../../../../tools/scripts/build-plugin.mjs');

/** Bundles a plugin of this repo with the very build script the images use, into a temp dir; returns its main.js. */
export function bundlePlugin(plugin: string): string {
  const outdir = mkdtempSync(join(tmpdir(), `${plugin}-bundle-`));
  execFileSync(process.execPath, [BUILD_SCRIPT, '--outdir', outdir, plugin], { stdio: 'ignore' });
  return join(outdir, plugin, 'main.js');
}

export interface BundledPlugin {
  child: ChildProcess;
  /** Every JSON log line the plugin wrote to stdout, in order. */
  lines: Record<string, unknown>[];
  /** Its loopback endpoint once it logged `plugin ready`; rejects if it exits first. */
  ready: Promise<{ endpoint: string; line: Record<string, unknown> }>;
  exited: Promise<number | null>;
}

/**
 * Runs a plugin's bundle as its image does (no arguments, settings from the environment,
 * PORT=0 for a free port, JSON logs) and collects its log lines. `nodeArgs` go to node itself,
 * e.g. IMAGE_NODE_ARGS for the image's heap.
 */
export function runBundledPlugin(
  plugin: string,
  env: NodeJS.ProcessEnv = {},
  nodeArgs: readonly string[] = [],
): BundledPlugin {
  const child = spawn(process.execPath, [...nodeArgs, bundlePlugin(plugin)], {
    env: { ...process.env, PORT: '0', LOG_FORMAT: 'json', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines: Record<string, unknown>[] = [];
  const ready = new Promise<{ endpoint: string; line: Record<string, unknown> }>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (text) => {
      const line = JSON.parse(text) as Record<string, unknown>;
      lines.push(line);
      if (line.msg === 'plugin ready')
        resolve({ endpoint: `127.0.0.1:${String(line.endpoint).split(':').pop()}`, line });
    });
    child.once('exit', (code) => reject(new Error(`${plugin} exited early with ${code}`)));
  });
  ready.catch(() => undefined); // a caller that never awaits ready must not see an unhandled rejection
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, lines, ready, exited };
}

import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { bundlePlugin } from './bundle';

/**
 * Runs the bundled plugin as the image does (no arguments, settings from the
 * environment, PORT=0 for a free port) and collects its JSON log lines.
 * `nodeArgs` go to node itself, e.g. the image's heap limit.
 */
export async function runBundledPlugin(env: NodeJS.ProcessEnv, nodeArgs: string[] = []) {
  const child = spawn(process.execPath, [...nodeArgs, await bundlePlugin()], {
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
    child.once('exit', (code) => reject(new Error(`plugin exited early with ${code}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, lines, ready, exited };
}

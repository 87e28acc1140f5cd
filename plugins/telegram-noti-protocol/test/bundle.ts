import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BUILD_SCRIPT = join(__dirname, '../../../tools/scripts/build-plugin.mjs');

/** Bundles the plugin with the very build script the images use, into a temp dir; returns main.js. */
export async function bundlePlugin(): Promise<string> {
  const outdir = mkdtempSync(join(tmpdir(), 'telegram-plugin-'));
  execFileSync(process.execPath, [BUILD_SCRIPT, '--outdir', outdir, 'telegram-noti-protocol'], { stdio: 'ignore' });
  return join(outdir, 'telegram-noti-protocol', 'main.js');
}

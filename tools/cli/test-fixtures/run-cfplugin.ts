import { spawn } from 'node:child_process';
import { join } from 'node:path';

export const BIN = join(__dirname, '..', 'bin', 'cfplugin.js');

export interface CfpluginRun {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs the real bin as a child process (async, so in-process servers keep answering meanwhile). */
export function runCfplugin(
  args: string[],
  opts: { env?: NodeJS.ProcessEnv; cwd?: string } = {},
): Promise<CfpluginRun> {
  const started = Date.now();
  const env = { ...process.env, ...opts.env };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete env[k];
  const child = spawn(process.execPath, [BIN, ...args], { env, cwd: opts.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) =>
    child.on('close', (code) => resolve({ code, stdout, stderr, ms: Date.now() - started })),
  );
}

/** Environment without a token, so `register` cannot pick one up from the developer's shell. */
export const NO_TOKEN_ENV = { CLOUDFORET_TOKEN: undefined, SPACEONE_TOKEN: undefined };

import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { constants } from 'node:os';
import { join } from 'node:path';
import { startSandbox, type Sandbox } from '@cloudforet/sandbox';
import { CommandFailed, UsageError } from '../cli-errors';
import type { Command } from '../command';
import { parseCommandArgs } from '../parse-command-args';
import { loadHarness } from '../plugin-harness-env';
import { pluginDir, ROOT } from '../repo-root';

const usage = `Usage: cfplugin serve <plugin> [--port 50051] [--sandbox]

Bundles plugins/<plugin> (tools/scripts/build-plugin.mjs, the image's bundle) and runs it on the port.
Its output is yours; Ctrl-C / SIGTERM go to the plugin, which drains; its exit code is cfplugin's.

  --port <n>    port to listen on (default $PORT or 50051)
  --sandbox     also start the local sandbox and point the plugin at it (the env of its test harness)
  -h, --help    this help`;

function pluginNames(): string[] {
  return readdirSync(join(ROOT, 'plugins')).filter((n) => existsSync(join(pluginDir(n), 'src/main.ts')));
}

function runBundle(name: string, env: NodeJS.ProcessEnv): Promise<number> {
  const child = spawn(process.execPath, ['--enable-source-maps', join(ROOT, 'dist/plugins', name, 'main.js')], {
    env,
    stdio: 'inherit',
  });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  return new Promise((resolve) =>
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve(code ?? 128 + (signal ? constants.signals[signal] : 0));
    }),
  );
}

export const serveCommand: Command = {
  name: 'serve',
  summary: 'bundle a plugin and run it (with --sandbox: against the local sandbox)',
  usage,
  async run(args) {
    const { values, positionals, help } = parseCommandArgs(
      args,
      { port: { type: 'string' }, sandbox: { type: 'boolean' } },
      { min: 1, max: 1 },
    );
    if (help) return (console.log(usage), 0);
    const name = positionals[0];
    const port = (values.port as string | undefined) ?? process.env.PORT ?? '50051';
    if (!/^\d+$/.test(port) || Number(port) > 65535)
      throw new UsageError(`--port must be a port number (got "${port}")`);
    if (!pluginNames().includes(name))
      throw new CommandFailed(`no plugin named "${name}" (plugins: ${pluginNames().join(', ')})`);

    try {
      execFileSync(process.execPath, [join(ROOT, 'tools/scripts/build-plugin.mjs'), name], { stdio: 'inherit' });
    } catch {
      throw new CommandFailed(`bundling plugins/${name} failed`);
    }
    let sandbox: Sandbox | undefined;
    let env: Record<string, string> = {};
    if (values.sandbox) {
      sandbox = await startSandbox();
      env = loadHarness(name, sandbox).env;
      console.log(`sandbox: Slack at ${sandbox.slack.url}; plugin env ${Object.keys(env).join(', ')}`);
    }
    try {
      return await runBundle(name, { ...process.env, PORT: port, ...env });
    } finally {
      await sandbox?.close();
    }
  },
};

import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { constants } from 'node:os';
import { join } from 'node:path';
import { startSandbox, type Sandbox } from '@cloudforet/sandbox';
import { CommandFailed, UsageError } from '../cli-errors';
import type { Command } from '../command';
import { inspectArgs } from '../inspect-args';
import { loadPluginManifest } from '../load-plugin-manifest';
import { parseCommandArgs } from '../parse-command-args';
import { loadHarness } from '../plugin-harness-env';
import { pluginDir, ROOT } from '../repo-root';

const usage = `Usage: cfplugin serve <plugin> [--port N] [--host H] [--sandbox] [--inspect[=[host:]port]]

Bundles plugins/<plugin> (tools/scripts/build-plugin.mjs, the image's bundle) and runs it on the port.
Its output is yours; Ctrl-C / SIGTERM go to the plugin, which drains; its exit code is cfplugin's.

  --port <n>             port to listen on (default $PORT, else the plugin's local_port in plugin.yaml)
  --host <h>             address to listen on (default 127.0.0.1: this machine only; [::] for every interface)
  --sandbox              also start the local sandbox and point the plugin at it (the env of its test harness)
  --inspect[=[h:]port]   run the plugin under the Node inspector (default 127.0.0.1:9229), with source maps
                         to the TypeScript sources: attach VS Code or chrome://inspect (docs/debugging.md)
  -h, --help             this help`;

function pluginNames(): string[] {
  return readdirSync(join(ROOT, 'plugins')).filter((n) => existsSync(join(pluginDir(n), 'src/main.ts')));
}

function runBundle(name: string, nodeArgs: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const child = spawn(
    process.execPath,
    ['--enable-source-maps', ...nodeArgs, join(ROOT, 'dist/plugins', name, 'main.js')],
    { env, stdio: 'inherit' },
  );
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
  summary: 'bundle a plugin and run it (--sandbox: against the local sandbox; --inspect: under the debugger)',
  usage,
  async run(args) {
    const { values, positionals, help } = parseCommandArgs(
      // A bare --inspect takes the default address, as node's own flag does.
      args.map((a) => (a === '--inspect' ? '--inspect=' : a)),
      { port: { type: 'string' }, host: { type: 'string' }, sandbox: { type: 'boolean' }, inspect: { type: 'string' } },
      { min: 1, max: 1 },
    );
    if (help) return (console.log(usage), 0);
    const name = positionals[0];
    if (!pluginNames().includes(name))
      throw new CommandFailed(`no plugin named "${name}" (plugins: ${pluginNames().join(', ')})`);
    const port = (values.port as string | undefined) ?? process.env.PORT ?? String(loadPluginManifest(name).local_port);
    if (!/^\d+$/.test(port) || Number(port) > 65535)
      throw new UsageError(`--port must be a port number (got "${port}")`);
    const host = (values.host as string | undefined) ?? '127.0.0.1';
    const nodeArgs = inspectArgs(values.inspect as string | undefined);

    try {
      execFileSync(process.execPath, [join(ROOT, 'tools/scripts/build-plugin.mjs'), name], { stdio: 'inherit' });
    } catch {
      throw new CommandFailed(`bundling plugins/${name} failed`);
    }
    let sandbox: Sandbox | undefined;
    let env: Record<string, string> = {};
    if (values.sandbox) {
      sandbox = await startSandbox();
      env = (await loadHarness(name, sandbox)).env;
      console.log(`sandbox: ${sandbox.describe()}; plugin env ${Object.keys(env).join(', ') || 'none'}`);
    }
    try {
      return await runBundle(name, nodeArgs, { ...process.env, HOST: host, PORT: port, ...env });
    } finally {
      await sandbox?.close();
    }
  },
};

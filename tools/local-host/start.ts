// `npm start [--host H] [plugin...]`: the local host. Starts the sandbox, then every plugin (or those
// named) from its bundle on its fixed `local_port` (plugin.yaml), bound to 127.0.0.1 unless --host says
// otherwise, wired to the sandbox by the plugin's harness; waits for health, prints a table (plugin,
// kind, endpoint, version, init) and how to call them. SIGINT or SIGTERM (Ctrl-C, or `kill <pid>`)
// stops every plugin and the sandbox, then exits 0.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { startSandbox, type Sandbox } from '@cloudforet/sandbox';
import { harnesses } from 'virtual:plugin-harnesses';
import { checkLocalPorts } from '../manifest/local-ports';
import { loadManifest } from '../manifest/load-manifest';
import { serviceOf } from '../manifest/plugin-manifest';
import { writeState, type LocalHostState } from './local-host-state';
import { stopChildren } from './stop-children';
import { textTable } from '../common/text-table';
import { waitForPlugin, type PluginStatus } from '../common/wait-for-plugin';

const ROOT = process.cwd();
/** Added to every plugin's local_port, to run a second local host beside the first (the tests do). */
const PORT_OFFSET = Number(process.env.LOCAL_PORT_OFFSET ?? 0);
const SANDBOX_SLACK_PORT = Number(process.env.SANDBOX_SLACK_PORT ?? 50151);
/** Loopback only: the plugins take no credentials, so they are not for the network. */
const DEFAULT_HOST = '127.0.0.1';

function prefixLines(child: ChildProcess, name: string): void {
  for (const stream of [child.stdout, child.stderr])
    if (stream) createInterface({ input: stream }).on('line', (line) => console.log(`[${name}] ${line}`));
}

/** The address to dial for a plugin bound to `host`. */
function dialAddress(host: string, port: number): string {
  if (host === '0.0.0.0' || host === '::' || host === '[::]') return `127.0.0.1:${port}`;
  return host.includes(':') && !host.startsWith('[') ? `[${host}]:${port}` : `${host}:${port}`;
}

async function main(): Promise<void> {
  const { values, positionals: names } = parseArgs({
    allowPositionals: true,
    options: { host: { type: 'string', default: DEFAULT_HOST } },
  });
  const host = values.host as string;
  const available = Object.keys(harnesses);
  const unknown = names.filter((n) => !available.includes(n));
  if (unknown.length) {
    console.error(`unknown plugin(s): ${unknown.join(', ')}; available: ${available.join(', ')}`);
    process.exit(2);
  }
  const manifests = available.map((name) => ({ name, manifest: loadManifest(join(ROOT, 'plugins', name)) }));
  checkLocalPorts(manifests);
  const selected = manifests.filter((m) => !names.length || names.includes(m.name));

  const sandbox: Sandbox = await startSandbox({ slack: { port: SANDBOX_SLACK_PORT } });
  const children: ChildProcess[] = [];
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    console.log('\nstopping...');
    await stopChildren(children);
    await sandbox.close();
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));

  const wired = await Promise.all(selected.map(({ name }) => harnesses[name](sandbox)));
  const plugins = selected.map(({ name, manifest }, i) => {
    const harness = wired[i];
    const port = manifest.local_port + PORT_OFFSET;
    const child = spawn(process.execPath, ['--enable-source-maps', join(ROOT, 'dist/plugins', name, 'main.js')], {
      env: {
        ...process.env,
        HOST: host,
        PORT: String(port),
        ...(process.stdout.isTTY && !process.env.LOG_FORMAT ? { LOG_FORMAT: 'pretty' } : {}),
        ...harness.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    prefixLines(child, name);
    return {
      name,
      kind: manifest.resource_type,
      endpoint: dialAddress(host, port),
      child,
      example: harness.example,
      received: harness.received,
      initOptions: harness.initOptions ?? {},
    };
  });

  let statuses: PluginStatus[];
  try {
    statuses = await Promise.all(
      plugins.map((p) =>
        waitForPlugin(p.endpoint, {
          service: serviceOf(p.kind),
          initOptions: p.initOptions,
          exited: () => p.child.exitCode !== null,
        }).catch((error: Error) => {
          throw new Error(`${p.name}: ${error.message}`);
        }),
      ),
    );
  } catch (error) {
    console.error(`\n${(error as Error).message}`);
    return stop(1);
  }

  const state: LocalHostState = {
    pid: process.pid,
    plugins: plugins.map(({ name, kind, endpoint, initOptions, example, received, child }) => ({
      name,
      kind,
      endpoint,
      pid: child.pid!,
      initOptions,
      example,
      received,
    })),
  };
  writeState(state);
  console.log(`\nsandbox: ${sandbox.describe()}`);
  for (const p of plugins.filter((p) => p.received)) console.log(`  what ${p.name} sent out: curl ${p.received}`);
  console.log('');
  console.log(
    textTable([
      ['plugin', 'kind', 'endpoint', 'version', 'init'],
      ...plugins.map((p, i) => [p.name, p.kind, p.endpoint, statuses[i].version, statuses[i].init]),
    ]),
  );
  console.log(`
Listening on ${host}${host === DEFAULT_HOST ? ' (this machine only; --host [::] to serve the network)' : ''}.
Try it (in another terminal):
  npm run demo ${plugins.length > 1 ? '<plugin>' : '        '}                  # calls the plugin's example as the core would, shows what the sandbox received
  npx cfplugin test ${plugins[0].endpoint}         # conformance report of a running plugin
  npx cfplugin call ${plugins[0].endpoint} ${serviceOf(plugins[0].kind)}.init
Ctrl-C (or kill ${process.pid}) stops everything.`);
}

main().catch((error: Error) => {
  console.error(`npm start: ${error.message}`);
  process.exit(1);
});

// `npm start [plugin...]`: the local host. Starts the sandbox, then every plugin (or those
// named) from its bundle on consecutive ports from 50051, wired to the sandbox by the plugin's
// harness; waits for health, prints a table (plugin, kind, endpoint, version, init) and how to
// call them; Ctrl-C stops everything cleanly.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { startSandbox, type Sandbox } from '@cloudforet/sandbox';
import { harnesses } from 'virtual:plugin-harnesses';
import { loadManifest } from '../manifest/load-manifest';
import { serviceOf } from '../manifest/plugin-manifest';
import { writeState, type LocalHostState } from './local-host-state';
import { textTable } from '../shared/text-table';
import { waitForPlugin, type PluginStatus } from '../shared/wait-for-plugin';

const ROOT = process.cwd();
const FIRST_PORT = Number(process.env.FIRST_PORT ?? 50051);
const SANDBOX_SLACK_PORT = Number(process.env.SANDBOX_SLACK_PORT ?? 50151);

function prefixLines(child: ChildProcess, name: string): void {
  for (const stream of [child.stdout, child.stderr])
    if (stream) createInterface({ input: stream }).on('line', (line) => console.log(`[${name}] ${line}`));
}

async function main(): Promise<void> {
  const available = Object.keys(harnesses);
  const names = process.argv.slice(2);
  const unknown = names.filter((n) => !available.includes(n));
  if (unknown.length) {
    console.error(`unknown plugin(s): ${unknown.join(', ')}; available: ${available.join(', ')}`);
    process.exit(2);
  }
  const selected = names.length ? names : available;

  const sandbox: Sandbox = await startSandbox({ slack: { port: SANDBOX_SLACK_PORT } });
  const children: ChildProcess[] = [];
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    console.log('\nstopping...');
    await Promise.all(
      children.map((c) =>
        c.exitCode !== null ? undefined : new Promise((r) => (c.once('exit', r), c.kill('SIGTERM'))),
      ),
    );
    await sandbox.close();
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));

  const plugins = selected.map((name, i) => {
    const manifest = loadManifest(join(ROOT, 'plugins', name));
    const harness = harnesses[name](sandbox);
    const endpoint = `127.0.0.1:${FIRST_PORT + i}`;
    const child = spawn(process.execPath, ['--enable-source-maps', join(ROOT, 'dist/plugins', name, 'main.js')], {
      env: {
        ...process.env,
        PORT: String(FIRST_PORT + i),
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
      endpoint,
      child,
      example: harness.example,
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
    sandboxUrl: sandbox.slack.url,
    plugins: plugins.map(({ name, kind, endpoint, initOptions, example }) => ({
      name,
      kind,
      endpoint,
      initOptions,
      example,
    })),
  };
  writeState(state);
  console.log(
    `\nsandbox: ${sandbox.slack.url}  (Slack messages received: curl ${sandbox.slack.url}/_sandbox/messages)\n`,
  );
  console.log(
    textTable([
      ['plugin', 'kind', 'endpoint', 'version', 'init'],
      ...plugins.map((p, i) => [p.name, p.kind, p.endpoint, statuses[i].version, statuses[i].init]),
    ]),
  );
  console.log(`
Try it (in another terminal):
  npm run demo [plugin]                      # calls the plugin's example as the core would, shows what the sandbox received
  npx cfplugin test ${plugins[0].endpoint}         # conformance report of a running plugin
  npx cfplugin call ${plugins[0].endpoint} ${serviceOf(plugins[0].kind)}.init
Ctrl-C stops everything.`);
}

void main();

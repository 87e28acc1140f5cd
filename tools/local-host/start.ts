// `npm start [plugin...]`: the local host. Starts the sandbox, then every plugin
// (or those named) on consecutive ports from 50051, waits until each answers its
// `init` the way the core calls it, prints a table and how to call them, and
// stops everything cleanly on Ctrl-C.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { CoreClient } from '@cloudforet/plugin-testing';
import { startSlackSandbox, type SlackSandbox } from '@cloudforet/sandbox';
import { LOCAL_PLUGINS, type LocalPlugin } from './plugins';

const ROOT = join(__dirname, '..', '..');
const FIRST_PORT = Number(process.env.FIRST_PORT ?? 50051);
const SANDBOX_PORT = Number(process.env.SANDBOX_SLACK_PORT ?? 50151);

interface Started {
  plugin: LocalPlugin;
  endpoint: string;
  child: ChildProcess;
  version: string;
  init: string;
}

async function waitForPlugin(
  plugin: LocalPlugin,
  endpoint: string,
  child: ChildProcess,
): Promise<Omit<Started, 'plugin' | 'endpoint' | 'child'>> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${plugin.name} exited with code ${child.exitCode}`);
    try {
      const client = await CoreClient.connect(endpoint, { readyTimeoutMs: 1000 });
      try {
        const { version } = (await client.call('ServerInfo.get_version', {})) as { version?: string };
        const service = plugin.kind.split('.')[1];
        const init = await client.call(`${service}.init`, { options: {} }).then(
          (r) => (r.metadata ? 'ok' : 'ok (no metadata)'),
          (e: Error) => `failed: ${e.message}`,
        );
        return { version: version ?? '?', init };
      } finally {
        client.close();
      }
    } catch (err) {
      if (Date.now() > deadline)
        throw new Error(`${plugin.name} did not answer on ${endpoint}: ${(err as Error).message}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

function prefixLines(child: ChildProcess, name: string): void {
  for (const stream of [child.stdout, child.stderr]) {
    if (stream) createInterface({ input: stream }).on('line', (line) => console.log(`[${name}] ${line}`));
  }
}

async function main(): Promise<void> {
  const names = process.argv.slice(2);
  const unknown = names.filter((n) => !LOCAL_PLUGINS.some((p) => p.name === n));
  if (unknown.length) {
    console.error(
      `unknown plugin(s): ${unknown.join(', ')}; available: ${LOCAL_PLUGINS.map((p) => p.name).join(', ')}`,
    );
    process.exit(2);
  }
  const selected = names.length ? LOCAL_PLUGINS.filter((p) => names.includes(p.name)) : LOCAL_PLUGINS;

  const sandbox: SlackSandbox = await startSlackSandbox({ port: SANDBOX_PORT });
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

  const started: Started[] = [];
  try {
    for (const [i, plugin] of selected.entries()) {
      const port = FIRST_PORT + i;
      const endpoint = `127.0.0.1:${port}`;
      const child = spawn(
        process.execPath,
        ['--enable-source-maps', join(ROOT, 'dist/plugins', plugin.name, 'main.js')],
        {
          env: {
            ...process.env,
            PORT: String(port),
            ...(process.stdout.isTTY && !process.env.LOG_FORMAT ? { LOG_FORMAT: 'pretty' } : {}),
            ...plugin.env({ slackUrl: sandbox.url }),
          },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      children.push(child);
      prefixLines(child, plugin.name);
      started.push({ plugin, endpoint, child, ...(await waitForPlugin(plugin, endpoint, child)) });
    }
  } catch (err) {
    console.error(`\n${(err as Error).message}`);
    return stop(1);
  }

  const rows = [
    ['plugin', 'kind', 'endpoint', 'version', 'init'],
    ...started.map((s) => [s.plugin.name, s.plugin.kind, s.endpoint, s.version, s.init]),
  ];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  console.log(`\nSlack sandbox: ${sandbox.url}  (received messages: curl ${sandbox.url}/_sandbox/messages)\n`);
  for (const r of rows) console.log(r.map((cell, c) => cell.padEnd(widths[c])).join('  '));
  const first = started[0];
  console.log(`
Try it (in another terminal):
  npm run demo                   # sends ${first.plugin.example.method} to ${first.endpoint} as the core would, shows what Slack received
  grpcurl -plaintext ${first.endpoint} list
Ctrl-C stops everything.`);
}

void main();

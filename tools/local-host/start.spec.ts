// `npm start` end to end: bundles, starts the sandbox and the plugins on their fixed ports bound to
// 127.0.0.1, prints the table once every plugin is healthy and answered init, `npm run demo` reaches
// it, and SIGTERM or SIGINT sent to its pid stops every process it started.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../common/free-port';
import type { LocalHostState } from './local-host-state';

const ROOT = join(__dirname, '..', '..');
const SLACK_LOCAL_PORT = 50051; // plugins/slack-noti-protocol/plugin.yaml local_port

/** Local addresses listening on TCP `port`, from /proc/net/tcp{,6} (Linux): e.g. ['127.0.0.1']. */
function listeningAddresses(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  const found: string[] = [];
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      if (state !== '0A' || !local?.endsWith(`:${hexPort}`)) continue;
      const hex = local.split(':')[0];
      if (hex.length === 8)
        found.push(
          (hex.match(/../g) ?? [])
            .reverse()
            .map((b) => parseInt(b, 16))
            .join('.'),
        );
      else found.push(hex === '0'.repeat(32) ? '::' : hex);
    }
  }
  return found;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

interface LocalHost {
  process: ChildProcess;
  output: () => string;
  port: number;
  sandboxPort: number;
}

async function startLocalHost(): Promise<LocalHost> {
  const port = await freePort();
  const sandboxPort = await freePort();
  let output = '';
  const host = spawn(process.execPath, ['tools/scripts/start.mjs', 'slack-noti-protocol'], {
    cwd: ROOT,
    env: {
      ...process.env,
      LOCAL_PORT_OFFSET: String(port - SLACK_LOCAL_PORT),
      SANDBOX_SLACK_PORT: String(sandboxPort),
      LOG_FORMAT: 'json',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  host.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  host.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  const deadline = Date.now() + 60_000;
  while (!output.includes('stops everything.')) {
    if (host.exitCode !== null || Date.now() > deadline) throw new Error(`npm start did not come up:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { process: host, output: () => output, port, sandboxPort };
}

const readState = () => JSON.parse(readFileSync(join(ROOT, 'dist/local-host/state.json'), 'utf8')) as LocalHostState;

describe('npm start (the local host)', () => {
  let host: LocalHost;

  beforeAll(async () => {
    host = await startLocalHost();
  }, 70_000);

  afterAll(() => {
    if (host.process.exitCode === null) host.process.kill('SIGKILL');
  });

  it('prints the plugin, kind, endpoint (its local_port), version and init status', () => {
    expect(host.output()).toMatch(/^plugin\s+kind\s+endpoint\s+version\s+init$/m);
    expect(host.output()).toMatch(
      new RegExp(
        `^slack-noti-protocol\\s+notification\\.Protocol\\s+127\\.0\\.0\\.1:${host.port}\\s+1\\.2\\.0\\s+ok$`,
        'm',
      ),
    );
  });

  it('binds the plugin to 127.0.0.1 only', () => {
    expect(listeningAddresses(host.port)).toEqual(['127.0.0.1']);
    expect(host.output()).toContain('Listening on 127.0.0.1 (this machine only');
  });

  it('is reachable by npm run demo, which shows what the sandbox received', () => {
    const demo = spawnSync(process.execPath, ['tools/scripts/start.mjs', '--demo'], { cwd: ROOT, encoding: 'utf8' });
    expect(demo.status).toBe(0);
    expect(demo.stdout).toContain('Notification.dispatch -> {}');
    expect(demo.stdout).toContain('"title": "CPU above 90% on web-1"');
  }, 30_000);

  it('stops the plugin and the sandbox on SIGTERM to its pid', async () => {
    const state = readState();
    const code = new Promise((resolve) => host.process.once('exit', (c) => resolve(c)));
    host.process.kill('SIGTERM');
    expect(await code).toBe(0);
    expect(host.output()).toContain('stopping...');
    expect(host.output()).toMatch(/\[slack-noti-protocol\] .*"msg":"stopped"/);
    expect([state.pid, ...state.plugins.map((p) => p.pid)].filter(isRunning)).toEqual([]);
    expect(listeningAddresses(host.port)).toEqual([]);
    expect(listeningAddresses(host.sandboxPort)).toEqual([]);
  }, 40_000);
});

describe('npm start and SIGINT to its pid alone (not its process group)', () => {
  it('stops every process it started', async () => {
    const host = await startLocalHost();
    const state = readState();
    expect(state.plugins.map((p) => p.pid).filter(isRunning)).toHaveLength(1);
    const code = new Promise((resolve) => host.process.once('exit', (c) => resolve(c)));
    host.process.kill('SIGINT');
    expect(await code).toBe(0);
    expect([state.pid, ...state.plugins.map((p) => p.pid)].filter(isRunning)).toEqual([]);
    expect(listeningAddresses(host.port)).toEqual([]);
  }, 100_000);
});

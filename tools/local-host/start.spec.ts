// `npm start` end to end: bundles, starts the sandbox and the plugins on the given ports, prints the
// table once every plugin is healthy and answered init, `npm run demo` reaches it, Ctrl-C stops all.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { freePort } from '../shared/free-port';

const ROOT = join(__dirname, '..', '..');

describe('npm start (the local host)', () => {
  let host: ChildProcess;
  let output = '';
  let firstPort: number;
  const exited = () => new Promise<number | null>((resolve) => host.once('exit', (code) => resolve(code)));

  beforeAll(async () => {
    firstPort = await freePort();
    const sandboxPort = await freePort();
    // Its own process group, so Ctrl-C can be sent to the whole group as a terminal does.
    host = spawn(process.execPath, ['tools/scripts/start.mjs', 'slack-noti-protocol'], {
      cwd: ROOT,
      detached: true,
      env: {
        ...process.env,
        FIRST_PORT: String(firstPort),
        SANDBOX_SLACK_PORT: String(sandboxPort),
        LOG_FORMAT: 'json',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    host.stdout!.on('data', (c: Buffer) => (output += c.toString()));
    host.stderr!.on('data', (c: Buffer) => (output += c.toString()));
    const deadline = Date.now() + 60_000;
    while (!output.includes('Ctrl-C stops everything.')) {
      if (host.exitCode !== null || Date.now() > deadline) throw new Error(`npm start did not come up:\n${output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }, 70_000);

  afterAll(() => {
    if (host.exitCode === null) process.kill(-host.pid!, 'SIGKILL');
  });

  it('prints the plugin, kind, endpoint, version and init status', () => {
    expect(output).toMatch(/^plugin\s+kind\s+endpoint\s+version\s+init$/m);
    expect(output).toMatch(
      new RegExp(
        `^slack-noti-protocol\\s+notification\\.Protocol\\s+127\\.0\\.0\\.1:${firstPort}\\s+1\\.2\\.0\\s+ok$`,
        'm',
      ),
    );
  });

  it('is reachable by npm run demo, which shows what the sandbox received', () => {
    const demo = spawnSync(process.execPath, ['tools/scripts/start.mjs', '--demo'], { cwd: ROOT, encoding: 'utf8' });
    expect(demo.status).toBe(0);
    expect(demo.stdout).toContain('Notification.dispatch -> {}');
    expect(demo.stdout).toContain('"title": "CPU above 90% on web-1"');
  }, 30_000);

  it('stops every process cleanly on Ctrl-C', async () => {
    const code = exited();
    process.kill(-host.pid!, 'SIGINT');
    expect(await code).toBe(0);
    expect(output).toContain('stopping...');
    expect(output).toMatch(/\[slack-noti-protocol\] .*"msg":"stopped"/);
  }, 40_000);
});

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

// main.ts is an entry point, so it is checked as one: bundled, run as a process, stopped by signal.
describe('main', () => {
  const outdir = mkdtempSync(join(tmpdir(), 'slack-sandbox-main-'));
  const bundle = join(outdir, 'main.js');
  let child: ChildProcessWithoutNullStreams | undefined;

  beforeAll(async () => {
    await build({
      entryPoints: [join(__dirname, 'main.ts')],
      outfile: bundle,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      logLevel: 'silent',
    });
  });
  afterEach(() => child?.kill('SIGKILL'));
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  function run(env: NodeJS.ProcessEnv): ChildProcessWithoutNullStreams {
    child = spawn(process.execPath, [bundle], { env: { PATH: process.env.PATH, ...env } });
    return child;
  }

  async function firstLine(proc: ChildProcessWithoutNullStreams): Promise<string> {
    let out = '';
    for await (const chunk of proc.stdout) {
      out += String(chunk);
      if (out.includes('\n')) return out.slice(0, out.indexOf('\n'));
    }
    throw new Error(`exited before printing a line; stderr: ${proc.stderr.read() ?? ''}`);
  }

  it.each(['SIGTERM', 'SIGINT'] as const)('prints the URLs, serves Slack and exits 0 on %s', async (signal) => {
    const proc = run({ SANDBOX_SLACK_PORT: '0' });
    const line = await firstLine(proc);
    const match =
      /api=(http:\/\/127\.0\.0\.1:\d+\/api\/) webhook=(http:\/\/127\.0\.0\.1:\d+\/services\/T0000\/B0000\/sandboxsecret)$/.exec(
        line,
      );
    expect(match).not.toBeNull();
    const [, apiUrl, webhookUrl] = match as RegExpExecArray;

    const auth = await fetch(`${apiUrl}auth.test`, { method: 'POST', headers: { Authorization: 'Bearer xoxb-main' } });
    await expect(auth.json()).resolves.toMatchObject({ ok: true, team: 'Sandbox' });
    const hook = await fetch(webhookUrl, { method: 'POST', body: '{"text":"hi"}' });
    await expect(hook.text()).resolves.toBe('ok');
    expect(line).not.toContain('xoxb-main');

    proc.kill(signal);
    const [code] = await once(proc, 'exit');
    expect(code).toBe(0);
  });

  it('exits 1 with a message on an invalid port', async () => {
    const proc = run({ SANDBOX_SLACK_PORT: 'nope' });
    let stderr = '';
    proc.stderr.on('data', (chunk) => (stderr += String(chunk)));
    const [code] = await once(proc, 'exit');
    expect(code).toBe(1);
    expect(stderr).toContain('SANDBOX_SLACK_PORT');
  });
});

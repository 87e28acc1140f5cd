import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { CoreClient } from '@cloudforet/plugin-testing';
import { BIN, runCfplugin } from './test-fixtures/run-cfplugin';
import { freePort } from '../common/free-port';
import { inspectArgs } from './inspect-args';

/** Runs `cfplugin <args>` until the plugin logs its ready line; resolves with its lines and exit. */
async function serveUntilReady(args: string[]) {
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { ...process.env, LOG_FORMAT: 'json' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  createInterface({ input: child.stderr! }).on('line', (line) => lines.push(line));
  await new Promise<void>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      lines.push(line);
      if (line.includes('"msg":"plugin ready"')) resolve();
    });
    void exited.then((code) => reject(new Error(`serve exited ${code}: ${lines.join('\n')}`)));
  });
  return { child, lines, exited };
}

jest.setTimeout(30_000);

describe('cfplugin serve', () => {
  it('bundles the plugin, runs it against the sandbox, forwards SIGTERM and passes its exit code through', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, [BIN, 'serve', 'slack-noti-protocol', '--sandbox', '--port', String(port)], {
      env: { ...process.env, LOG_FORMAT: 'json' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: string[] = [];
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    await new Promise<void>((resolve, reject) => {
      createInterface({ input: child.stdout! }).on('line', (line) => {
        lines.push(line);
        if (line.includes('"msg":"plugin ready"')) resolve();
      });
      void exited.then((code) => reject(new Error(`serve exited ${code}: ${lines.join('\n')}`)));
    });
    expect(lines[0]).toMatch(/^build: slack-noti-protocol -> .*main\.js/);
    expect(lines.find((l) => l.startsWith('sandbox: '))).toMatch(
      /^sandbox: slack http:\/\/127\.0\.0\.1:\d+; plugin env SLACK_API_URL, SLACK_WEBHOOK_URL_PREFIX$/,
    );
    const core = await CoreClient.connect(`127.0.0.1:${port}`);
    try {
      const res = await core.call('Protocol.verify', { options: {}, secret_data: {} });
      expect(res).toEqual({});
    } finally {
      core.close();
    }
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(lines.some((l) => l.includes('"signal":"SIGTERM"'))).toBe(true);
  });

  it('binds 127.0.0.1 unless --host says otherwise', async () => {
    const port = await freePort();
    const { child, lines, exited } = await serveUntilReady(['serve', 'slack-noti-protocol', '--port', String(port)]);
    child.kill('SIGTERM');
    await exited;
    expect(lines.find((l) => l.includes('"plugin ready"'))).toContain(`"endpoint":"127.0.0.1:${port}"`);
  });

  it('--inspect: the inspector answers with the bundle, whose source map leads to the TypeScript sources, and the plugin serves', async () => {
    const [port, inspectPort] = [await freePort(), await freePort()];
    const { child, lines, exited } = await serveUntilReady([
      'serve',
      'slack-noti-protocol',
      '--sandbox',
      '--port',
      String(port),
      `--inspect=${inspectPort}`,
    ]);
    try {
      expect(lines.some((l) => l.startsWith(`Debugger listening on ws://127.0.0.1:${inspectPort}/`))).toBe(true);
      const targets = (await (await fetch(`http://127.0.0.1:${inspectPort}/json/list`)).json()) as {
        url: string;
        webSocketDebuggerUrl: string;
      }[];
      expect(targets).toHaveLength(1);
      expect(targets[0].url).toMatch(/dist\/plugins\/slack-noti-protocol\/main\.js$/);
      expect(targets[0].webSocketDebuggerUrl).toMatch(new RegExp(`^ws://127\\.0\\.0\\.1:${inspectPort}/`));
      const bundle = join(__dirname, '../../dist/plugins/slack-noti-protocol/main.js');
      expect(readFileSync(bundle, 'utf8')).toContain('//# sourceMappingURL=main.js.map');
      const { sources } = JSON.parse(readFileSync(`${bundle}.map`, 'utf8')) as { sources: string[] };
      // Relative to the bundle's folder, as a debugger resolves them.
      const pluginSource = relative(
        dirname(bundle),
        join(__dirname, '../../plugins/slack-noti-protocol/src/plugin.ts'),
      );
      expect(sources).toContain(pluginSource);
      const core = await CoreClient.connect(`127.0.0.1:${port}`);
      try {
        expect(await core.call('Protocol.verify', { options: {}, secret_data: {} })).toEqual({});
      } finally {
        core.close();
      }
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  });

  it('--inspect takes [host:]port: a bare port is loopback', () => {
    expect(inspectArgs(undefined)).toEqual([]);
    expect(inspectArgs('')).toEqual(['--inspect=127.0.0.1:9229']);
    expect(inspectArgs('9300')).toEqual(['--inspect=127.0.0.1:9300']);
    expect(inspectArgs('0.0.0.0:9300')).toEqual(['--inspect=0.0.0.0:9300']);
    expect(() => inspectArgs('x')).toThrow('--inspect takes [host:]port (got "x")');
  });

  it('an unknown plugin: exit 1, naming the plugins there are', async () => {
    const run = await runCfplugin(['serve', 'no-such-plugin']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^cfplugin serve: no plugin named "no-such-plugin" \(plugins: .*slack-noti-protocol/);
  });

  it('a bad --port: exit 2', async () => {
    expect(await runCfplugin(['serve', 'slack-noti-protocol', '--port', 'http'])).toMatchObject({
      code: 2,
      stderr: /^cfplugin serve: --port must be a port number \(got "http"\)/,
    });
  });
});

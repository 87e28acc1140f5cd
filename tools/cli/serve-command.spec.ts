import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { CoreClient } from '@cloudforet/plugin-testing';
import { BIN, runCfplugin } from './test-fixtures/run-cfplugin';
import { freePort } from '../shared/free-port';

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
      /^sandbox: Slack at http:\/\/127\.0\.0\.1:\d+; plugin env SLACK_API_URL, SLACK_WEBHOOK_URL_PREFIX$/,
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

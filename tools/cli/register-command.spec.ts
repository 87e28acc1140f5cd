import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { startFakeRepository, type FakeRepository } from '../register/fake-repository';
import { spawn } from 'node:child_process';
import { freePort } from '../common/free-port';
import { BIN, NO_TOKEN_ENV, runCfplugin } from './test-fixtures/run-cfplugin';

jest.setTimeout(20_000);

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.cli-register-token.c2lnbmF0dXJl';
const tmp = () => mkdtempSync(join(tmpdir(), 'cfplugin-register-'));

describe('cfplugin register', () => {
  let repo: FakeRepository;
  beforeEach(async () => (repo = await startFakeRepository()));
  afterEach(() => repo.close());

  it('--yaml-only prints the spacectl YAML and calls nothing', async () => {
    const run = await runCfplugin(['register', 'slack-noti-protocol', '--yaml-only']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/^# plugin-slack-noti-protocol: .*\n# spacectl exec register repository\.Plugin -f /);
    expect(parse(run.stdout)).toMatchObject({
      name: 'Slack Notification Protocol',
      resource_type: 'notification.Protocol',
      plugin_id: 'plugin-slack-noti-protocol',
    });
  });

  it('--alert-manager prints the alert-manager entry: its resource_type and plugin_id, the same image', async () => {
    const run = await runCfplugin(['register', 'slack-noti-protocol', '--alert-manager', '--yaml-only']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(parse(run.stdout)).toMatchObject({
      resource_type: 'alert_manager.Protocol',
      plugin_id: 'plugin-slack-noti-protocol-alert-manager',
      image: 'cloudforet/plugin-slack-noti-protocol',
    });
    const v1 = await runCfplugin(['register', 'slack-noti-protocol', '--alert-manager', '--api', 'v1', '--yaml-only']);
    expect(v1).toMatchObject({ code: 2, stderr: /the 1\.x Repository has no alert-manager resource types/ });
  });

  it('-o writes the 1.x YAML to a file', async () => {
    const file = join(tmp(), 'register_plugin.yaml');
    const run = await runCfplugin(['register', 'plugins/slack-noti-protocol/plugin.yaml', '--api', 'v1', '-o', file], {
      cwd: join(__dirname, '..', '..'),
    });
    expect(run).toMatchObject({ code: 0, stdout: '' });
    expect(run.stderr).toBe(`wrote ${file}: spacectl exec register repository.Plugin -f ${file}\n`);
    const body = parse(readFileSync(file, 'utf8'));
    expect(body.service_type).toBe('notification.Protocol');
    expect(body).not.toHaveProperty('resource_type');
  });

  it('registers in the repository with the token, never printing it', async () => {
    const run = await runCfplugin([
      'register',
      'slack-noti-protocol',
      '--endpoint',
      `grpc://${repo.endpoint}`,
      '--token',
      TOKEN,
    ]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toBe(
      `registered plugin-slack-noti-protocol in the repository at grpc://${repo.endpoint} (2.x API, read by reflection)\n`,
    );
    expect(repo.calls.map((c) => [c.method, c.token])).toEqual([
      ['get', TOKEN],
      ['register', TOKEN],
    ]);
    expect(repo.calls[1].request).toMatchObject({
      plugin_id: 'plugin-slack-noti-protocol',
      image: 'cloudforet/plugin-slack-noti-protocol',
    });
  });

  it('updates an existing plugin, the token from CLOUDFORET_TOKEN', async () => {
    repo.plugins.set('plugin-slack-noti-protocol', { plugin_id: 'plugin-slack-noti-protocol' });
    const run = await runCfplugin(['register', 'slack-noti-protocol', '--endpoint', repo.endpoint], {
      env: { ...NO_TOKEN_ENV, CLOUDFORET_TOKEN: TOKEN },
    });
    expect(run).toMatchObject({ code: 0, stdout: /^updated plugin-slack-noti-protocol / });
    expect(repo.calls.map((c) => [c.method, c.token])).toEqual([
      ['get', TOKEN],
      ['update', TOKEN],
    ]);
  });

  it('without a token: a clear message, exit 1, nothing sent', async () => {
    const run = await runCfplugin(['register', 'slack-noti-protocol', '--endpoint', repo.endpoint], {
      env: NO_TOKEN_ENV,
    });
    expect(run).toMatchObject({ code: 1, stdout: '' });
    expect(run.stderr).toBe(
      'cfplugin register: a token is required: --token, or $CLOUDFORET_TOKEN or $SPACEONE_TOKEN in the environment\n',
    );
    expect(repo.calls).toEqual([]);
  });

  it('an unreachable endpoint: a clear message, exit 1', async () => {
    const run = await runCfplugin(['register', 'slack-noti-protocol', '--endpoint', '127.0.0.1:1', '--token', TOKEN]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'cfplugin register: cannot reach the repository at 127.0.0.1:1: nothing listens on 127.0.0.1:1\n',
    );
    expect(run.stderr + run.stdout).not.toContain(TOKEN);
  });

  it('a bad plugin.yaml: names the file and the field, exit 1', async () => {
    const dir = tmp();
    const text = readFileSync(join(__dirname, '..', '..', 'plugins/slack-noti-protocol/plugin.yaml'), 'utf8');
    writeFileSync(join(dir, 'plugin.yaml'), text.replace('provider: slack\n', '').replace('labels: [', 'labels: [1, '));
    const run = await runCfplugin(['register', join(dir, 'plugin.yaml'), '--yaml-only']);
    expect(run).toMatchObject({ code: 1, stdout: '' });
    expect(run.stderr).toBe(
      `cfplugin register: ${join(dir, 'plugin.yaml')}: provider is required; labels.0 must be string (got 1)\n`,
    );
  });

  it('an unknown plugin name: exit 1', async () => {
    const run = await runCfplugin(['register', 'no-such-plugin', '--yaml-only']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^cfplugin register: .*plugins\/no-such-plugin\/plugin\.yaml: cannot read: ENOENT\n$/);
  });

  it('wrong usage: exit 2 (no endpoint, a bad --api)', async () => {
    expect(await runCfplugin(['register', 'slack-noti-protocol'])).toMatchObject({
      code: 2,
      stderr: /^cfplugin register: --endpoint is required \(or --yaml-only \/ -o <file>\)/,
    });
    expect(await runCfplugin(['register', 'slack-noti-protocol', '--api', 'v3', '--yaml-only'])).toMatchObject({
      code: 2,
      stderr: /^cfplugin register: --api must be v2, v1 or auto \(got "v3"\)/,
    });
  });

  it('the 2.x default against a 1.x Repository: names both versions, exit 1, nothing sent', async () => {
    const v1 = await startFakeRepository({ api: 'v1' });
    try {
      const run = await runCfplugin(['register', 'slack-noti-protocol', '--endpoint', v1.endpoint, '--token', TOKEN]);
      expect(run).toMatchObject({ code: 1, stdout: '' });
      expect(run.stderr).toMatch(
        /^cfplugin register: the repository at .* speaks the 1\.x API, but the 2\.x API was asked for \(--api v2, the default\); nothing was sent/,
      );
      expect(v1.calls).toEqual([]);
    } finally {
      await v1.close();
    }
  });

  it('a URL path in the endpoint: refused, nothing sent', async () => {
    const run = await runCfplugin([
      'register',
      'slack-noti-protocol',
      '--endpoint',
      `grpc://${repo.endpoint}/repository`,
      '--token',
      TOKEN,
    ]);
    expect(run).toMatchObject({ code: 1, stdout: '' });
    expect(run.stderr).toContain('(a gRPC endpoint has no path)');
    expect(repo.calls).toEqual([]);
  });
});

describe('cfplugin repository', () => {
  it('runs a fake Repository that register reaches, prints each call without the token, stops on SIGTERM', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, [BIN, 'repository', '--port', String(port)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    while (!out.includes('Ctrl-C stops it.')) await new Promise((r) => setTimeout(r, 50));
    expect(out).toContain(`fake Repository (2.x API) on grpc://127.0.0.1:${port}`);
    const run = await runCfplugin([
      'register',
      'slack-noti-protocol',
      '--endpoint',
      `grpc://127.0.0.1:${port}`,
      '--token',
      TOKEN,
    ]);
    expect(run).toMatchObject({
      code: 0,
      stdout: /^registered plugin-slack-noti-protocol .*\(2\.x API, read by reflection\)/,
    });
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(out).toMatch(/^get \{"plugin_id":"plugin-slack-noti-protocol".*\(with a token\)$/m);
    expect(out).toMatch(/^register \{.*"labels":\["Notification","Slack"\].*\(with a token\)$/m);
    expect(out).not.toContain(TOKEN);
  });
});

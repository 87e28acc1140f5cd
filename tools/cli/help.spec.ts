import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCfplugin } from './test-fixtures/run-cfplugin';

jest.setTimeout(20_000);

const COMMANDS = ['serve', 'test', 'call', 'register', 'repository'];

describe('cfplugin usage', () => {
  it('--help lists every command on stdout, exit 0', async () => {
    for (const flag of ['--help', '-h']) {
      const run = await runCfplugin([flag]);
      expect(run).toMatchObject({ code: 0, stderr: '' });
      expect(run.stdout).toMatch(/^Usage: cfplugin <command> \[options\]/);
      for (const c of COMMANDS) expect(run.stdout).toMatch(new RegExp(`^  ${c} +\\S`, 'm'));
    }
  });

  it.each(COMMANDS)('%s --help prints its usage on stdout, exit 0', async (command) => {
    const run = await runCfplugin([command, '--help']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(new RegExp(`^Usage: cfplugin ${command} `));
    expect(run.stdout).toContain('-h, --help');
  });

  it('no command: usage on stderr, exit 2', async () => {
    const run = await runCfplugin([]);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(/^Usage: cfplugin <command>/);
  });

  it('unknown command: names it, usage on stderr, exit 2', async () => {
    const run = await runCfplugin(['deploy']);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(/^cfplugin: unknown command "deploy"\n\nUsage: cfplugin <command>/);
  });

  it('unknown flag: names it, the command usage on stderr, exit 2', async () => {
    const run = await runCfplugin(['test', '127.0.0.1:1', '--colour']);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(/^cfplugin test: Unknown option '--colour'/);
    expect(run.stderr).toContain('Usage: cfplugin test <endpoint>');
  });

  it('missing and extra arguments: exit 2', async () => {
    expect(await runCfplugin(['call', '127.0.0.1:1'])).toMatchObject({ code: 2, stderr: /missing argument/ });
    expect(await runCfplugin(['test', 'a:1', 'b:2'])).toMatchObject({ code: 2, stderr: /unexpected argument: b:2/ });
  });
});

describe('cfplugin --version', () => {
  it('prints the version of the tools package, exit 0', async () => {
    const { version } = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-V'])
      expect(await runCfplugin([flag])).toMatchObject({ code: 0, stdout: `cfplugin ${version}\n`, stderr: '' });
  });
});

// npm run docs / docs:check against a copy of the Slack plugin's folder.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPlugin } from '@cloudforet/plugin-slack-noti-protocol/src/plugin';
import { runDocs } from './run-docs';

const ROOT = join(__dirname, '..', '..');
const NAME = 'slack-noti-protocol';
const factories = { [NAME]: () => createPlugin() };

/** A temporary repository root holding the Slack plugin's plugin.yaml, package.json and README. */
function rootWithSlack(prefix: string): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  mkdirSync(join(root, 'plugins', NAME), { recursive: true });
  copyFileSync(join(ROOT, '.prettierrc.json'), join(root, '.prettierrc.json'));
  for (const file of ['plugin.yaml', 'package.json', 'README.md'])
    copyFileSync(join(ROOT, 'plugins', NAME, file), join(root, 'plugins', NAME, file));
  return root;
}

describe('runDocs', () => {
  let root: string;
  let readme: string;
  let fresh: string;

  beforeAll(() => {
    root = rootWithSlack('docs-');
    readme = join(root, 'plugins', NAME, 'README.md');
    fresh = readFileSync(readme, 'utf8');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  async function run(check: boolean): Promise<{ code: number; out: string }> {
    const lines: string[] = [];
    const code = await runDocs(factories, { root, check, print: (l) => lines.push(l) });
    return { code, out: lines.join('\n') };
  }

  it('check passes on a fresh README', async () => {
    writeFileSync(readme, fresh);
    expect(await run(true)).toEqual({ code: 0, out: `docs: plugins/${NAME}/README.md is up to date` });
  });

  it('check fails on an edited generated line, names the README, hints the diff and the fix, writes nothing', async () => {
    const edited = fresh.replace('| `channel_id` | string | no ', '| `channel_id` | string | yes');
    expect(edited).not.toBe(fresh);
    writeFileSync(readme, edited);
    const { code, out } = await run(true);
    expect(code).toBe(1);
    expect(out).toContain(`docs: plugins/${NAME}/README.md is stale, line `);
    expect(out).toContain('- | `channel_id` | string | yes');
    expect(out).toContain('+ | `channel_id` | string | no ');
    expect(out).toContain('run `npm run docs`');
    expect(readFileSync(readme, 'utf8')).toBe(edited);
  });

  it('write mode regenerates the section and keeps the hand-written text around it', async () => {
    const handWritten = fresh.replace('## Dispatch', '## Dispatch (hand edit kept)');
    writeFileSync(readme, handWritten.replace('`SECRET`', '`PLAIN_TEXT`'));
    expect((await run(false)).code).toBe(0);
    expect(readFileSync(readme, 'utf8')).toBe(handWritten);
    expect((await run(true)).code).toBe(0);
  });

  it('appends the markers to a README without them', async () => {
    writeFileSync(readme, '# slack\n\nOnly prose.\n');
    await run(false);
    const text = readFileSync(readme, 'utf8');
    expect(text.startsWith('# slack\n\nOnly prose.\n\n## Reference (generated)\n')).toBe(true);
    expect(text).toBe(`# slack\n\nOnly prose.\n${fresh.slice(fresh.indexOf('\n## Reference (generated)'))}`);
  });
});

describe('runDocs and TODO(copy) placeholders', () => {
  let root: string;
  beforeAll(() => {
    root = rootWithSlack('docs-todo-');
    const readme = join(root, 'plugins', NAME, 'README.md');
    writeFileSync(readme, readFileSync(readme, 'utf8').replace(/\n/, '\n\nTODO(copy): what this plugin does.\n'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const run = async () => {
    const lines: string[] = [];
    const code = await runDocs(factories, { root, check: true, print: (l) => lines.push(l) });
    return { code, out: lines.join('\n') };
  };

  it('a new (uncommitted) copy: a warning naming each place, exit 0', async () => {
    const { code, out } = await run();
    expect(code).toBe(0);
    expect(out).toContain(
      `docs: warning: plugins/${NAME} still has 1 TODO(copy) placeholder(s) of a copied plugin: README.md:3 (an error once the plugin is committed)`,
    );
  });

  it('a committed plugin: an error, exit 1', async () => {
    spawnSync('git', ['init', '-q'], { cwd: root });
    spawnSync('git', ['add', 'plugins'], { cwd: root });
    const { code, out } = await run();
    expect(code).toBe(1);
    expect(out).toContain(
      `docs: error: plugins/${NAME} still has 1 TODO(copy) placeholder(s) of a copied plugin: README.md:3`,
    );
  });
});

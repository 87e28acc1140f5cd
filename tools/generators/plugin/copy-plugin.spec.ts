import type { Tree } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseManifest } from '../../manifest/load-manifest';
import { pluginGenerator } from './generator';
import type { PluginGeneratorSchema } from './schema';

jest.mock('./install-task', () => ({ installAndDocument: jest.fn() }));

const ROOT = join(__dirname, '../../..');
const SLACK = 'plugins/slack-noti-protocol';
const TEAMS = 'plugins/teams-noti-protocol';
const BUILD_OUTPUTS = new Set(['node_modules', 'dist', 'coverage']);

function realFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (BUILD_OUTPUTS.has(e.name)) return [];
    const path = join(dir, e.name);
    return e.isDirectory() ? realFiles(path) : [relative(join(ROOT, SLACK), path)];
  });
}

const SLACK_FILES = realFiles(join(ROOT, SLACK));
const ICON = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0]), Buffer.from('slack-noti-protocol')]);

/** The repository's Slack plugin, with build outputs and a binary file beside it, in a virtual tree. */
function treeWithSlack(): Tree {
  const tree = createTreeWithEmptyWorkspace();
  tree.delete('.oxfmtrc.json');
  tree.write('.prettierrc.json', readFileSync(join(ROOT, '.prettierrc.json')));
  for (const file of SLACK_FILES) tree.write(`${SLACK}/${file}`, readFileSync(join(ROOT, SLACK, file)));
  tree.write(`${SLACK}/dist/main.js`, '// slack-noti-protocol bundle');
  tree.write(`${SLACK}/node_modules/.bin/x`, 'slack-noti-protocol');
  tree.write(`${SLACK}/coverage/lcov.info`, 'SF:slack-noti-protocol');
  tree.write(`${SLACK}/assets/icon.png`, ICON);
  tree.write(`${SLACK}/docs/slack-noti-protocol.md`, 'See plugin-slack-noti-protocol.\n');
  return tree;
}

const copy = (tree: Tree, options: Partial<PluginGeneratorSchema> = {}) =>
  pluginGenerator(tree, { name: 'teams-noti-protocol', from: 'slack-noti-protocol', skipInstall: true, ...options });
const read = (tree: Tree, file: string) => tree.read(file, 'utf-8') ?? `(no ${file})`;
const filesUnder = (tree: Tree, dir: string) =>
  tree
    .listChanges()
    .map((c) => c.path)
    .filter((p) => p.startsWith(`${dir}/`))
    .map((p) => p.slice(dir.length + 1))
    .sort();

describe('--from slack-noti-protocol', () => {
  let tree: Tree;
  beforeAll(async () => {
    tree = treeWithSlack();
    await copy(tree);
  });

  it('copies every source file, renaming file names (the provider word too), and no build output', () => {
    const renamed = (f: string) => f.replace(/(^|\/)slack-/g, '$1teams-');
    const expected = [...SLACK_FILES.map(renamed), 'assets/icon.png', 'docs/teams-noti-protocol.md'].sort();
    expect(SLACK_FILES).toEqual(expect.arrayContaining(['src/plugin.ts', 'test/harness.ts', 'plugin.yaml']));
    expect(filesUnder(tree, TEAMS)).toEqual(expected);
    expect(expected).toEqual(expect.arrayContaining(['src/teams-connector.ts', 'src/teams-errors.ts']));
  });

  it('leaves no old name in any text file, except one line of the README and the connector marker', () => {
    const mentions = filesUnder(tree, TEAMS)
      .filter((f) => f !== 'assets/icon.png')
      .flatMap((f) =>
        read(tree, `${TEAMS}/${f}`)
          .split('\n')
          .filter((line) => line.includes('slack-noti-protocol'))
          .map((line) => `${f}: ${line}`),
      );
    expect(mentions).toEqual([
      expect.stringMatching(
        /^README\.md: Copied from `slack-noti-protocol`; until `src\/teams-connector\.ts` is replaced/,
      ),
      expect.stringMatching(
        /^src\/teams-connector\.ts: \/\/ TODO\(copy\): this connector is slack-noti-protocol's, copied as it was/,
      ),
    ]);
    expect(read(tree, `${TEAMS}/docs/teams-noti-protocol.md`)).toBe('See plugin-teams-noti-protocol.\n');
  });

  it('renames the connector after the new plugin and marks it as the part to replace', () => {
    const connector = read(tree, `${TEAMS}/src/teams-connector.ts`);
    expect(connector.split('\n')[0]).toBe(
      "// TODO(copy): this connector is slack-noti-protocol's, copied as it was: it still talks to that service.",
    );
    expect(connector).toContain('export class TeamsConnector');
    expect(read(tree, `${TEAMS}/src/protocol-service.ts`)).toContain("from './teams-connector'");
    expect(read(tree, `${TEAMS}/src/protocol-service.ts`)).not.toMatch(/SlackConnector|slack-connector/);
  });

  it('renames the environment variables: no SLACK_* left, TEAMS_* in their place', () => {
    const all = filesUnder(tree, TEAMS)
      .filter((f) => f !== 'assets/icon.png')
      .map((f) => read(tree, `${TEAMS}/${f}`))
      .join('\n');
    expect(all).not.toMatch(/(?<![A-Za-z0-9_])SLACK_[A-Z]/);
    expect(read(tree, `${TEAMS}/src/teams-connector.ts`)).toContain('process.env.TEAMS_API_URL');
    expect(read(tree, `${TEAMS}/test/harness.ts`)).toContain('TEAMS_API_URL');
  });

  it('copies binary files byte for byte', () => {
    expect(tree.read(`${TEAMS}/assets/icon.png`)).toEqual(ICON);
  });

  it('renames the package and the Nx project, resets the version, and its description is a placeholder', () => {
    const pkg = JSON.parse(read(tree, `${TEAMS}/package.json`));
    const old = JSON.parse(read(tree, `${SLACK}/package.json`));
    expect(old.version).not.toBe('0.1.0');
    expect(pkg).toMatchObject({
      name: '@cloudforet/plugin-teams-noti-protocol',
      version: '0.1.0',
      description: 'TODO(copy): what Teams Notification Protocol does (a Cloudforet notification.Protocol plugin)',
      nx: { name: 'teams-noti-protocol', tags: old.nx.tags },
      dependencies: old.dependencies,
      devDependencies: old.devDependencies,
    });
    expect(pkg.scripts.build).toBe('node ../../tools/scripts/build-plugin.mjs teams-noti-protocol');
    expect(Object.keys(pkg)).toEqual(Object.keys(old));
  });

  it('plugin.yaml: renamed, version 0.1.0, next local port; description, long description, labels, icon are placeholders', () => {
    const text = read(tree, `${TEAMS}/plugin.yaml`);
    const manifest = parseManifest(text);
    const old = parseManifest(read(tree, `${SLACK}/plugin.yaml`));
    expect(manifest).toEqual({
      ...old,
      plugin_id: 'plugin-teams-noti-protocol',
      version: '0.1.0',
      image: 'cloudforet/plugin-teams-noti-protocol',
      name: 'Teams Notification Protocol',
      provider: 'teams',
      local_port: old.local_port + 1,
      alert_manager: { ...old.alert_manager, plugin_id: 'plugin-teams-noti-protocol-alert-manager' },
      labels: [],
      tags: {
        description: 'TODO(copy): Teams Notification Protocol, in one line',
        long_description: 'TODO(copy): what Teams Notification Protocol does, for the console',
      },
    });
    expect(text).toMatch(/^# TODO\(copy\): labels the console filters by/m);
    expect(text).toMatch(/^ {2}# TODO\(copy\): icon: /m);
    expect(text).not.toMatch(/slack/i);
    expect(text.split('\n').slice(0, 2)).toEqual([
      "# Registration of this plugin in Cloudforet's Repository service (see tools/manifest/).",
      '# `npx cfplugin register teams-noti-protocol` turns it into repository.v1.Plugin.register.',
    ]);
  });

  it('renames the plugin definePlugin serves', () => {
    const source = read(tree, `${TEAMS}/src/plugin.ts`);
    expect(source).toContain("name: 'plugin-teams-noti-protocol',");
  });

  it('README and CHANGELOG: neutral placeholders, nothing of the source’s claims', () => {
    const readme = read(tree, `${TEAMS}/README.md`);
    expect(readme.startsWith('# teams-noti-protocol\n\nTODO(copy): what this plugin does')).toBe(true);
    expect(readme).toContain('<!-- generated:docs:start -->\n<!-- generated:docs:end -->');
    expect(readme).not.toMatch(/Slack|drop-in|1\.2\.0/);
    expect(read(tree, `${TEAMS}/CHANGELOG.md`)).not.toMatch(/Slack|1\.2\.0/);
  });

  it('leaves the source plugin untouched', () => {
    for (const file of SLACK_FILES)
      expect(tree.read(`${SLACK}/${file}`)).toEqual(readFileSync(join(ROOT, SLACK, file)));
  });
});

describe('--from: the summary', () => {
  it('lists exactly what the author must still change', async () => {
    const tree = treeWithSlack();
    const info = jest.spyOn(console, 'info').mockImplementation(() => undefined);
    (await copy(tree))();
    const printed = info.mock.calls.flat().join('\n');
    info.mockRestore();
    const todo = printed.slice(printed.indexOf('Still to change'), printed.indexOf('Next:')).trimEnd().split('\n');
    expect(todo.map((l) => l.trim().replace(/ {2,}/g, ' | '))).toEqual([
      'Still to change (marked TODO(copy); `npm run docs:check` lists what is left):',
      "plugins/teams-noti-protocol/src/teams-connector.ts | the connector: replace it with Teams Notification Protocol's API",
      'plugins/teams-noti-protocol/README.md | what the plugin does',
      'plugins/teams-noti-protocol/package.json | description',
      'plugins/teams-noti-protocol/plugin.yaml | tags.description, tags.long_description, labels, tags.icon',
      "environment variables, renamed SLACK_* -> TEAMS_*: TEAMS_API_URL, TEAMS_WEBHOOK_URL_PREFIX (their defaults in src/ still point at slack-noti-protocol's service)",
      'dependencies kept for the copied connector: @slack/web-api, @slack/webhook (remove them from package.json once it is replaced)',
    ]);
  });
});

describe('--from options and refusals', () => {
  it('keeps an image org other than cloudforet, and takes --provider', async () => {
    const tree = treeWithSlack();
    const yaml = read(tree, `${SLACK}/plugin.yaml`).replace(
      'image: cloudforet/plugin-slack-noti-protocol',
      'image: registry.example.com/acme/plugin-slack-noti-protocol',
    );
    tree.write(`${SLACK}/plugin.yaml`, yaml);
    await copy(tree, { provider: 'microsoft' });
    expect(parseManifest(read(tree, `${TEAMS}/plugin.yaml`))).toMatchObject({
      image: 'registry.example.com/acme/plugin-teams-noti-protocol',
      provider: 'microsoft',
    });
  });

  it.each([
    [
      { kind: 'webhook' },
      '--kind webhook does not match slack-noti-protocol, a protocol plugin (notification.Protocol)',
    ],
    [{ name: 'teams-mon-webhook' }, `"teams-mon-webhook": a protocol plugin's name is <provider...>-noti-protocol`],
    [{ from: 'teams-noti-protocol' }, '--from teams-noti-protocol: there is no plugins/teams-noti-protocol/ to copy.'],
    [{ name: 'slack-noti-protocol' }, 'plugins/slack-noti-protocol/ already exists'],
  ] as const)('%j', async (options, message) => {
    const tree = treeWithSlack();
    await expect(copy(tree, options as Partial<PluginGeneratorSchema>)).rejects.toThrow(message);
    expect(filesUnder(tree, TEAMS)).toEqual([]);
  });

  it('a source without a valid plugin.yaml', async () => {
    const tree = treeWithSlack();
    tree.write(`${SLACK}/plugin.yaml`, read(tree, `${SLACK}/plugin.yaml`).replace(/^provider:.*\n/m, ''));
    await expect(copy(tree)).rejects.toThrow('plugins/slack-noti-protocol/plugin.yaml: provider is required');
    tree.delete(`${SLACK}/plugin.yaml`);
    await expect(copy(tree)).rejects.toThrow(
      'plugins/slack-noti-protocol/plugin.yaml is missing, so its kind is unknown',
    );
  });
});

import type { Tree } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseManifest } from '../../manifest/load-manifest';
import { pluginGenerator } from './generator';
import { installAndDocument } from './install-task';
import type { PluginKind } from './plugin-kinds';
import type { PluginGeneratorSchema } from './schema';
import { makeTestTemplates, type TestTemplates } from './test-templates.fixture';

jest.mock('./install-task', () => ({ installAndDocument: jest.fn() }));

const ROOT = join(__dirname, '../../..');

let templates: TestTemplates;
beforeAll(() => (templates = makeTestTemplates()));
afterAll(() => templates.remove());

function newTree(): Tree {
  const tree = createTreeWithEmptyWorkspace();
  // The repository's formatter and settings, so that formatFiles formats as it does in the repository.
  tree.delete('.oxfmtrc.json');
  tree.write('.prettierrc.json', readFileSync(join(ROOT, '.prettierrc.json')));
  return tree;
}

/** What the generator wrote: every change under plugins/. */
const written = (tree: Tree) =>
  tree
    .listChanges()
    .map((c) => c.path)
    .filter((p) => p.startsWith('plugins/'));

const generate = (tree: Tree, options: PluginGeneratorSchema) =>
  pluginGenerator(tree, { skipInstall: true, ...options }, templates.dir);
const read = (tree: Tree, file: string) => tree.read(file, 'utf-8') ?? `(no ${file})`;

describe.each([
  [
    'collector',
    'aws-ec2-inven-collector',
    'inventory.Collector',
    'inventory.Collector',
    'Collector',
    'Aws Ec2 Inven Collector',
  ],
  [
    'datasource',
    'aws-cloudwatch-mon-datasource',
    'monitoring.DataSource',
    'monitoring.DataSource',
    'DataSource',
    'Aws Cloudwatch Mon Datasource',
  ],
  [
    'webhook',
    'azure-monitor-mon-webhook',
    'monitoring.Webhook',
    'monitoring.Webhook',
    'Webhook',
    'Azure Monitor Mon Webhook',
  ],
  [
    'auth',
    'keycloak-identity-auth',
    'identity.ExternalAuth',
    'identity.Domain',
    'ExternalAuth',
    'Keycloak Identity Auth',
  ],
  [
    'protocol',
    'teams-noti-protocol',
    'notification.Protocol',
    'notification.Protocol',
    'Protocol',
    'Teams Noti Protocol',
  ],
] as const)('--kind %s (%s)', (kind, name, resourceType, serviceType, service, title) => {
  let tree: Tree;
  const dir = `plugins/${name}`;
  beforeAll(async () => {
    tree = newTree();
    await generate(tree, { name, kind: kind as PluginKind });
  });

  it('writes the common files, with no .template left in a name', () => {
    const files = written(tree).map((p) => p.slice(dir.length + 1));
    expect(files).toEqual(
      expect.arrayContaining([
        'package.json',
        'tsconfig.json',
        'jest.config.js',
        'plugin.yaml',
        'README.md',
        'src/main.ts',
        'test/conformance.spec.ts',
      ]),
    );
    expect(files.filter((f) => f.includes('.template') || f.includes('__'))).toEqual([]);
    expect(written(tree).every((p) => p.startsWith(`${dir}/`))).toBe(true);
  });

  it('renders the kind template after the common one', () => {
    if (kind === 'protocol') {
      expect(read(tree, `${dir}/src/plugin.ts`)).toContain(`name: 'plugin-${name}'`);
      expect(read(tree, `${dir}/jest.config.js`)).toBe(`module.exports = { displayName: '${name} (protocol)' };\n`);
    } else expect(read(tree, `${dir}/KIND.md`)).toBe(`${kind}: ${service} of ${resourceType}\n`);
  });

  it('writes a plugin.yaml that tools/manifest accepts, with the names and types of the kind', () => {
    const manifest = parseManifest(read(tree, `${dir}/plugin.yaml`));
    expect(manifest).toMatchObject({
      plugin_id: `plugin-${name}`,
      name: title,
      image: `cloudforet/plugin-${name}`,
      registry_type: 'DOCKER_HUB',
      resource_type: resourceType,
      service_type: serviceType,
      provider: name.split('-')[0],
      labels: [],
      tags: { description: title },
    });
    const capability = {
      collector: { supported_schema: [] },
      datasource: { monitoring_type: 'METRIC', supported_schema: [], use_resource_secret: true },
      webhook: {},
      auth: {},
      protocol: { supported_schema: [] },
    }[kind];
    expect(manifest.capability).toEqual(capability);
    // A webhook or protocol names the entry its image serves with PLUGIN_API=alert_manager; no other kind can.
    expect(manifest.alert_manager).toEqual(
      kind === 'webhook' || kind === 'protocol'
        ? { resource_type: `alert_manager.${service}`, plugin_id: `plugin-${name}-alert-manager` }
        : undefined,
    );
  });

  it('writes a workspace package.json: names, version, tags, scripts and the workspace dependencies', () => {
    const pkg = JSON.parse(read(tree, `${dir}/package.json`));
    expect(pkg).toMatchObject({
      name: `@cloudforet/plugin-${name}`,
      version: '0.1.0',
      private: true,
      main: 'src/main.ts',
      nx: { name, tags: ['scope:plugin', `kind:${resourceType}`] },
      dependencies: { '@cloudforet/api': '0.1.0', '@cloudforet/plugin-core': '0.1.0' },
      devDependencies: { '@cloudforet/plugin-testing': '0.1.0', '@cloudforet/sandbox': '0.1.0' },
    });
    expect(pkg.scripts).toEqual({
      test: 'jest --config jest.config.js',
      typecheck: 'tsc -p tsconfig.json',
      lint: 'eslint .',
      build: `node ../../tools/scripts/build-plugin.mjs ${name}`,
      start: `node ../../dist/plugins/${name}/main.js`,
      image: `node ../../tools/scripts/images.mjs ${name}`,
    });
  });
});

describe('common files', () => {
  let tree: Tree;
  const dir = 'plugins/grafana-mon-webhook';
  beforeAll(async () => {
    tree = newTree();
    await generate(tree, { name: 'grafana-mon-webhook', kind: 'webhook', provider: 'grafana_labs' });
  });

  it('takes --provider as given', () => {
    expect(parseManifest(read(tree, `${dir}/plugin.yaml`)).provider).toBe('grafana_labs');
  });

  it('main.ts serves createPlugin()', () => {
    expect(read(tree, `${dir}/src/main.ts`)).toBe(
      "import { serve } from '@cloudforet/plugin-core';\nimport { createPlugin } from './plugin';\n\nvoid serve(createPlugin());\n",
    );
  });

  it('tsconfig and jest config extend the root ones', () => {
    expect(JSON.parse(read(tree, `${dir}/tsconfig.json`))).toEqual({
      extends: '../../tsconfig.base.json',
      compilerOptions: { noEmit: true },
      include: ['src/**/*.ts', 'test/**/*.ts'],
    });
    expect(read(tree, `${dir}/jest.config.js`)).toBe(
      "module.exports = { ...require('../../jest.preset.js'), displayName: 'grafana-mon-webhook', rootDir: __dirname };\n",
    );
  });

  it('README: title, image build command and empty generated-docs markers', () => {
    const readme = read(tree, `${dir}/README.md`);
    expect(readme.startsWith('# grafana-mon-webhook\n')).toBe(true);
    expect(readme).toContain(
      'docker build -f docker/Dockerfile --build-arg PLUGIN=grafana-mon-webhook --build-arg VERSION=0.1.0 -t cloudforet/plugin-grafana-mon-webhook:0.1.0 .',
    );
    expect(readme).toContain('`monitoring.Webhook`');
    expect(readme.endsWith('<!-- generated:docs:start -->\n<!-- generated:docs:end -->\n')).toBe(true);
    // formatFiles aligned the tables (the names' lengths vary) with the repository's prettier settings.
    const firstTable = readme.split('\n\n').find((block) => block.startsWith('|')) ?? '';
    expect(new Set(firstTable.split('\n').map((row) => row.length)).size).toBe(1);
    expect(firstTable).toContain('| image       | `cloudforet/plugin-grafana-mon-webhook`');
  });

  it('the conformance spec runs the harness checks of this plugin', () => {
    const spec = read(tree, `${dir}/test/conformance.spec.ts`);
    expect(spec).toContain("describeHarnessConformance('grafana-mon-webhook conformance (through its harness)'");
    expect(spec).toContain("import { harness } from './harness';");
    expect(spec).toContain("import { createPlugin } from '../src/plugin';");
    expect(spec.replace(/\s+/g, ' ')).toContain('{ createPlugin, startSandbox, harness, alertManager: true,');
  });
});

describe('refusals', () => {
  it.each([
    [{ name: 'teams-noti-protocol' }, '--kind is required (collector, datasource, webhook, auth, protocol)'],
    [
      { name: 'teams-noti-protocol', kind: 'chat' },
      '--kind chat: use one of collector, datasource, webhook, auth, protocol.',
    ],
    [{ name: 'teams-noti-protocol', kind: 'webhook' }, `"teams-noti-protocol": a webhook plugin's name is`],
    [{ name: 'Teams-noti-protocol', kind: 'protocol' }, 'use lowercase letters, digits and single dashes only'],
  ])('%j', async (options, message) => {
    const tree = newTree();
    await expect(generate(tree, options as PluginGeneratorSchema)).rejects.toThrow(message);
    expect(written(tree)).toEqual([]);
  });

  it('an existing folder', async () => {
    const tree = newTree();
    tree.write('plugins/teams-noti-protocol/notes.txt', 'mine');
    await expect(generate(tree, { name: 'teams-noti-protocol', kind: 'protocol' })).rejects.toThrow(
      'plugins/teams-noti-protocol/ already exists: choose another name, or delete it first.',
    );
    expect(read(tree, 'plugins/teams-noti-protocol/notes.txt')).toBe('mine');
  });

  it('a kind whose template folder is missing', async () => {
    const tree = newTree();
    await expect(
      pluginGenerator(tree, { name: 'teams-noti-protocol', kind: 'protocol' }, join(templates.dir, 'none')),
    ).rejects.toThrow(/There is no template for --kind protocol yet: .*none\/protocol is missing\./);
  });
});

describe('after writing', () => {
  beforeEach(() => jest.mocked(installAndDocument).mockClear());

  it('runs npm install at the workspace root, then prints the next steps', async () => {
    const tree = newTree();
    const info = jest.spyOn(console, 'info').mockImplementation(() => undefined);
    const done = await pluginGenerator(tree, { name: 'teams-noti-protocol', kind: 'protocol' }, templates.dir);
    expect(installAndDocument).not.toHaveBeenCalled();
    done();
    expect(installAndDocument).toHaveBeenCalledWith(tree.root, 'teams-noti-protocol');
    const printed = info.mock.calls.flat().join('\n');
    info.mockRestore();
    expect(printed).toContain(
      'Created plugins/teams-noti-protocol/ (notification.Protocol, plugin-teams-noti-protocol, local port 50051).',
    );
    expect(printed).toContain('npx nx run-many -t lint,typecheck,test -p teams-noti-protocol');
    expect(printed).not.toContain('npm install');
  });

  it('--skipInstall leaves npm install to the user and says so', async () => {
    const tree = newTree();
    const info = jest.spyOn(console, 'info').mockImplementation(() => undefined);
    const done = await generate(tree, { name: 'teams-noti-protocol', kind: 'protocol' });
    done();
    const printed = info.mock.calls.flat().join('\n');
    info.mockRestore();
    expect(installAndDocument).not.toHaveBeenCalled();
    expect(printed).toContain('npm install --no-audit --no-fund   # links the new workspace');
  });
});

describe('local ports', () => {
  it('a new plugin takes the next free local_port and leaves every existing plugin on its own', async () => {
    const tree = newTree();
    const slack = readFileSync(join(ROOT, 'plugins/slack-noti-protocol/plugin.yaml'), 'utf8');
    tree.write('plugins/slack-noti-protocol/plugin.yaml', slack);
    tree.write('plugins/zz-mon-webhook/plugin.yaml', slack.replace(/^local_port: .*$/m, 'local_port: 50060'));
    await generate(tree, { name: 'aws-ec2-inven-collector', kind: 'collector' });
    await generate(tree, { name: 'azure-monitor-mon-webhook', kind: 'webhook' });
    const port = (name: string) => parseManifest(read(tree, `plugins/${name}/plugin.yaml`)).local_port;
    expect(port('slack-noti-protocol')).toBe(parseManifest(slack).local_port);
    expect(port('zz-mon-webhook')).toBe(50060);
    expect(port('aws-ec2-inven-collector')).toBe(50061);
    expect(port('azure-monitor-mon-webhook')).toBe(50062);
  });
});

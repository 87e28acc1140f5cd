// The kinds' real templates (files/<kind>/, written beside files/common/), for every kind that has one:
// what they render must be a plugin tools/manifest accepts, with the entry points the common files use.
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseManifest } from '../../manifest/load-manifest';
import { pluginGenerator } from './generator';
import { TEMPLATES_DIR } from './kind-templates';
import { KIND_NAMES, PLUGIN_KINDS, type PluginKind } from './plugin-kinds';

jest.mock('./install-task', () => ({ installAndDocument: jest.fn() }));

const ROOT = join(__dirname, '../../..');
const READY = KIND_NAMES.filter((kind) => existsSync(join(TEMPLATES_DIR, kind)));

function describeKind(kind: PluginKind) {
  const name = `example${PLUGIN_KINDS[kind].suffix}`;
  const tree = createTreeWithEmptyWorkspace();
  tree.delete('.oxfmtrc.json');
  tree.write('.prettierrc.json', readFileSync(join(ROOT, '.prettierrc.json')));
  const read = (file: string) => tree.read(`plugins/${name}/${file}`, 'utf-8') ?? `(no ${file})`;
  beforeAll(() => pluginGenerator(tree, { name, kind, skipInstall: true }));

  it('renders no template syntax and no .template file name', () => {
    const files = tree
      .listChanges()
      .map((c) => c.path)
      .filter((p) => p.startsWith(`plugins/${name}/`));
    expect(files.filter((f) => f.endsWith('.template') || f.includes('__'))).toEqual([]);
    expect(files.filter((f) => /<%|%>/.test(tree.read(f, 'utf-8') ?? ''))).toEqual([]);
  });

  it('has the entry points the common files import, named after the plugin', () => {
    expect(read('src/plugin.ts')).toMatch(/export (async )?function createPlugin|export const createPlugin/);
    expect(read('src/plugin.ts')).toContain(`plugin-${name}`);
    expect(read('test/harness.ts')).toMatch(/export async function harness\(/);
  });

  it("keeps the common plugin.yaml's identity", () => {
    expect(parseManifest(read('plugin.yaml'))).toMatchObject({
      plugin_id: `plugin-${name}`,
      image: `cloudforet/plugin-${name}`,
      resource_type: PLUGIN_KINDS[kind].resourceType,
    });
  });
}

// jest refuses describe.each([]): until a kind has its template there is nothing to check.
if (READY.length) describe.each(READY)('files/%s/', describeKind);
else it.skip('files/<kind>/: no kind template yet', () => undefined);

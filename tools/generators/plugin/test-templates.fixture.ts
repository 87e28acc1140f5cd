// Templates for the specs: the real files/common/ plus a stand-in files/protocol/ in a temporary
// folder, so that the specs do not depend on (or write into) the kinds' real templates.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { KIND_NAMES } from './plugin-kinds';
import { TEMPLATES_DIR } from './kind-templates';

const STAND_IN: Record<string, string> = {
  'src/plugin.ts.template': [
    "import { definePlugin } from '@cloudforet/plugin-core';",
    '',
    "export const createPlugin = () => definePlugin({ name: '<%= pluginId %>', version: '0.1.0', services: [] });",
    '',
  ].join('\n'),
  'test/harness.ts.template':
    "export const harness = () => ({ env: {}, checks: [], example: { method: '<%= service %>.init', params: {} } });\n",
  // A kind may override a common file: it is rendered after files/common/.
  'jest.config.js.template': "module.exports = { displayName: '<%= name %> (<%= kind %>)' };\n",
};

export interface TestTemplates {
  dir: string;
  remove(): void;
}

/** files/common -> the real one; files/protocol -> STAND_IN; every other kind: one KIND.md. */
export function makeTestTemplates(): TestTemplates {
  const dir = mkdtempSync(join(tmpdir(), 'plugin-generator-'));
  symlinkSync(join(TEMPLATES_DIR, 'common'), join(dir, 'common'));
  const write = (file: string, text: string) => {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  };
  for (const [file, text] of Object.entries(STAND_IN)) write(`protocol/${file}`, text);
  for (const kind of KIND_NAMES.filter((k) => k !== 'protocol'))
    write(`${kind}/KIND.md.template`, '<%= kind %>: <%= service %> of <%= resourceType %>\n');
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

import { initSection } from './init-section';
import { code } from './markdown-table';
import type { PluginDocs } from './plugin-docs';
import { registrationFactsTable } from './registration-facts';
import { toRegisterYaml } from '../register/register-yaml';
import { fieldTable, optionsTable } from './schema-tables';

/** The Markdown between a README's markers (not yet formatted by prettier). */
export function renderDocsSection(docs: PluginDocs): string {
  return [
    '### Registration facts (`plugin.yaml`)',
    registrationFactsTable(docs),
    '### Options',
    docs.schemas.options ? optionsTable(docs.schemas.options) : 'This plugin declares no `options` schema.',
    initSection(docs),
    secretDataSection(docs),
    registerSection(docs),
    buildSection(docs),
  ].join('\n\n');
}

function secretDataSection(docs: PluginDocs): string {
  const entries = Object.entries(docs.schemas.secretData ?? {});
  const blocks = ['### secret_data'];
  if (!entries.length) blocks.push('This plugin declares no `secret_data` schema.');
  for (const [id, schema] of entries) blocks.push(`#### ${code(id)}`, fieldTable(schema));
  return blocks.join('\n\n');
}

function registerSection(docs: PluginDocs): string {
  return [
    '### Register',
    '`register_plugin.yaml`, from `plugin.yaml`:',
    '```yaml\n' + toRegisterYaml(docs.manifest).trimEnd() + '\n```',
    '```sh\n' +
      'spacectl exec register repository.Plugin -f register_plugin.yaml\n' +
      `# or, straight from plugin.yaml:\nnpx cfplugin register ${docs.name} --endpoint grpc://repository:50051 --token $TOKEN\n` +
      '```',
  ].join('\n\n');
}

function buildSection(docs: PluginDocs): string {
  return [
    '### Build the image',
    '```sh\n' +
      `docker build -f docker/Dockerfile --build-arg PLUGIN=${docs.name} --build-arg VERSION=${docs.version} -t ${docs.manifest.image}:${docs.version} .\n` +
      '```',
  ].join('\n\n');
}

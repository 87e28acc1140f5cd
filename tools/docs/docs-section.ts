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
    ...(docs.manifest.alert_manager ? [alertManagerSection(docs)] : []),
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

const ALERT_MANAGER_SERVICES: Record<string, string> = {
  'alert_manager.Webhook': '`spaceone.api.alert_manager.plugin.Webhook` and `Event`',
  'alert_manager.Protocol': '`spaceone.api.alert_manager.plugin.Protocol` and `Notification`',
};

function alertManagerSection(docs: PluginDocs): string {
  const entry = docs.manifest.alert_manager!;
  return [
    '### The alert-manager API',
    `Started with \`PLUGIN_API=alert_manager\`, the same image serves ${ALERT_MANAGER_SERVICES[entry.resource_type]} ` +
      '(Cloudforet 2.x alert manager) instead of its classic services, from the same code: only the mapping at ' +
      'the edge differs ([docs/alert-manager.md](../../docs/alert-manager.md)). Register that entry with:',
    '```sh\n' +
      `npx cfplugin register ${docs.name} --alert-manager --endpoint grpc://repository:50051 --token $TOKEN  # ${entry.resource_type} as ${entry.plugin_id}\n` +
      `docker run -e PLUGIN_API=alert_manager -p 50051:50051 ${docs.manifest.image}:${docs.version}\n` +
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

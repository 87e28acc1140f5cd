import type { PluginDefinition } from '@cloudforet/plugin-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadManifest } from '../manifest/load-manifest';
import { serviceOf } from '../manifest/plugin-manifest';
import { fetchInitAnswers, optionsExamples } from './init-answers';
import type { PluginDocs } from './plugin-docs';

/** Reads plugins/<name>/{plugin.yaml,package.json} and asks the running plugin what init answers. */
export async function collectPluginDocs(
  root: string,
  name: string,
  plugin: PluginDefinition,
  /** Options to document init with instead of the schema's examples (a plugin that needs the sandbox). */
  initOptions?: Record<string, unknown>[],
): Promise<PluginDocs> {
  const dir = join(root, 'plugins', name);
  const manifest = loadManifest(dir);
  const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string };
  const schemas = plugin.schemas ?? {};
  const initService = serviceOf(manifest.resource_type);
  return {
    name,
    version,
    manifest,
    services: plugin.services.map((s) => ({
      name: s.name,
      methods: Object.keys(s.handlers)
        .filter((key) => s.handlers[key] && s.definition[key])
        .map((key) => s.definition[key].path.split('/')[2]),
    })),
    schemas,
    initService,
    inits: await fetchInitAnswers(plugin, initService, initOptions ?? optionsExamples(schemas.options)),
  };
}

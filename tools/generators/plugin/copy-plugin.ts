import { joinPathFragments, updateJson, type Tree } from '@nx/devkit';
import type { CopySource } from './copy-source';
import { asText, sourceFiles } from './copy-tree';
import { emptyGeneratedDocs } from './docs-section';
import { renamedImage, setYamlLine } from './manifest-edits';
import { renamePlugin } from './plugin-renames';
import type { TemplateVars } from './template-vars';

/** Copies `source` to `target` as the plugin `vars` names: every old name renamed, version 0.1.0. */
export function copyPlugin(tree: Tree, source: CopySource, target: string, vars: TemplateVars): void {
  const rename = (text: string) => renamePlugin(text, source.name, vars.name);
  for (const rel of sourceFiles(tree, source.dir)) {
    const content = tree.read(joinPathFragments(source.dir, rel));
    if (!content) continue;
    const text = asText(content);
    tree.write(joinPathFragments(target, rename(rel)), text === undefined ? content : rename(text));
  }

  updateJson(tree, joinPathFragments(target, 'package.json'), (pkg) => ({
    ...pkg,
    name: vars.packageName,
    version: '0.1.0',
    nx: { ...pkg.nx, name: vars.name },
  }));

  const manifestFile = joinPathFragments(target, 'plugin.yaml');
  let manifest = tree.read(manifestFile, 'utf-8') ?? '';
  manifest = setYamlLine(manifest, 'plugin_id', vars.pluginId);
  manifest = setYamlLine(manifest, 'image', renamedImage(source.manifest.image, vars.pluginId));
  manifest = setYamlLine(manifest, 'name', vars.title);
  manifest = setYamlLine(manifest, 'provider', vars.provider);
  manifest = setYamlLine(manifest, 'local_port', String(vars.localPort));
  if (source.manifest.tags.description === source.manifest.name)
    manifest = setYamlLine(manifest, 'description', vars.title, '  ');
  tree.write(manifestFile, manifest);

  const readme = joinPathFragments(target, 'README.md');
  const text = tree.read(readme, 'utf-8');
  if (text !== null) tree.write(readme, emptyGeneratedDocs(text));
}

import { joinPathFragments, updateJson, type Tree } from '@nx/devkit';
import { COPY_TODO, connectorTodo, placeholderManifest, placeholderReadme } from './copy-placeholders';
import type { CopySource } from './copy-source';
import { asText, sourceFiles } from './copy-tree';
import { renamedImage, setYamlLine } from './manifest-edits';
import { providerPartOf } from './plugin-name';
import { renamePlugin } from './plugin-renames';
import { envPrefix, providerRenames } from './provider-renames';
import type { TemplateVars } from './template-vars';

/** What the author of a copy must still change: the generator prints it. */
export interface CopyReport {
  /** Files holding a TODO(copy) placeholder, relative to the repository, with what to write there. */
  todos: { file: string; what: string }[];
  /** Environment variables the copy reads, renamed from the source's prefix. */
  envVars: string[];
  envRename?: { from: string; to: string };
  /** The source's own dependencies, kept for the copied connector. */
  keptDependencies: string[];
}

/**
 * Copies `source` to `target` as the plugin `vars` names: every old name renamed (package, project,
 * plugin_id, image, file names, connector, env prefixes), version 0.1.0, and everything the source said
 * about itself (README, descriptions, labels, icon, changelog) reset to placeholders marked TODO(copy).
 */
export function copyPlugin(tree: Tree, source: CopySource, target: string, vars: TemplateVars): CopyReport {
  const oldPart = providerPartOf(source.name, source.kind);
  const newPart = providerPartOf(vars.name, vars.kind);
  const files = sourceFiles(tree, source.dir);
  const provider = providerRenames(oldPart, newPart, files);
  const rename = (text: string) => provider.text(renamePlugin(text, source.name, vars.name));
  let connector: string | undefined;
  const envVars = new Set<string>();
  for (const rel of files) {
    const content = tree.read(joinPathFragments(source.dir, rel));
    if (!content) continue;
    const text = asText(content);
    const newRel = provider.path(renamePlugin(rel, source.name, vars.name));
    if (text === undefined) {
      tree.write(joinPathFragments(target, newRel), content);
      continue;
    }
    provider.envVarsIn(renamePlugin(text, source.name, vars.name)).forEach((v) => envVars.add(v));
    let copied = rename(text);
    if (/^src\/[^/]*-connector\.ts$/.test(newRel)) {
      connector = `src/${newRel.split('/').pop()}`;
      copied = connectorTodo(source, vars.title) + copied;
    }
    tree.write(joinPathFragments(target, newRel), copied);
  }

  let keptDependencies: string[] = [];
  updateJson(tree, joinPathFragments(target, 'package.json'), (pkg) => {
    keptDependencies = Object.keys(pkg.dependencies ?? {}).filter((d) => !d.startsWith('@cloudforet/'));
    return {
      ...pkg,
      name: vars.packageName,
      version: '0.1.0',
      description: `${COPY_TODO}: what ${vars.title} does (a Cloudforet ${vars.resourceType} plugin)`,
      nx: { ...pkg.nx, name: vars.name },
    };
  });

  const manifestFile = joinPathFragments(target, 'plugin.yaml');
  let manifest = tree.read(manifestFile, 'utf-8') ?? '';
  manifest = setYamlLine(manifest, 'plugin_id', vars.pluginId);
  manifest = setYamlLine(manifest, 'version', '0.1.0');
  manifest = setYamlLine(manifest, 'image', renamedImage(source.manifest.image, vars.pluginId));
  manifest = setYamlLine(manifest, 'name', vars.title);
  manifest = setYamlLine(manifest, 'provider', vars.provider);
  manifest = setYamlLine(manifest, 'local_port', String(vars.localPort));
  tree.write(manifestFile, placeholderManifest(manifest, vars));

  tree.write(joinPathFragments(target, 'README.md'), placeholderReadme(vars, source, connector));
  tree.write(
    joinPathFragments(target, 'CHANGELOG.md'),
    `# Changelog\n\nVersions of \`cloudforet/${vars.pluginId}\`. \`nx release\` writes the entries from conventional commits\n(CONTRIBUTING.md).\n`,
  );

  const todos = [
    ...(connector
      ? [{ file: `${target}/${connector}`, what: `the connector: replace it with ${vars.title}'s API` }]
      : []),
    { file: `${target}/README.md`, what: 'what the plugin does' },
    { file: `${target}/package.json`, what: 'description' },
    { file: `${target}/plugin.yaml`, what: 'tags.description, tags.long_description, labels, tags.icon' },
  ];
  return {
    todos,
    envVars: [...envVars].sort(),
    envRename: envVars.size ? { from: `${envPrefix(oldPart)}*`, to: `${envPrefix(newPart)}*` } : undefined,
    keptDependencies,
  };
}

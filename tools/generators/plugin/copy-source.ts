import { joinPathFragments, type Tree } from '@nx/devkit';
import { parseManifest } from '../../manifest/load-manifest';
import type { PluginManifest } from '../../manifest/plugin-manifest';
import { kindOfResourceType, type PluginKind } from './plugin-kinds';

/** The plugin that `--from` copies, with the kind its plugin.yaml declares. */
export interface CopySource {
  name: string;
  dir: string;
  manifest: PluginManifest;
  kind: PluginKind;
}

export function readCopySource(tree: Tree, directory: string, from: string): CopySource {
  const dir = joinPathFragments(directory, from);
  const file = joinPathFragments(dir, 'plugin.yaml');
  if (!tree.exists(dir)) throw new Error(`--from ${from}: there is no ${dir}/ to copy.`);
  const text = tree.read(file, 'utf-8');
  if (text === null) throw new Error(`--from ${from}: ${file} is missing, so its kind is unknown.`);
  const manifest = parseManifest(text, file);
  const kind = kindOfResourceType(manifest.resource_type);
  if (!kind) throw new Error(`--from ${from}: no generator kind has resource_type ${manifest.resource_type}.`);
  return { name: from, dir, manifest, kind };
}

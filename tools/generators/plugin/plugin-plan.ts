import { joinPathFragments, offsetFromRoot, type Tree } from '@nx/devkit';
import { readCopySource, type CopySource } from './copy-source';
import { isPluginKind, KIND_NAMES } from './plugin-kinds';
import { defaultProvider, providerPartOf, titleOf, validatePluginName } from './plugin-name';
import { nextLocalPort } from '../../manifest/local-ports';
import { usedLocalPorts } from './used-local-ports';
import { copiedTitle } from './plugin-renames';
import type { PluginGeneratorSchema } from './schema';
import { templateVars, type TemplateVars } from './template-vars';

/** What the generator will write, once the options are checked against the tree. */
export interface PluginPlan {
  target: string;
  vars: TemplateVars;
  /** Set with --from: the plugin to copy instead of the kind's templates. */
  source?: CopySource;
}

export function planPlugin(tree: Tree, options: PluginGeneratorSchema): PluginPlan {
  const directory = options.directory || 'plugins';
  const name = (options.name ?? '').trim();
  if (options.kind !== undefined && !isPluginKind(options.kind))
    throw new Error(`--kind ${String(options.kind)}: use one of ${KIND_NAMES.join(', ')}.`);

  const source = options.from ? readCopySource(tree, directory, options.from) : undefined;
  if (source && options.kind && options.kind !== source.kind)
    throw new Error(
      `--kind ${options.kind} does not match ${source.name}, a ${source.kind} plugin (${source.manifest.resource_type}); leave --kind out with --from.`,
    );
  const kind = source?.kind ?? options.kind;
  if (!kind) throw new Error(`--kind is required (${KIND_NAMES.join(', ')}), unless --from names a plugin to copy.`);

  validatePluginName(name, kind);
  const target = joinPathFragments(directory, name);
  if (tree.exists(target)) throw new Error(`${target}/ already exists: choose another name, or delete it first.`);

  const localPort = nextLocalPort(usedLocalPorts(tree, directory));
  const vars = templateVars(name, kind, offsetFromRoot(target), options.provider, localPort);
  if (!source) return { target, vars };
  const oldPart = providerPartOf(source.name, kind);
  const newPart = providerPartOf(name, kind);
  const keptProvider =
    source.manifest.provider === defaultProvider(source.name, kind)
      ? defaultProvider(name, kind)
      : source.manifest.provider;
  return {
    target,
    source,
    vars: {
      ...vars,
      title: copiedTitle(source.manifest.name, oldPart, newPart, titleOf(name)),
      provider: options.provider || keptProvider,
    },
  };
}

import { KIND_NAMES, PLUGIN_KINDS, type PluginKind } from './plugin-kinds';

const NAME_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
// plugin_id and the image's last path segment are `plugin-<name>`, at most 48 characters (tools/manifest).
const MAX_NAME_LENGTH = 48 - 'plugin-'.length;

/** Throws, with what to type instead, unless `name` is a Cloudforet plugin folder name for `kind`. */
export function validatePluginName(name: string, kind: PluginKind): void {
  const { suffix } = PLUGIN_KINDS[kind];
  const example = `my-provider${suffix}`;
  if (!name) throw new Error(`A plugin name is required, e.g. ${example}.`);
  if (name.startsWith('plugin-'))
    throw new Error(
      `"${name}": give the folder name without the "plugin-" prefix (${name.slice(7)}); plugin_id and image get it.`,
    );
  if (!NAME_PATTERN.test(name))
    throw new Error(`"${name}": use lowercase letters, digits and single dashes only, e.g. ${example}.`);
  if (!name.endsWith(suffix) || name.length === suffix.length) {
    const other = KIND_NAMES.find((k) => name.endsWith(PLUGIN_KINDS[k].suffix));
    const hint = other ? ` ("${PLUGIN_KINDS[other].suffix}" is the suffix of --kind ${other})` : '';
    throw new Error(`"${name}": a ${kind} plugin's name is <provider...>${suffix}, e.g. ${example}${hint}.`);
  }
  if (name.length > MAX_NAME_LENGTH)
    throw new Error(
      `"${name}" is ${name.length} characters; at most ${MAX_NAME_LENGTH}, so that plugin_id "plugin-${name}" fits Cloudforet's 48.`,
    );
}

/** `azure-monitor-mon-webhook` -> `Azure Monitor Mon Webhook`. */
export function titleOf(name: string): string {
  return name
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

/** The part of the name before the kind suffix: `azure-monitor` of `azure-monitor-mon-webhook`. */
export function providerPartOf(name: string, kind: PluginKind): string {
  const { suffix } = PLUGIN_KINDS[kind];
  return name.endsWith(suffix) ? name.slice(0, -suffix.length) : name;
}

/** The provider a name suggests: its first word (`azure` of `azure-monitor-mon-webhook`). */
export function defaultProvider(name: string, kind: PluginKind): string {
  return providerPartOf(name, kind).split('-')[0];
}

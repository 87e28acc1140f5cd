// plugin.yaml is edited line by line, not re-serialised, so that its comments, folded
// long_description and layout stay exactly as the author wrote them.

const PLAIN = /^[A-Za-z0-9][A-Za-z0-9 ._/()-]*$/;

function scalar(value: string): string {
  return PLAIN.test(value) && !value.endsWith(' ') ? value : JSON.stringify(value);
}

/** Sets a top-level `key: value` line; `indent` selects a nested key such as tags' `  description`. */
export function setYamlLine(text: string, key: string, value: string, indent = ''): string {
  const line = new RegExp(`^${indent}${key}:[^\\n]*$`, 'm');
  if (!line.test(text)) throw new Error(`plugin.yaml has no "${indent}${key}:" line to set`);
  return text.replace(line, `${indent}${key}: ${scalar(value)}`);
}

/** `<org>/plugin-<old>` -> `<org>/<pluginId>`: the org (registry path) is kept. */
export function renamedImage(image: string, pluginId: string): string {
  const slash = image.lastIndexOf('/');
  return slash < 0 ? pluginId : `${image.slice(0, slash + 1)}${pluginId}`;
}

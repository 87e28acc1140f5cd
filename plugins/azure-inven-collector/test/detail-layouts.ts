// The detail-tab specs' vocabulary: upstream's fields as the v2 SDK's YAML names them (written out
// here, not built with the plugin's helpers), and the check of the keys a tab names against a resource.
import type { Message } from './plugin-under-test';

export type Col = { key: string; name: string; type: string; options?: Record<string, unknown> };
export type Tab = { name: string; type: string; options: { root_path?: string; fields?: Col[]; layouts?: Tab[] } };

export const text = (name: string, key: string): Col => ({ name, key, type: 'text' });
/** `type: list` with `options.delimiter`. */
export const list = (name: string, key: string, delimiter: string): Col => ({
  name,
  key,
  type: 'list',
  options: { delimiter },
});
/**
 * `type: enum` whose `enums` are `type: state` entries with `icon_image: ic_circle-filled`, as
 * `[value, icon colour]` or `[value, icon colour, text_color]`.
 */
export const states = (name: string, key: string, colors: ([string, string] | [string, string, string])[]): Col => ({
  name,
  key,
  type: 'enum',
  options: {
    items: Object.fromEntries(
      colors.map(([value, color, textColor]) => [
        value,
        {
          type: 'state',
          options: { ...(textColor ? { text_color: textColor } : {}), icon: { image: 'ic_circle-filled', color } },
        },
      ]),
    ),
  },
});
/** `type: enum` whose `enums` are `type: badge` entries (`- value: colour`), as `[value, outline colour]`. */
export const badges = (name: string, key: string, colors: [string, string][]): Col => ({
  name,
  key,
  type: 'enum',
  options: {
    items: Object.fromEntries(
      colors.map(([value, color]) => [value, { type: 'badge', options: { outline_color: color } }]),
    ),
  },
});
export const tab = (name: string, type: string, fields: Col[], rootPath?: string): Tab => ({
  name,
  type,
  options: rootPath ? { root_path: rootPath, fields } : { fields },
});
export const tabs = (name: string, layouts: Tab[]): Tab => ({ name, type: 'list', options: { layouts } });

/** Every value at a dotted path, through the lists on the way (as the console reads `a.b` of a list of `a`s). */
function valuesAt(value: unknown, path: string[]): unknown[] {
  if (Array.isArray(value)) return value.flatMap((v) => valuesAt(v, path));
  if (!path.length) return value === undefined || value === null ? [] : [value];
  if (!value || typeof value !== 'object') return [];
  return valuesAt((value as Record<string, unknown>)[path[0]], path.slice(1));
}

/** The keys the tabs name (a table's as `root_path.key`) that neither the resource nor any row of the table holds. */
export function unresolvedKeys(layouts: Tab[], resource: Message): string[] {
  return layouts.flatMap((t) => {
    if (t.type === 'list') return unresolvedKeys(t.options.layouts!, resource);
    const root = t.options.root_path;
    const rows = root ? valuesAt(resource, root.split('.')) : [resource];
    return t.options
      .fields!.filter((f) => !valuesAt(rows, f.key.split('.')).length)
      .map((f) => (root ? `${root}.${f.key}` : f.key));
  });
}

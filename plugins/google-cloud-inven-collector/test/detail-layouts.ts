// What the detail-layout specs share: upstream's dynamic fields spelled as they serialize (written
// out here, not built with the plugin's helpers), and the check of the data keys a tab names.
import type { Message } from './plugin-under-test';

export type Tab = { name: string; type: string; options: { root_path?: string; fields?: Col[]; layouts?: Tab[] } };
export type Col = { key: string; name: string; type: string; options?: Record<string, unknown> };

export const text = (name: string, key: string): Col => ({ key, name, type: 'text' });
export const size = (name: string, key: string): Col => ({ key, name, type: 'size' });
export const datetime = (name: string, key: string): Col => ({ key, name, type: 'datetime' });
/** ListDyField without a badge. */
export const plainList = (name: string, key: string): Col => ({ key, name, type: 'list' });
export const OUTLINE_ITEM = { delimiter: '<br>', item: { type: 'badge', options: { outline_color: 'violet.500' } } };
/** ListDyField with `default_badge={'type': 'outline', 'delimiter': '<br>'}`. */
export const outlineList = (name: string, key: string): Col => ({ key, name, type: 'list', options: OUTLINE_ITEM });
const badge = (color: string) => ({ type: 'badge', options: { background_color: color } });
/** EnumDyField `default_badge`, as `[value, background colour]` pairs. */
export const enumOf = (name: string, key: string, byValue: [string, string][]): Col => ({
  key,
  name,
  type: 'enum',
  options: Object.fromEntries(byValue.map(([value, color]) => [value, badge(color)])),
});
/** EnumDyField `default_outline_badge`, as `[value, outline colour]` pairs. */
export const outlineEnum = (name: string, key: string, byValue: [string, string][]): Col => ({
  key,
  name,
  type: 'enum',
  options: Object.fromEntries(
    byValue.map(([value, color]) => [value, { type: 'badge', options: { outline_color: color } }]),
  ),
});
/** EnumDyField `default_state`, as `[value, state options]` pairs. */
export const stateEnum = (name: string, key: string, byValue: [string, Record<string, unknown>][]): Col => ({
  key,
  name,
  type: 'enum',
  options: Object.fromEntries(byValue.map(([value, options]) => [value, { type: 'state', options }])),
});
export const trueFalse = (name: string, key: string) =>
  enumOf(name, key, [
    ['true', 'indigo.500'],
    ['false', 'coral.600'],
  ]);

/** upstream's Labels tab: the `data.labels` rows. */
export const LABELS: Tab = {
  name: 'Labels',
  type: 'table',
  options: { root_path: 'data.labels', fields: [text('Key', 'key'), text('Value', 'value')] },
};

export const layoutsOf = (m: Message): Tab[] => JSON.parse(m.resource.json_metadata).view.sub_data.layouts;

const at = (value: unknown, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), value);

/** The keys of the tabs (a table's as `root_path.key`) that no row, or the item, holds (all of a tab without rows). */
export function unresolved(tabs: Tab[], resource: unknown): string[] {
  return tabs.flatMap((tab) => {
    if (tab.type === 'list') return unresolved(tab.options.layouts!, resource);
    const root = tab.options.root_path;
    const base = root ? at(resource, root) : resource;
    // a table's and a simple-table's fields are read in each row
    const rows = base === undefined || base === null ? [] : tab.type === 'item' ? [base] : (base as unknown[]);
    return tab.options
      .fields!.filter((f) => rows.every((row) => at(row, f.key) === undefined))
      .map((f) => (root ? `${root}.${f.key}` : f.key));
  });
}

/**
 * The keys the tabs name (`data.…`, or the resource's own such as `region_code`) that no resource of
 * the type holds (one without labels leaves the Labels keys found).
 */
export function unresolvedInAll(resources: Message[]): string[] {
  const [first, ...rest] = resources.map((m) =>
    unresolved(layoutsOf(m), { ...m.resource, data: JSON.parse(m.resource.json_data) }),
  );
  return first.filter((key) => rest.every((keys) => keys.includes(key)));
}

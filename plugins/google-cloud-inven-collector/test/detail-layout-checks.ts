// What the detail-layout specs share: a tab and a column as the console receives them, upstream's
// dynamic fields spelled as they serialize (written out apart from the plugin's helpers), and the
// check that the keys a tab names are in a resource.

export type Tab = { name: string; type: string; options: { root_path?: string; fields?: Col[]; layouts?: Tab[] } };
export type Col = { key: string; name: string; type: string; options?: Record<string, unknown> };

export const text = (name: string, key: string): Col => ({ key, name, type: 'text' });
export const size = (name: string, key: string): Col => ({ key, name, type: 'size' });
export const datetime = (name: string, key: string): Col => ({ key, name, type: 'datetime' });
const badge = (color: string) => ({ type: 'badge', options: { background_color: color } });
/** upstream's EnumDyField with `default_badge`: each value a badge of its colour */
export const enumOf = (name: string, key: string, byValue: [string, string][]): Col => ({
  key,
  name,
  type: 'enum',
  options: Object.fromEntries(byValue.map(([value, color]) => [value, badge(color)])),
});
export const trueFalse = (name: string, key: string) =>
  enumOf(name, key, [
    ['true', 'indigo.500'],
    ['false', 'coral.600'],
  ]);
export const LABELS: Tab = {
  name: 'Labels',
  type: 'table',
  options: { root_path: 'data.labels', fields: [text('Key', 'key'), text('Value', 'value')] },
};

const at = (value: unknown, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), value);

/** The keys of the tabs (a table's as `root_path.key`) that no row, or the item, holds. */
export function unresolved(tabs: Tab[], resource: unknown): string[] {
  return tabs.flatMap((tab) => {
    if (tab.type === 'list') return unresolved(tab.options.layouts!, resource);
    const root = tab.options.root_path;
    const base = root ? at(resource, root) : resource;
    if (base === undefined || base === null) return [root!];
    const rows = tab.type === 'item' ? [base] : (base as unknown[]);
    if (rows.length === 0) return [`${root} (no rows)`];
    return tab.options
      .fields!.filter((f) => rows.every((row) => at(row, f.key) === undefined))
      .map((f) => (root ? `${root}.${f.key}` : f.key));
  });
}

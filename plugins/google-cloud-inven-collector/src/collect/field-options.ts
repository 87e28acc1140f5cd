import type { Widget } from '@cloudforet/plugin-core';

// The table options upstream's dynamic fields produce (its EnumDyField and ListDyField helpers).

const OUTLINE_COLORS = ['primary', 'indigo.500', 'coral.600', 'peacock.500', 'green.500', 'gray.500', 'red.500'];

/** An enum column's options with upstream's outline badges, coloured in the values' order. */
export function outlineBadges(values: string[]): Record<string, unknown> {
  return Object.fromEntries(
    values.map((v, i) => [v, { type: 'badge', options: { outline_color: OUTLINE_COLORS[i % OUTLINE_COLORS.length] } }]),
  );
}

const STATE_ICONS: Record<string, Record<string, unknown>> = {
  safe: { icon: { color: 'green.500' } },
  warning: { icon: { color: 'yellow.500' } },
  alert: { text_color: 'red.500', icon: { color: 'red.500' } },
};

/** An enum column's options with upstream's state icons (`{safe: [...], warning: [...], alert: [...]}`). */
export function stateIcons(states: Partial<Record<'safe' | 'warning' | 'alert', string[]>>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(states).flatMap(([state, values]) =>
      values.map((v) => [v, { type: 'state', options: STATE_ICONS[state] }]),
    ),
  );
}

/** A list column's options with upstream's outline badge, one item a line. */
export const LIST_BADGE = { delimiter: '<br>', item: { type: 'badge', options: { outline_color: 'violet.500' } } };

/** Upstream's widgets of most types: the count, by region and by project. */
export const COUNT_WIDGETS: Widget[] = [
  { name: 'Total Count', type: 'card', operator: 'count' },
  { name: 'Count by Region', type: 'chart', operator: 'count', groupBy: 'region_code' },
  { name: 'Count by Project', type: 'chart', operator: 'count', groupBy: 'account' },
];

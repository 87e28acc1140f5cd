// Pieces of upstream's type views: the `options` of its enum columns (its EnumDyField), as the
// console reads them (each value mapped to a badge or a state icon), and its usual widgets.
import type { Widget } from '@cloudforet/plugin-core';

type Options = Record<string, unknown>;

/** `default_badge`: each value a badge of its background colour (`{'indigo.500': ['On']}`). */
export function badges(byColor: Record<string, string[]>): Options {
  const out: Options = {};
  for (const [color, values] of Object.entries(byColor))
    for (const value of values) out[value] = { type: 'badge', options: { background_color: color } };
  return out;
}

const STATE_ICONS: Record<string, Options> = {
  safe: { icon: { color: 'green.500' } },
  warning: { icon: { color: 'yellow.500' } },
  available: { icon: { color: 'blue.400' } },
  alert: { text_color: 'red.500', icon: { color: 'red.500' } },
  disable: { icon: { color: 'gray.400' }, text_color: 'gray.400' },
};

/** `default_state`: each value a state icon (`{safe: ['On'], warning: ['Off']}`). */
export function states(byState: Record<string, string[]>): Options {
  const out: Options = {};
  for (const [state, values] of Object.entries(byState))
    for (const value of values)
      out[value] = { type: 'state', options: STATE_ICONS[state] ?? { icon: { color: 'gray.400' } } };
  return out;
}

const OUTLINE_COLORS = ['primary', 'indigo.500', 'coral.600', 'peacock.500', 'green.500', 'gray.500', 'red.500'];

/** `default_outline_badge`: the values outlined in upstream's colour sequence. */
export function outlineBadges(values: string[]): Options {
  const out: Options = {};
  values.forEach((value, i) => {
    out[value] = { type: 'badge', options: { outline_color: OUTLINE_COLORS[i % OUTLINE_COLORS.length] } };
  });
  return out;
}

/** A list column's options with upstream's outline badge, one item a line. */
export const LIST_BADGE = { delimiter: '<br>', item: { type: 'badge', options: { outline_color: 'violet.500' } } };

/** Upstream's `total_count`, `count_by_region` and `count_by_project` widgets. */
export const COUNT_WIDGETS: Widget[] = [
  { name: 'Total Count', type: 'card', operator: 'count' },
  { name: 'Count by Region', type: 'chart', operator: 'count', groupBy: 'region_code' },
  { name: 'Count by Project', type: 'chart', operator: 'count', groupBy: 'account' },
];

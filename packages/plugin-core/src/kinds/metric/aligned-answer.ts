/** One resource's series: value by epoch ms. */
export type MetricSeries = Map<number, number>;

/**
 * get_data's answer `{labels, values}` with timestamps aligned across resources: `labels` is the
 * union of every resource's timestamps, ascending, as ISO-8601 (python-core's
 * `2026-12-01T00:00:00.000Z`), and every requested id has one value per label, null where its series
 * has no point (a gap the console draws) or where it has no series at all.
 */
export function alignedAnswer(
  ids: readonly string[],
  series: ReadonlyMap<string, MetricSeries>,
): { labels: string[]; values: Record<string, (number | null)[]> } {
  const times = new Set<number>();
  for (const s of series.values()) for (const t of s.keys()) times.add(t);
  const axis = [...times].sort((a, b) => a - b);
  const values: Record<string, (number | null)[]> = {};
  for (const id of ids) {
    const s = series.get(id);
    values[id] = axis.map((t) => s?.get(t) ?? null);
  }
  return { labels: axis.map((t) => new Date(t).toISOString()), values };
}

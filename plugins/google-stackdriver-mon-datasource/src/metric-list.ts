import { invalidParameter, invalidParameterType, requiredParameter } from '@cloudforet/plugin-core';
import type { MetricInfo } from '@cloudforet/api/gen/spaceone/api/monitoring/plugin/metric';
import { unitName } from './known-units';
import { filterOf, labelsOf, metricTypeOf, projectNameOf, quoted, type FilterLabel } from './monitoring-filter';
import type { MonitoringSession } from './monitoring-session';

/** Filters one query may hold (a resource has one). */
export const MAX_FILTERS = 20;
/** Descriptors asked per metricDescriptors.list page. */
const PAGE_SIZE = 500;

/** What upstream keeps: the kinds and value types a chart of aligned points can draw. */
const KINDS = new Set(['DELTA', 'GAUGE']);
const VALUE_TYPES = new Set(['DOUBLE', 'INT64']);

interface ListQuery {
  name: string;
  resourceId: unknown;
  filters: { prefix: string; labels: FilterLabel[] }[];
}

interface Descriptor {
  type?: string;
  displayName?: string;
  metricKind?: string;
  valueType?: string;
  unit?: string;
}

/** The resource's `data.google_cloud_monitoring`: `{name: "projects/<p>", resource_id, filters: [{metric_type, labels}]}`. */
export function listQueryOf(query: Record<string, unknown> | undefined): ListQuery {
  if (!query?.name) throw requiredParameter('query.name');
  const name = projectNameOf(query.name, 'query.name');
  const filters = query.filters ?? [];
  if (!Array.isArray(filters)) throw invalidParameterType('query.filters', 'list');
  if (filters.length > MAX_FILTERS)
    throw invalidParameter('query.filters', `${filters.length} filters, at most ${MAX_FILTERS}`);
  return {
    name,
    resourceId: query.resource_id,
    filters: filters.map((f: unknown, i) => {
      const at = `query.filters[${i}]`;
      if (!f || typeof f !== 'object' || Array.isArray(f)) throw invalidParameterType(at, 'object');
      const { metric_type, labels } = f as Record<string, unknown>;
      return { prefix: metricTypeOf(metric_type, `${at}.metric_type`), labels: labelsOf(labels, `${at}.labels`) };
    }),
  };
}

/**
 * Upstream's list: per filter, metricDescriptors.list with `metric.type = starts_with("<prefix>")`
 * and the label clauses (every page followed, filters concurrently), the DELTA and GAUGE descriptors of
 * DOUBLE or INT64 values. A type met in two filters is listed once, with the first filter's labels.
 */
export async function listMetrics(
  session: MonitoringSession,
  query: Record<string, unknown> | undefined,
): Promise<MetricInfo[]> {
  const q = listQueryOf(query);
  const lists = await Promise.all(
    q.filters.map(async (f) => (await descriptorsOf(session, q.name, f)).map((d) => ({ d, f }))),
  );
  const seen = new Set<string>();
  return lists
    .flat()
    .filter(({ d }) => KINDS.has(d.metricKind ?? '') && VALUE_TYPES.has(d.valueType ?? ''))
    .filter(({ d }) => !!d.type && !seen.has(d.type) && !!seen.add(d.type))
    .map(({ d, f }) => ({
      key: d.type!,
      name: d.displayName || d.type!,
      group: '',
      unit: { x: 'Timestamp', y: unitName(d.unit) },
      metric_query: {
        name: q.name,
        ...(q.resourceId !== undefined ? { resource_id: q.resourceId } : {}),
        filter: { metric_type: d.type, labels: f.labels },
      },
    }));
}

async function descriptorsOf(
  session: MonitoringSession,
  name: string,
  filter: { prefix: string; labels: FilterLabel[] },
): Promise<Descriptor[]> {
  const out: Descriptor[] = [];
  const text = filterOf(`starts_with(${quoted(filter.prefix)})`, filter.labels);
  let pageToken: string | undefined;
  do {
    const page = await session.get<{ metricDescriptors?: Descriptor[]; nextPageToken?: string }>(
      `${name}/metricDescriptors`,
      { filter: text, pageSize: String(PAGE_SIZE), pageToken },
    );
    out.push(...(page.metricDescriptors ?? []));
    pageToken = page.nextPageToken || undefined;
  } while (pageToken);
  return out;
}

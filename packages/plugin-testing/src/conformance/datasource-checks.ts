import type { CoreClient } from '../client/core-client';
import { badInputCheck } from './bad-input-check';
import { expectEmpty, expectNoProblems, isIsoDateTime, isObject, type Dict } from './call-outcome';
import { commonChecks, coreKeysCheck } from './common-checks';
import { type ConformanceCheck, expectThat } from './conformance-check';
import { dataSourceMetadataProblems } from './datasource-metadata';
import { initChecks } from './init-checks';

/**
 * A working METRIC data source setup. `get_data` is asked the way monitoring asks it: for the first
 * metric `Metric.list` answered, with `metric_query = {[resourceId]: that metric's metric_query}`, the
 * first `supported_stat`, over the last hour.
 */
export interface DataSourceFixture {
  options: Dict;
  secret_data: Dict;
  /** The resource's value at `required_keys[0]` (e.g. `data.cloudwatch`), which monitoring sends as `query`. */
  query: Dict;
  /** The cloud_service_id `get_data`'s values are keyed by (default `cloud-svc-conformance`). */
  resourceId?: string;
  /** `schema` (the secret's schema id), when the plugin reads it. */
  schema?: string;
  /** Asserts on what get_data answered (e.g. the sandbox's data points); optional. */
  data?: (answer: { labels: unknown[]; values: Dict }) => Promise<void> | void;
  /**
   * Several resources for one get_data, as monitoring sends a chunk: `{cloud_service_id: metric_query}`
   * for the first listed metric. Default: three ids (`resourceId`, `-2`, `-3`) with that metric's
   * metric_query.
   */
  resources?: (metricQuery: Dict) => Dict;
}

/** The keys the Cloudforet 2.x monitoring service sends (docs/wire-contract.md, request keys). */
export const DATASOURCE_CORE_KEYS = {
  'DataSource.init': ['options'],
  'DataSource.verify': ['options', 'secret_data', 'schema'],
  'Metric.list': ['options', 'secret_data', 'query', 'schema'],
  'Metric.get_data': ['metric', 'start', 'end', 'period', 'stat', 'secret_data', 'metric_query', 'options', 'schema'],
};

const DATASOURCE_SERVICES = [
  { name: 'spaceone.api.monitoring.plugin.DataSource', methods: ['init', 'verify'] },
  { name: 'spaceone.api.monitoring.plugin.Metric', methods: ['list', 'get_data'] },
];
const INIT_DESCRIBES = 'supported_stat (and optional required_keys, supported_providers)';

/** The checks that need no fixture. */
export function dataSourceGenericChecks(): ConformanceCheck[] {
  return [
    ...commonChecks(DATASOURCE_SERVICES),
    coreKeysCheck(DATASOURCE_CORE_KEYS),
    ...initChecks({
      method: 'DataSource.init',
      request: { options: {} },
      problemsOf: dataSourceMetadataProblems,
      describes: INIT_DESCRIBES,
      mayRequireOptions: true,
    }),
    badInputCheck('DataSource.verify and Metric.list with an empty secret answer or fail cleanly', [
      { method: 'DataSource.verify', params: { options: {}, secret_data: {} }, what: 'empty secret_data' },
      { method: 'Metric.list', params: { options: {}, secret_data: {}, query: {} }, what: 'an empty query' },
    ]),
  ];
}

/** The conformance suite of a monitoring.DataSource (METRIC) plugin. */
export function dataSourceChecks(fixture: DataSourceFixture): ConformanceCheck[] {
  const { options, secret_data } = fixture;
  const schema = fixture.schema ? { schema: fixture.schema } : {};
  return [
    ...commonChecks(DATASOURCE_SERVICES),
    coreKeysCheck(DATASOURCE_CORE_KEYS),
    ...initChecks({
      method: 'DataSource.init',
      request: { options },
      problemsOf: dataSourceMetadataProblems,
      describes: INIT_DESCRIBES,
    }),
    {
      name: 'DataSource.verify succeeds with the fixture secret',
      async run(client) {
        expectEmpty(await client.call('DataSource.verify', { options, secret_data, ...schema }), 'verify');
      },
    },
    {
      name: 'Metric.list answers metrics[] with key, name, unit and metric_query',
      async run(client) {
        const metrics = await listMetrics(client, fixture);
        expectThat(metrics.length > 0, 'Metric.list answered no metrics for the fixture query');
        expectNoProblems(
          metrics.flatMap((m, i) => metricProblems(m, `metrics[${i}]`)),
          'Metric.list answered metrics the console cannot show',
        );
        const keys = metrics.map((m) => m.key);
        expectThat(new Set(keys).size === keys.length, `metric keys repeat: ${keys.join(', ')}`);
      },
    },
    {
      name: 'Metric.get_data answers labels and, per resource, values of the same length',
      async run(client) {
        const [metric] = await listMetrics(client, fixture);
        expectThat(metric, 'Metric.list answered no metrics to ask data for');
        const { metadata } = await client.call('DataSource.init', { options });
        const stat = ((metadata as Dict | undefined)?.supported_stat as string[] | undefined)?.[0];
        const resourceId = fixture.resourceId ?? 'cloud-svc-conformance';
        const end = new Date();
        const res = await client.call('Metric.get_data', {
          options,
          secret_data,
          ...schema,
          metric: metric.key,
          metric_query: { [resourceId]: metric.metric_query },
          start: new Date(end.getTime() - 3_600_000).toISOString(),
          end: end.toISOString(),
          stat,
        });
        const labels = (res.labels ?? []) as unknown[];
        const values = (res.values ?? {}) as Dict;
        expectThat(Array.isArray(labels), `labels is ${JSON.stringify(res.labels)}, not a list`);
        expectThat(isObject(values), `values is ${JSON.stringify(res.values)}, not an object`);
        expectThat(
          resourceId in values,
          `values has no series for ${resourceId} (got ${Object.keys(values).join(', ')})`,
        );
        const problems = seriesProblems(Object.keys(values), labels, values);
        expectNoProblems(problems, 'get_data');
        await fixture.data?.({ labels, values });
      },
    },
    {
      name: 'Metric.get_data for several resources answers ascending ISO-8601 labels and one value list per requested id',
      async run(client) {
        const [metric] = await listMetrics(client, fixture);
        expectThat(metric, 'Metric.list answered no metrics to ask data for');
        const base = fixture.resourceId ?? 'cloud-svc-conformance';
        const query = isObject(metric.metric_query) ? (metric.metric_query as Dict) : {};
        const metric_query =
          fixture.resources?.(query) ?? Object.fromEntries([base, `${base}-2`, `${base}-3`].map((id) => [id, query]));
        const end = new Date();
        const res = await client.call('Metric.get_data', {
          options,
          secret_data,
          ...schema,
          metric: metric.key,
          metric_query,
          start: new Date(end.getTime() - 3_600_000).toISOString(),
          end: end.toISOString(),
        });
        const labels = (Array.isArray(res.labels) ? res.labels : []) as unknown[];
        const values = (isObject(res.values) ? res.values : {}) as Dict;
        expectNoProblems(seriesProblems(Object.keys(metric_query), labels, values), 'get_data for several resources');
      },
    },
    badInputCheck('DataSource.verify with an empty secret answers or fails cleanly, and the plugin keeps serving', [
      { method: 'DataSource.verify', params: { options, secret_data: {} }, what: 'empty secret_data' },
    ]),
  ];
}

async function listMetrics(client: CoreClient, fixture: DataSourceFixture): Promise<Dict[]> {
  const schema = fixture.schema ? { schema: fixture.schema } : {};
  const res = await client.call('Metric.list', {
    options: fixture.options,
    secret_data: fixture.secret_data,
    query: fixture.query,
    ...schema,
  });
  return (res.metrics ?? []) as Dict[];
}

/** Labels ISO-8601 and strictly ascending; exactly the requested ids, each a list of numbers (or null gaps) as long as labels. */
export function seriesProblems(ids: string[], labels: unknown[], values: Dict): string[] {
  const problems: string[] = [];
  if (!labels.every(isIsoDateTime))
    problems.push(`labels are not all ISO-8601 date-times: ${JSON.stringify(labels.slice(0, 3))}`);
  else if (labels.some((l, i) => i > 0 && Date.parse(l as string) <= Date.parse(labels[i - 1] as string)))
    problems.push('labels are not in ascending order');
  const missing = ids.filter((id) => !(id in values));
  const extra = Object.keys(values).filter((id) => !ids.includes(id));
  if (missing.length) problems.push(`values has no list for ${missing.join(', ')}`);
  if (extra.length) problems.push(`values has lists for ids not asked for: ${extra.join(', ')}`);
  for (const id of ids.filter((i) => i in values)) {
    const series = values[id];
    if (!Array.isArray(series) || series.some((v) => typeof v !== 'number' && v !== null))
      problems.push(`values.${id} is not a list of numbers`);
    else if (series.length !== labels.length)
      problems.push(`values.${id} has ${series.length} points for ${labels.length} labels`);
  }
  return problems;
}

function metricProblems(metric: Dict, at: string): string[] {
  const problems: string[] = [];
  for (const key of ['key', 'name'])
    if (typeof metric[key] !== 'string' || metric[key] === '') problems.push(`${at}.${key} is missing`);
  if (!isObject(metric.metric_query)) problems.push(`${at}.metric_query is not an object (get_data needs it)`);
  if (!isObject(metric.unit)) problems.push(`${at}.unit is not an object (upstream: {x: "Timestamp", y: <unit>})`);
  return problems;
}

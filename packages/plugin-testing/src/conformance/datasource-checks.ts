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
        const problems = labels.every(isIsoDateTime) ? [] : ['labels are not all ISO-8601 date-times'];
        for (const [id, series] of Object.entries(values)) {
          if (!Array.isArray(series) || series.some((v) => typeof v !== 'number' && v !== null))
            problems.push(`values.${id} is not a list of numbers`);
          else if (series.length !== labels.length)
            problems.push(`values.${id} has ${series.length} points for ${labels.length} labels`);
        }
        expectNoProblems(problems, 'get_data');
        await fixture.data?.({ labels, values });
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

function metricProblems(metric: Dict, at: string): string[] {
  const problems: string[] = [];
  for (const key of ['key', 'name'])
    if (typeof metric[key] !== 'string' || metric[key] === '') problems.push(`${at}.${key} is missing`);
  if (!isObject(metric.metric_query)) problems.push(`${at}.metric_query is not an object (get_data needs it)`);
  if (!isObject(metric.unit)) problems.push(`${at}.unit is not an object (upstream: {x: "Timestamp", y: <unit>})`);
  return problems;
}

import { implement, requiredParameter, type ServiceImplementation } from '@cloudforet/plugin-core';
import { DataSourceService } from '@cloudforet/api/gen/spaceone/api/monitoring/plugin/data_source';
import { MetricService, type MetricDataRequest } from '@cloudforet/api/gen/spaceone/api/monitoring/plugin/metric';
import { dataSourceChecks, type DataSourceFixture } from './datasource-checks';
import { genericChecks } from './plugin-kind';
import { failures, resultOf, runSuite } from './test-support/run-suite';

const METADATA = {
  supported_stat: ['AVERAGE', 'MAX'],
  required_keys: ['data.example'],
  supported_providers: ['example'],
};
const METRIC = {
  key: 'cpu',
  name: 'CPU',
  group: 'Compute',
  unit: { x: 'Timestamp', y: 'Percent' },
  metric_query: { id: 'vm-1' },
};
const FIXTURE: DataSourceFixture = { options: {}, secret_data: { api_key: 'k-123' }, query: { id: 'vm-1' } };

function getData(req: MetricDataRequest) {
  const labels = ['2026-01-01T00:00:00.000Z', '2026-01-01T00:10:00.000Z'];
  const values = Object.fromEntries(Object.keys(req.metric_query ?? {}).map((id) => [id, [1, 2]]));
  return { labels, values };
}

function dataSource(
  ds: Parameters<typeof implement<typeof DataSourceService>>[1] = {},
  metric: Parameters<typeof implement<typeof MetricService>>[1] = {},
): ServiceImplementation[] {
  return [
    implement(DataSourceService, {
      init: () => ({ metadata: METADATA }),
      verify: (req) => {
        if (!req.secret_data?.api_key) throw requiredParameter('secret_data.api_key');
        return {};
      },
      ...ds,
    }),
    implement(MetricService, { list: () => ({ metrics: [METRIC] }), getData, ...metric }),
  ];
}

describe('dataSourceChecks', () => {
  it('passes a correct METRIC data source, asking get_data the way monitoring does', async () => {
    const asked: MetricDataRequest[] = [];
    const results = await runSuite(
      dataSource({}, { getData: (req) => (asked.push(req), getData(req)) }),
      dataSourceChecks({ ...FIXTURE, resourceId: 'cs-1' }),
    );
    expect(failures(results)).toEqual({});
    expect(asked[0]).toMatchObject({ metric: 'cpu', stat: 'AVERAGE', metric_query: { 'cs-1': { id: 'vm-1' } } });
    expect(Date.parse(asked[0].end!) - Date.parse(asked[0].start!)).toBe(3_600_000);
  });

  it('requires supported_stat and validates required_keys', async () => {
    const results = await runSuite(
      dataSource({ init: () => ({ metadata: { required_keys: [] } }) }),
      dataSourceChecks(FIXTURE),
    );
    expect(resultOf(results, 'DataSource.init answers').error).toBe(
      'DataSource.init metadata: supported_stat is undefined, not a non-empty list of stats; ' +
        'required_keys is [], not a non-empty list of resource key paths',
    );
  });

  it('names metrics without key, unit or metric_query', async () => {
    const results = await runSuite(
      dataSource({}, { list: () => ({ metrics: [{ name: 'CPU' }, METRIC, METRIC] }) }),
      dataSourceChecks(FIXTURE),
    );
    const error = resultOf(results, 'Metric.list answers').error;
    expect(error).toContain('metrics[0].key is missing');
    expect(error).toContain('metrics[0].metric_query is not an object');
    expect(error).toContain('metrics[0].unit is not an object');
  });

  it('fails when a series and the labels differ in length', async () => {
    const results = await runSuite(
      dataSource({}, { getData: (req) => ({ ...getData(req), labels: ['2026-01-01T00:00:00Z'] }) }),
      dataSourceChecks({ ...FIXTURE, resourceId: 'cs-1' }),
    );
    expect(resultOf(results, 'Metric.get_data answers labels').error).toBe(
      'get_data: values.cs-1 has 2 points for 1 labels',
    );
  });

  it('fails when get_data answers no series for the asked resource', async () => {
    const results = await runSuite(
      dataSource({}, { getData: () => ({ labels: [], values: {} }) }),
      dataSourceChecks(FIXTURE),
    );
    expect(resultOf(results, 'Metric.get_data answers labels').error).toBe(
      'values has no series for cloud-svc-conformance (got )',
    );
  });

  it('fails when verify crashes on an empty secret', async () => {
    const results = await runSuite(
      dataSource({ verify: (req) => ((req.secret_data!.nested as { key: string }).key ? {} : {}) }),
      dataSourceChecks(FIXTURE),
    );
    expect(resultOf(results, 'empty secret').error).toMatch(/answered INTERNAL "ERROR_UNKNOWN: .*"/);
  });

  it('asks several resources at once and names a requested id without a list', async () => {
    const asked: MetricDataRequest[] = [];
    const results = await runSuite(
      dataSource(
        {},
        {
          getData: (req) => {
            asked.push(req);
            const { labels, values } = getData(req);
            delete values['cs-1-3'];
            return { labels, values };
          },
        },
      ),
      dataSourceChecks({ ...FIXTURE, resourceId: 'cs-1' }),
    );
    expect(Object.keys(asked[1].metric_query ?? {})).toEqual(['cs-1', 'cs-1-2', 'cs-1-3']);
    expect(resultOf(results, 'several resources').error).toBe(
      'get_data for several resources: values has no list for cs-1-3',
    );
  });

  it('fails labels that are not ISO-8601 or not ascending', async () => {
    const epoch = await runSuite(
      dataSource({}, { getData: (req) => ({ ...getData(req), labels: [1767225600, 1767226200] }) }),
      dataSourceChecks(FIXTURE),
    );
    expect(resultOf(epoch, 'several resources').error).toContain('labels are not all ISO-8601 date-times');
    const reversed = await runSuite(
      dataSource(
        {},
        { getData: (req) => ({ ...getData(req), labels: ['2026-01-01T00:10:00.000Z', '2026-01-01T00:00:00.000Z'] }) },
      ),
      dataSourceChecks(FIXTURE),
    );
    expect(resultOf(reversed, 'several resources').error).toBe(
      'get_data for several resources: labels are not in ascending order',
    );
  });

  it('generic checks pass without a fixture', async () => {
    const results = await runSuite(dataSource(), genericChecks('monitoring.DataSource'));
    expect(failures(results)).toEqual({});
  });
});

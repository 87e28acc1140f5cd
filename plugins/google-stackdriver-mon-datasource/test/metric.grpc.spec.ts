// The data source as Cloudforet's monitoring service calls it (exactly its request keys), against the
// sandbox's Cloud Monitoring through a real token grant; every value checked against the sandbox's
// seeded series.
import { assertNoSecrets } from '@cloudforet/plugin-testing';
import { MONITORING_METRICS, startGcpSandbox, type CallRecord, type GcpSandbox } from '@cloudforet/sandbox';
import { sandboxSecret } from './harness';
import { callFailure, startPlugin, type PluginUnderTest } from './plugin-under-test';
import { CPU, expectedValues, instanceIds, instanceMonitoring, instanceQuery } from './sandbox-series';

type Dict = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const START = '2026-11-30T00:00:00.000Z';
const END = '2026-12-01T00:00:00.000Z';
const BYTES = 'compute.googleapis.com/instance/network/received_bytes_count';

/** Most calls in flight at once, from the sandbox's call log. */
function peakConcurrency(calls: CallRecord[]): number {
  const edges = calls.flatMap((c) => [
    [c.startedAt, 1],
    [c.endedAt, -1],
  ]);
  edges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let now = 0;
  let peak = 0;
  for (const [, d] of edges) peak = Math.max(peak, (now += d));
  return peak;
}

describe('google-stackdriver-mon-datasource through the core-like client', () => {
  let gcp: GcpSandbox;
  let plugin: PluginUnderTest;
  let ids: string[];
  beforeAll(async () => {
    gcp = await startGcpSandbox({ instancesPerZone: 55 });
    plugin = await startPlugin(gcp);
    ids = instanceIds(gcp, 210);
  });
  afterAll(async () => {
    await plugin.close();
    await gcp.close();
  });
  beforeEach(() => gcp.reset());

  const project = () => gcp.project.projectId;
  const secret_data = () => sandboxSecret(gcp);
  /** Monitoring's Metric.list: options, secret_data, query (= data.google_cloud_monitoring), schema. */
  const list = (query: Dict, secret: Dict = secret_data()): Promise<Dict> =>
    plugin.client.call('Metric.list', { options: {}, secret_data: secret, query, schema: 'google_oauth2_credentials' });
  /** Monitoring's get_data keys (period only when set); metric_query entries carry the injected region_name. */
  const getData = (params: Dict): Promise<Dict> =>
    plugin.client.call('Metric.get_data', {
      metric: CPU,
      start: START,
      end: END,
      stat: 'MEAN',
      secret_data: secret_data(),
      options: {},
      schema: 'google_oauth2_credentials',
      ...params,
    });
  const chunk = (n: number, metricType = CPU) =>
    Object.fromEntries(ids.slice(0, n).map((id, k) => [`cloud-svc-${k}`, instanceQuery(project(), id, metricType)]));
  const expectAll = (res: Dict, metric_query: Dict, opts: { stat: string; period: number }, g = gcp) => {
    for (const [id, q] of Object.entries(metric_query))
      expect([id, res.values[id]]).toEqual([
        id,
        expectedValues(g, q.resource_id, q.filter.metric_type, { ...opts, start: START, end: END, labels: res.labels }),
      ]);
  };

  it('init answers upstream`s metadata', async () => {
    expect(await plugin.client.call('DataSource.init', { options: {} })).toEqual({
      metadata: {
        supported_stat: ['MEAN', 'MAX', 'MIN', 'SUM'],
        required_keys: ['data.google_cloud_monitoring'],
        supported_providers: ['google_cloud'],
      },
    });
  });

  it('verify makes the token grant: a good key passes, a key Google does not know is a clear auth error', async () => {
    const verify = (secret: Dict) =>
      plugin.client.call('DataSource.verify', {
        options: {},
        secret_data: secret,
        schema: 'google_oauth2_credentials',
      });
    await expect(verify(secret_data())).resolves.toEqual({});
    expect(gcp.calls.countByAction()).toEqual({ 'oauth2:token': 1 });
    const stranger = gcp.newServiceAccountKey({ register: false });
    const bad = await callFailure(verify({ ...stranger }));
    expect([bad.codeName, bad.errorCode]).toEqual(['UNAUTHENTICATED', 'ERROR_AUTHENTICATE_FAILURE']);
    expect(bad.errorMessage).toContain('invalid_grant');
    expect(bad.errorMessage).not.toContain('PRIVATE KEY');
    const missing = await callFailure(verify({ ...secret_data(), private_key: '' }));
    expect([missing.codeName, missing.errorMessage]).toEqual([
      'INVALID_ARGUMENT',
      'Required parameter. (key = secret_data.private_key)',
    ]);
  });

  it('list: a GCE instance`s data.google_cloud_monitoring as the collector emits it, upstream`s filters and units', async () => {
    const id = ids[0];
    const query = instanceMonitoring(project(), id);
    const { metrics } = await list(query);
    const kept = MONITORING_METRICS.filter(
      (m) =>
        m.resourceType === 'gce_instance' &&
        ['DELTA', 'GAUGE'].includes(m.metricKind) &&
        ['DOUBLE', 'INT64'].includes(m.valueType),
    );
    expect(metrics.map((m: Dict) => m.key)).toEqual(kept.map((m) => m.type));
    const units: Record<string, string> = {
      '10^2.%': 'Percentage',
      '1': 'Count',
      's{CPU}': 'CPU/s',
      's{idle}': 'Idle/s',
      's{uptime}': 'Uptime/s',
      s: 'Seconds',
      By: 'Bytes',
    };
    for (const [m, spec] of metrics.map((m: Dict, i: number) => [m, kept[i]] as const))
      expect(m).toEqual({
        key: spec.type,
        name: spec.displayName,
        unit: { x: 'Timestamp', y: units[spec.unit] },
        metric_query: {
          name: `projects/${project()}`,
          resource_id: id,
          filter: { metric_type: spec.type, labels: [{ key: 'resource.labels.instance_id', value: id }] },
        },
      });
    expect(gcp.calls.countByAction()).toEqual({ 'oauth2:token': 1, 'monitoring:metricDescriptors.list': 1 });
  });

  it('get_data: 200 resources over 24 h, concurrently (at most 16 calls in flight); ISO-8601 labels, every value the sandbox`s', async () => {
    gcp.faults.latencyMs = 20;
    try {
      const metric_query = chunk(200);
      const res = await getData({ metric_query });
      expect(res.labels).toHaveLength(48);
      expect(res.labels[0]).toBe('2026-11-30T00:30:00.000Z');
      expect(res.labels.every((l: string) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(l))).toBe(true);
      expect(Object.keys(res.values)).toEqual(Object.keys(metric_query));
      expectAll(res, metric_query, { stat: 'MEAN', period: 1800 });
      const gaps = Object.values(res.values as Record<string, (number | null)[]>)
        .flat()
        .filter((v) => v === null);
      expect(gaps.length).toBeGreaterThan(0); // instances down for a while: their gaps stay where they are
      const series = gcp.calls.where({ action: 'timeSeries.list' });
      expect(series).toHaveLength(200);
      // not one after another (the call log's overlap, not the wall clock: a loaded machine slows that)
      const peak = peakConcurrency(series);
      expect(peak).toBeGreaterThan(4);
      expect(peak).toBeLessThanOrEqual(16);
    } finally {
      gcp.faults.latencyMs = 0;
    }
  });

  it('get_data: a DELTA INT64 metric with SUM, MAX and MIN and an explicit period (labels at the period`s midpoint)', async () => {
    const metric_query = chunk(5, BYTES);
    for (const stat of ['SUM', 'MAX', 'MIN']) {
      const res = await getData({ metric: BYTES, metric_query, stat, period: 3600 });
      expect(res.labels).toHaveLength(24);
      expect(res.labels[0]).toBe('2026-11-30T00:30:00.000Z');
      expectAll(res, metric_query, { stat, period: 3600 });
    }
  });

  it('get_data: several series of a resource are combined per timestamp by the stat, every page followed', async () => {
    const multi = await startGcpSandbox({
      instancesPerZone: 2,
      monitoring: { seriesPerInstance: 3, pointsPerPage: 50 },
    });
    const other = await startPlugin(multi);
    try {
      const metric_query = Object.fromEntries(
        instanceIds(multi, 4).map((id, k) => [`cloud-svc-${k}`, instanceQuery(multi.project.projectId, id)]),
      );
      for (const stat of ['MEAN', 'MAX', 'MIN', 'SUM']) {
        multi.reset();
        const res: Dict = await other.client.call('Metric.get_data', {
          metric: CPU,
          start: START,
          end: END,
          stat,
          secret_data: sandboxSecret(multi),
          metric_query,
          options: {},
        });
        expectAll(res, metric_query, { stat, period: 1800 }, multi);
        // 48 points per series, 50 per page: one series per page, three pages per resource.
        expect(multi.calls.where({ action: 'timeSeries.list' })).toHaveLength(12);
      }
    } finally {
      await other.close();
      await multi.close();
    }
  });

  it.each([
    ['an unsupported stat', () => ({ stat: 'AVERAGE' }), 'stat'],
    ['a metric_query naming no resource', () => ({ metric_query: {} }), 'metric_query'],
    ['an entry that is not an object', () => ({ metric_query: { 'cloud-svc-0': 'i-0' } }), 'metric_query.cloud-svc-0'],
    [
      'a name that is not projects/<id>',
      () => ({ metric_query: { 'cloud-svc-0': { ...instanceQuery(project(), ids[0]), name: 'folders/1' } } }),
      'metric_query.cloud-svc-0.name',
    ],
    [
      'a label key that would rewrite the filter',
      () => ({
        metric_query: {
          'cloud-svc-0': {
            ...instanceQuery(project(), ids[0]),
            filter: { metric_type: CPU, labels: [{ key: 'resource.labels.x = "1" OR metric.type', value: 'y' }] },
          },
        },
      }),
      'metric_query.cloud-svc-0.filter.labels[0].key',
    ],
    [
      'a metric type with a quote',
      () => ({
        metric_query: { 'cloud-svc-0': { ...instanceQuery(project(), ids[0]), filter: { metric_type: 'a" OR "b' } } },
      }),
      'metric_query.cloud-svc-0.filter.metric_type',
    ],
    ['start after end', () => ({ start: END, end: START }), 'start'],
    ['start not a date', () => ({ start: 'yesterday' }), 'start'],
    ['a period under a minute', () => ({ period: 30 }), 'period'],
    ['a window of too many points', () => ({ start: '2020-01-01T00:00:00Z', period: 60 }), 'period'],
    [
      'a secret without its private key',
      () => ({ secret_data: { ...secret_data(), private_key: 'x' } }),
      'secret_data.private_key',
    ],
  ])('get_data with %s is INVALID_ARGUMENT naming the key', async (_what, params, key) => {
    const error = await callFailure(getData({ metric_query: chunk(1), ...params() }));
    expect(error.codeName).toBe('INVALID_ARGUMENT');
    expect(error.errorMessage).toContain(`key = ${key}`);
    expect(gcp.calls.calls).toEqual([]);
  });

  it('list with a malformed query is INVALID_ARGUMENT naming the key', async () => {
    const query = instanceMonitoring(project(), ids[0]);
    const cases: [Dict, string][] = [
      [{ ...query, name: undefined }, 'query.name'],
      [{ ...query, filters: 'compute' }, 'query.filters'],
      [{ ...query, filters: [{ metric_type: 'compute") OR ("' }] }, 'query.filters[0].metric_type'],
      [
        { ...query, filters: [{ metric_type: 'compute.googleapis.com/instance', labels: [{ key: 1 }] }] },
        'query.filters[0].labels[0].key',
      ],
    ];
    for (const [q, key] of cases) {
      const error = await callFailure(list(q));
      expect([key, error.codeName]).toEqual([key, 'INVALID_ARGUMENT']);
      expect(error.errorMessage).toContain(`key = ${key}`);
    }
    expect(gcp.calls.calls).toEqual([]);
  });

  it('throttling (429 RESOURCE_EXHAUSTED) is retried: the answer is complete', async () => {
    gcp.faults.failNext('throttle', 3);
    const metric_query = chunk(20);
    const res = await getData({ metric_query });
    expectAll(res, metric_query, { stat: 'MEAN', period: 1800 });
    // The first three calls: the token grant and two reads; each read is retried after Retry-After.
    expect(gcp.calls.calls.filter((c) => c.error === 'rateLimitExceeded').length).toBeGreaterThanOrEqual(2);
    expect(gcp.calls.where({ action: 'timeSeries.list', error: undefined }).length).toBeGreaterThanOrEqual(20);
  });

  it('one failing resource does not empty the others: an instance Monitoring fails for, a project the key cannot read', async () => {
    const metric_query: Dict = chunk(30);
    gcp.monitoring.failingInstanceIds.add(ids[7]);
    metric_query['cloud-svc-other'] = { ...instanceQuery('someone-elses-project', ids[3]) };
    try {
      const res = await getData({ metric_query });
      expect(res.values['cloud-svc-7']).toEqual(res.labels.map(() => null));
      expect(res.values['cloud-svc-other']).toEqual(res.labels.map(() => null));
      const fine = Object.fromEntries(
        Object.entries(metric_query).filter(([id]) => id !== 'cloud-svc-7' && id !== 'cloud-svc-other'),
      );
      expectAll(res, fine, { stat: 'MEAN', period: 1800 });
      // 5xx is retried (bounded), 403 is not.
      expect(gcp.calls.where({ action: 'timeSeries.list', error: 'backendError' })).toHaveLength(4);
      expect(gcp.calls.where({ action: 'timeSeries.list', error: 'forbidden' })).toHaveLength(1);
      expect(plugin.logs.text).toContain('cloud-svc-7');
      expect(plugin.logs.text).toContain('cloud-svc-other');
    } finally {
      gcp.monitoring.failingInstanceIds.clear();
    }
  });

  it('every resource failing fails the call with the Google error', async () => {
    const error = await callFailure(
      getData({ metric_query: { 'cloud-svc-other': instanceQuery('someone-elses-project', ids[3]) } }),
    );
    expect([error.codeName, error.errorCode]).toEqual(['UNAUTHENTICATED', 'ERROR_AUTHENTICATE_FAILURE']);
    expect(error.errorMessage).toContain('monitoring.timeSeries.list failed: 403 forbidden');
  });

  it('secrets never appear in the logs', async () => {
    const stranger = gcp.newServiceAccountKey({ register: false });
    await plugin.client.call('DataSource.verify', {
      options: {},
      secret_data: secret_data(),
      schema: 'google_oauth2_credentials',
    });
    await list(instanceMonitoring(project(), ids[0]));
    await getData({ metric_query: chunk(3) });
    await callFailure(list(instanceMonitoring(project(), ids[0]), { ...stranger }));
    await callFailure(getData({ metric_query: chunk(1), secret_data: { ...stranger } }));
    const secrets = [gcp.serviceAccountKey.private_key, stranger.private_key, ...gcp.issuedTokens()];
    expect(gcp.issuedTokens().length).toBeGreaterThan(0);
    assertNoSecrets(plugin.logs.text, secrets, 'the plugin logs');
  });
});

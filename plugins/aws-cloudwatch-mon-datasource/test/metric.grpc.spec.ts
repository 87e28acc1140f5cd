// The data source as Cloudforet's monitoring service calls it (exactly its request keys), against the
// sandbox's CloudWatch through the real SDK; every value checked against the sandbox's seeded series.
import { assertNoSecrets } from '@cloudforet/plugin-testing';
import { cloudWatchMetricSpecs, runsCloudWatchAgent, startAwsSandbox, type AwsSandbox } from '@cloudforet/sandbox';
import { REGION, sandboxSecret } from './harness';
import { callFailure, startPlugin, type PluginUnderTest } from './plugin-under-test';
import { expectedValues, instanceCloudwatch, periodLabels } from './sandbox-series';

type Dict = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const START = '2026-11-30T00:00:00.000Z';
const END = '2026-12-01T00:00:00.000Z';

describe('aws-cloudwatch-mon-datasource through the core-like client', () => {
  let aws: AwsSandbox;
  let plugin: PluginUnderTest;
  beforeAll(async () => {
    aws = await startAwsSandbox({ instancesPerRegion: 600, deniedRegions: ['eu-west-1'] });
    plugin = await startPlugin(aws);
  });
  afterAll(async () => {
    await plugin.close();
    await aws.close();
  });
  beforeEach(() => aws.reset());

  const secret_data = () => sandboxSecret(aws);
  const instance = (i: number) => aws.region(REGION).instanceId(i);
  /** Monitoring's Metric.list: options, secret_data, query (= data.cloudwatch), schema. */
  const list = async (query: Dict, secret = secret_data()): Promise<Dict> =>
    plugin.client.call('Metric.list', { options: {}, secret_data: secret, query, schema: 'aws_access_key' });
  /** Monitoring's get_data keys (period only when set); metric_query entries carry the injected region_name. */
  const getData = async (params: Dict): Promise<Dict> =>
    plugin.client.call('Metric.get_data', {
      metric: 'CPUUtilization',
      start: START,
      end: END,
      stat: 'AVERAGE',
      secret_data: secret_data(),
      options: {},
      schema: 'aws_access_key',
      ...params,
    });
  const cpuQuery = (i: number, region = REGION) => ({
    Namespace: 'AWS/EC2',
    MetricName: 'CPUUtilization',
    Dimensions: [{ Name: 'InstanceId', Value: instance(i) }],
    region_name: region,
  });
  const chunk = (n: number, from = 0) =>
    Object.fromEntries(Array.from({ length: n }, (_, k) => [`cloud-svc-${from + k}`, cpuQuery(from + k)]));

  it('init answers upstream`s metadata', async () => {
    expect(await plugin.client.call('DataSource.init', { options: {} })).toEqual({
      metadata: {
        supported_stat: ['AVERAGE', 'MAX', 'MIN', 'SUM'],
        required_keys: ['data.cloudwatch'],
        supported_providers: ['aws'],
      },
    });
  });

  it('verify checks the keys, and assumes a role with its external id', async () => {
    const verify = (secret: Dict, schema = 'aws_access_key') =>
      plugin.client.call('DataSource.verify', { options: {}, secret_data: secret, schema });
    await expect(verify(secret_data())).resolves.toEqual({});
    const [plain, external] = aws.roles;
    await expect(verify({ ...secret_data(), role_arn: plain.arn }, 'aws_assume_role')).resolves.toEqual({});
    await expect(
      verify(
        { ...secret_data(), role_arn: external.arn, external_id: external.externalId },
        'aws_assume_role_with_external_id',
      ),
    ).resolves.toEqual({});
    expect(aws.calls.where({ service: 'sts', action: 'AssumeRole' })).toHaveLength(2);
    const wrongId = await callFailure(verify({ ...secret_data(), role_arn: external.arn, external_id: 'not-the-id' }));
    expect(wrongId.codeName).toBe('UNAUTHENTICATED');
    expect(wrongId.errorCode).toBe('ERROR_AUTHENTICATE_FAILURE');
    const badKey = await callFailure(
      verify({ ...secret_data(), aws_secret_access_key: 'wrong/Secret+AccessKey/000000000001' }),
    );
    expect(badKey.codeName).toBe('UNAUTHENTICATED');
    const missing = await callFailure(verify({ aws_access_key_id: 'AKIASANDBOX000000001' }));
    expect([missing.codeName, missing.errorMessage]).toEqual([
      'INVALID_ARGUMENT',
      'Required parameter. (key = secret_data.aws_secret_access_key)',
    ]);
  });

  it('list: an instance`s data.cloudwatch as the collector emits it, AWS/EC2 and CWAgent, units without a call per metric', async () => {
    const i = 0;
    expect(runsCloudWatchAgent(i)).toBe(true);
    const { metrics } = await list(instanceCloudwatch(REGION, instance(i)));
    const specs = [...cloudWatchMetricSpecs('AWS/EC2'), ...cloudWatchMetricSpecs('CWAgent')];
    expect(metrics.map((m: Dict) => m.key)).toEqual(specs.map((s) => s.name));
    for (const m of metrics as Dict[]) {
      const spec = specs.find((s) => s.name === m.key)!;
      expect(m).toEqual({
        key: spec.name,
        name: spec.name,
        group: m.metric_query.Namespace,
        unit: { x: 'Timestamp', y: spec.unit },
        metric_query: {
          Namespace: m.group,
          MetricName: spec.name,
          Dimensions: [{ Name: 'InstanceId', Value: instance(i) }, ...(spec.extra ?? [])],
        },
      });
    }
    expect(metrics.find((m: Dict) => m.key === 'mem_used_percent').group).toBe('CWAgent');
    // Two ListMetrics and one unit lookup, for the custom metric AWS documents no unit of.
    expect(aws.calls.countByAction()).toEqual({ 'monitoring:ListMetrics': 2, 'monitoring:GetMetricStatistics': 1 });
    const noAgent = await list(instanceCloudwatch(REGION, instance(1)));
    expect(noAgent.metrics.map((m: Dict) => m.group)).toEqual(cloudWatchMetricSpecs('AWS/EC2').map(() => 'AWS/EC2'));
  });

  it('get_data: 200 resources over 24 h in one call, labels ISO-8601 and every value the sandbox`s (null for its gaps)', async () => {
    const metric_query = chunk(200);
    const res = await getData({ metric_query });
    expect(res.labels).toEqual(periodLabels(new Date(START), new Date(END), 1800));
    expect(Object.keys(res.values)).toEqual(Object.keys(metric_query));
    let gaps = 0;
    for (const [id, q] of Object.entries(metric_query)) {
      const want = expectedValues(aws, REGION, q, { stat: 'Average', period: 1800, labels: res.labels });
      expect([id, res.values[id]]).toEqual([id, want]);
      gaps += want.filter((v) => v === null).length;
    }
    expect(gaps).toBeGreaterThan(0); // the sandbox leaves gaps: they stay where they are
    expect(aws.calls.countByAction()).toEqual({ 'monitoring:GetMetricData': 1 });
  });

  it('get_data: a CWAgent metric, MAX and an explicit period', async () => {
    const agents = [0, 3, 6];
    const metric_query = Object.fromEntries(
      agents.map((i) => [
        `cloud-svc-${i}`,
        {
          Namespace: 'CWAgent',
          MetricName: 'mem_used_percent',
          Dimensions: [{ Name: 'InstanceId', Value: instance(i) }],
          region_name: REGION,
        },
      ]),
    );
    const res = await getData({ metric: 'mem_used_percent', metric_query, stat: 'MAX', period: 3600 });
    expect(res.labels).toHaveLength(24);
    for (const [id, q] of Object.entries(metric_query))
      expect(res.values[id]).toEqual(
        expectedValues(aws, REGION, q, { stat: 'Maximum', period: 3600, labels: res.labels }),
      );
  });

  it('get_data: 600 resources go in batches of 500 queries, every NextToken page followed', async () => {
    const small = await startAwsSandbox({ instancesPerRegion: 600, metricDataPointsPerPage: 5000 });
    const paged = await startPlugin(small);
    try {
      const metric_query = Object.fromEntries(
        Array.from({ length: 600 }, (_, k) => [
          `cloud-svc-${k}`,
          { ...cpuQuery(k), Dimensions: [{ Name: 'InstanceId', Value: small.region(REGION).instanceId(k) }] },
        ]),
      );
      const res: Dict = await paged.client.call('Metric.get_data', {
        metric: 'CPUUtilization',
        start: START,
        end: END,
        stat: 'SUM',
        secret_data: sandboxSecret(small),
        metric_query,
        options: {},
      });
      for (const [id, q] of Object.entries(metric_query))
        expect([id, res.values[id]]).toEqual([
          id,
          expectedValues(small, REGION, q, { stat: 'Sum', period: 1800, labels: res.labels }),
        ]);
      const calls = small.calls.where({ action: 'GetMetricData' });
      // 500 x ~47 points = 5 pages of 5000, then 100 x ~47 = 1 page.
      expect(calls.length).toBe(6);
    } finally {
      await paged.close();
      await small.close();
    }
  });

  it.each([
    ['an unsupported stat', () => ({ stat: 'MEDIAN' }), 'stat'],
    ['a metric_query naming no resource', () => ({ metric_query: {} }), 'metric_query'],
    ['an entry that is not an object', () => ({ metric_query: { 'cloud-svc-0': 'i-0' } }), 'metric_query.cloud-svc-0'],
    [
      'Dimensions that are not a list',
      () => ({ metric_query: { 'cloud-svc-0': { ...cpuQuery(0), Dimensions: 'InstanceId' } } }),
      'metric_query.cloud-svc-0.Dimensions',
    ],
    ['start after end', () => ({ start: END, end: START, metric_query: chunk(1) }), 'start'],
    ['start not a date', () => ({ start: 'yesterday', metric_query: chunk(1) }), 'start'],
    [
      'an unknown region',
      () => ({ metric_query: { 'cloud-svc-0': { ...cpuQuery(0), region_name: 'moon-base-1' } } }),
      'metric_query.cloud-svc-0.region_name',
    ],
    ['a period CloudWatch refuses', () => ({ period: 45, metric_query: chunk(1) }), 'period'],
    [
      'a start that is not ISO-8601',
      () => ({ start: 'Mon, 30 Nov 2026 00:00:00 GMT', metric_query: chunk(1) }),
      'start',
    ],
    [
      'a window of more points than a page',
      () => ({ start: '2020-01-01T00:00:00Z', period: 60, metric_query: chunk(1) }),
      'period',
    ],
    [
      'an access key id with a line break',
      () => ({ secret_data: { ...secret_data(), aws_access_key_id: 'AKIA\r\nX-Injected' } }),
      'secret_data.aws_access_key_id',
    ],
  ])('get_data with %s is INVALID_ARGUMENT naming the key', async (_what, params, key) => {
    const error = await callFailure(getData({ metric_query: chunk(1), ...params() }));
    expect(error.codeName).toBe('INVALID_ARGUMENT');
    expect(error.errorMessage).toContain(`key = ${key}`);
    expect(aws.calls.calls).toEqual([]);
  });

  it('list with an unknown region or malformed metrics_info is INVALID_ARGUMENT naming the key', async () => {
    const region = await callFailure(list({ ...instanceCloudwatch(REGION, instance(0)), region_name: 'moon-base-1' }));
    expect([region.codeName, region.errorMessage]).toEqual([
      'INVALID_ARGUMENT',
      expect.stringContaining('key = query.region_name'),
    ]);
    const many = await callFailure(
      list({
        region_name: REGION,
        metrics_info: Array.from({ length: 51 }, (_, k) => ({
          Namespace: 'AWS/EC2',
          Dimensions: [{ Name: 'InstanceId', Value: instance(k) }],
        })),
      }),
    );
    expect(many.errorMessage).toContain('key = query.metrics_info');
    const dims = await callFailure(
      list({ region_name: REGION, metrics_info: [{ Namespace: 'AWS/EC2', Dimensions: [{ Name: 1 }] }] }),
    );
    expect(dims.errorMessage).toContain('key = query.metrics_info[0].Dimensions[0]');
  });

  it('list where CloudWatch refuses the account fails with the Cloudforet code, naming the call, not crashing', async () => {
    const error = await callFailure(list(instanceCloudwatch('eu-west-1', instance(0))));
    expect([error.codeName, error.errorCode]).toEqual(['UNAUTHENTICATED', 'ERROR_AUTHENTICATE_FAILURE']);
    expect(error.errorMessage).toContain('cloudwatch:ListMetrics refused the credentials: AccessDenied');
  });

  it('throttling is retried: the answer is complete', async () => {
    aws.faults.failNext('throttle', 3);
    const metric_query = chunk(20);
    const res = await getData({ metric_query });
    for (const [id, q] of Object.entries(metric_query))
      expect(res.values[id]).toEqual(
        expectedValues(aws, REGION, q, { stat: 'Average', period: 1800, labels: res.labels }),
      );
    expect(aws.calls.where({ action: 'GetMetricData', error: 'Throttling' })).toHaveLength(3);
  });

  it('one failing resource does not empty the others: a dimension CloudWatch refuses, a region the policy denies', async () => {
    const metric_query: Dict = chunk(200);
    metric_query['cloud-svc-17'] = { ...cpuQuery(17), Dimensions: [{ Name: 'InstanceId', Value: '' }] };
    metric_query['cloud-svc-eu'] = { ...cpuQuery(5), region_name: 'eu-west-1' };
    const res = await getData({ metric_query });
    expect(res.values['cloud-svc-17']).toEqual(res.labels.map(() => null));
    expect(res.values['cloud-svc-eu']).toEqual(res.labels.map(() => null));
    for (const [id, q] of Object.entries(metric_query).filter(([id]) => id !== 'cloud-svc-17' && id !== 'cloud-svc-eu'))
      expect([id, res.values[id]]).toEqual([
        id,
        expectedValues(aws, REGION, q, { stat: 'Average', period: 1800, labels: res.labels }),
      ]);
    // The refused batch is halved until the resource at fault stands alone: ~2 log2(200) calls, not 200.
    expect(aws.calls.where({ action: 'GetMetricData', region: REGION }).length).toBeLessThanOrEqual(20);
    expect(plugin.logs.text).toContain('cloud-svc-17');
  });

  it('every resource failing fails the call with the AWS error', async () => {
    const error = await callFailure(
      getData({ metric_query: { 'cloud-svc-eu': { ...cpuQuery(5), region_name: 'eu-west-1' } } }),
    );
    expect(error.errorCode).toBe('ERROR_AUTHENTICATE_FAILURE');
    expect(error.errorMessage).toContain('AccessDenied');
  });

  it('secrets never appear in the logs', async () => {
    const [, external] = aws.roles;
    const secret = { ...secret_data(), role_arn: external.arn, external_id: external.externalId };
    await plugin.client.call('DataSource.verify', {
      options: {},
      secret_data: secret,
      schema: 'aws_assume_role_with_external_id',
    });
    await list(instanceCloudwatch(REGION, instance(0)), secret);
    await callFailure(
      list(instanceCloudwatch(REGION, instance(0)), {
        ...secret_data(),
        aws_secret_access_key: 'wrong/Secret+AccessKey/000000000002',
      }),
    );
    const secrets = [
      aws.accessKey.secretAccessKey,
      'wrong/Secret+AccessKey/000000000002',
      ...aws.sessions.flatMap((s) => [s.secretAccessKey, s.sessionToken]),
    ];
    expect(aws.sessions.length).toBeGreaterThan(0);
    assertNoSecrets(plugin.logs.text, secrets, 'the plugin logs');
  });
});

// CloudWatch answered through the pinned @aws-sdk/client-cloudwatch (awsJson1_0, query-compatible errors).
import {
  CloudWatchClient,
  GetMetricDataCommand,
  GetMetricStatisticsCommand,
  ListMetricsCommand,
  paginateListMetrics,
  type MetricDataQuery,
} from '@aws-sdk/client-cloudwatch';
import { startAwsSandbox } from './start-aws-sandbox';
import type { AwsSandbox } from './aws-sandbox-types';
import { cloudWatchMetricSpecs } from './cloudwatch-catalog';
import { cloudWatchValue } from './cloudwatch-series';

describe('AWS sandbox: CloudWatch (real SDK client)', () => {
  let aws: AwsSandbox;
  beforeAll(async () => {
    aws = await startAwsSandbox({ instancesPerRegion: 30, metricDataPointsPerPage: 100 });
  });
  afterAll(() => aws.close());
  beforeEach(() => aws.reset());

  const client = (maxAttempts = 1) =>
    new CloudWatchClient({ region: 'us-east-1', endpoint: aws.url, credentials: aws.accessKey, maxAttempts });
  const world = () => aws.region('us-east-1');
  const start = new Date('2026-11-30T00:00:00Z');
  const end = new Date('2026-11-30T06:00:00Z');

  it('ListMetrics: an instance metrics (subset dimension match), CWAgent only where the agent runs, paged at 500', async () => {
    const id = world().instanceId(3);
    const ec2 = await client().send(
      new ListMetricsCommand({ Namespace: 'AWS/EC2', Dimensions: [{ Name: 'InstanceId', Value: id }] }),
    );
    expect(ec2.Metrics?.map((m) => m.MetricName)).toEqual(cloudWatchMetricSpecs('AWS/EC2').map((s) => s.name));
    const agent = await client().send(
      new ListMetricsCommand({ Namespace: 'CWAgent', Dimensions: [{ Name: 'InstanceId', Value: id }] }),
    );
    expect(agent.Metrics?.find((m) => m.MetricName === 'disk_used_percent')?.Dimensions).toEqual([
      { Name: 'InstanceId', Value: id },
      { Name: 'path', Value: '/' },
      { Name: 'device', Value: 'nvme0n1p1' },
      { Name: 'fstype', Value: 'xfs' },
    ]);
    const none = await client().send(
      new ListMetricsCommand({
        Namespace: 'CWAgent',
        Dimensions: [{ Name: 'InstanceId', Value: world().instanceId(4) }],
      }),
    );
    expect(none.Metrics).toEqual([]);
    let count = 0;
    let pages = 0;
    for await (const page of paginateListMetrics({ client: client() }, { Namespace: 'AWS/EC2' })) {
      pages++;
      count += page.Metrics?.length ?? 0;
      expect(page.Metrics!.length).toBeLessThanOrEqual(500);
    }
    expect(count).toBe(30 * cloudWatchMetricSpecs('AWS/EC2').length);
    expect(pages).toBe(2);
  });

  it('GetMetricStatistics: the unit and the statistics of the series', async () => {
    const metric = {
      Namespace: 'CWAgent',
      MetricName: 'app_request_count',
      Dimensions: [{ Name: 'InstanceId', Value: world().instanceId(0) }],
    };
    const out = await client().send(
      new GetMetricStatisticsCommand({
        ...metric,
        StartTime: start,
        EndTime: end,
        Period: 600,
        Statistics: ['SampleCount', 'Average'],
      }),
    );
    expect(out.Datapoints!.length).toBeGreaterThan(30);
    for (const p of out.Datapoints!) {
      expect(p.Unit).toBe('Count/Second');
      const base = {
        seed: 1,
        region: 'us-east-1',
        metric,
        spec: { scale: 120, unit: 'Count/Second' },
        timestamp: p.Timestamp!.getTime() / 1000,
        period: 600,
      };
      expect(p.Average).toBe(cloudWatchValue({ ...base, stat: 'Average' }));
      expect(p.SampleCount).toBe(10);
    }
  });

  it('GetMetricData: every point of the seeded series, ascending, paged with NextToken', async () => {
    const queries: MetricDataQuery[] = Array.from({ length: 5 }, (_, i) => ({
      Id: `q${i}`,
      MetricStat: {
        Metric: {
          Namespace: 'AWS/EC2',
          MetricName: 'CPUUtilization',
          Dimensions: [{ Name: 'InstanceId', Value: world().instanceId(i) }],
        },
        Period: 300,
        Stat: 'Maximum',
      },
    }));
    const got = new Map<string, [number, number][]>();
    let token: string | undefined;
    let calls = 0;
    do {
      const out = await client().send(
        new GetMetricDataCommand({
          MetricDataQueries: queries,
          StartTime: start,
          EndTime: end,
          ScanBy: 'TimestampAscending',
          NextToken: token,
        }),
      );
      calls++;
      for (const r of out.MetricDataResults!) {
        const list = got.get(r.Id!) ?? [];
        r.Timestamps!.forEach((t, k) => list.push([t.getTime() / 1000, r.Values![k]]));
        got.set(r.Id!, list);
      }
      token = out.NextToken;
    } while (token);
    // A page holds at most 100 (query, period) slots: 5 series x 72 periods of 5 minutes = 4 pages.
    expect(calls).toBe(Math.ceil((5 * 72) / 100));
    queries.forEach((q, i) => {
      const metric = q.MetricStat!.Metric as never;
      const expected: [number, number][] = [];
      for (let t = start.getTime() / 1000; t < end.getTime() / 1000; t += 300) {
        const v = cloudWatchValue({
          seed: 1,
          region: 'us-east-1',
          metric,
          spec: { scale: 40, unit: 'Percent' },
          stat: 'Maximum',
          timestamp: t,
          period: 300,
        });
        if (v !== undefined) expected.push([t, v]);
      }
      expect(got.get(`q${i}`)).toEqual(expected);
    });
  });

  it('GetMetricData refuses more than 500 queries, bad ids and start after end, in the query-compatible error codes', async () => {
    const query = (i: number): MetricDataQuery => ({
      Id: `q${i}`,
      MetricStat: {
        Metric: {
          Namespace: 'AWS/EC2',
          MetricName: 'CPUUtilization',
          Dimensions: [{ Name: 'InstanceId', Value: 'i-1' }],
        },
        Period: 60,
        Stat: 'Average',
      },
    });
    const send = (input: Partial<ConstructorParameters<typeof GetMetricDataCommand>[0]>) =>
      client().send(
        new GetMetricDataCommand({ MetricDataQueries: [query(0)], StartTime: start, EndTime: end, ...input }),
      );
    await expect(send({ MetricDataQueries: Array.from({ length: 501 }, (_, i) => query(i)) })).rejects.toMatchObject({
      name: 'InvalidParameterValueException',
      Code: 'InvalidParameterValue',
      message: expect.stringContaining('500'),
      $metadata: { httpStatusCode: 400 },
    });
    await expect(send({ MetricDataQueries: [{ ...query(0), Id: 'Bad-id' }] })).rejects.toMatchObject({
      Code: 'InvalidParameterValue',
    });
    await expect(send({ StartTime: end, EndTime: start })).rejects.toMatchObject({
      message: expect.stringContaining('StartTime'),
    });
  });

  it('throttling is the Throttling code the SDK retries; the call log records every attempt', async () => {
    aws.faults.failNext('throttle', 2);
    const out = await client(3).send(new ListMetricsCommand({ Namespace: 'AWS/EBS' }));
    expect(out.Metrics!.length).toBeGreaterThan(0);
    expect(aws.calls.where({ service: 'monitoring', action: 'ListMetrics', error: 'Throttling' })).toHaveLength(2);
    expect(aws.calls.where({ service: 'monitoring', action: 'ListMetrics' })).toHaveLength(3);
  });
});

// `npm run bench -- metric-cloudwatch`: aws-cloudwatch-mon-datasource against the sandbox's CloudWatch
// answering every call after 20 ms (BENCH_AWS_LATENCY_MS), next to upstream's algorithm run in the same
// process against the same sandbox with the same SDK:
// - Metric.list for 20 instances' data.cloudwatch (AWS/EC2 + CWAgent), as monitoring calls it once per
//   resource: upstream pages ListMetrics and makes one GetMetricStatistics per metric to learn its unit;
// - Metric.get_data for a monitoring chunk of 200 resources over 24 h, at the default period (1800 s, one
//   page) and at 60 s (288,000 points, three pages of CloudWatch's 100,800): upstream sends one
//   GetMetricData with every query and does not follow NextToken.
// Reported: CloudWatch calls, wall time, and how much of the data each answer holds.
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  CloudWatchClient,
  GetMetricDataCommand,
  GetMetricStatisticsCommand,
  ListMetricsCommand,
  type Metric,
} from '@aws-sdk/client-cloudwatch';
import { CoreClient } from '@cloudforet/plugin-testing';
import { CLOUDWATCH_LIMITS, startAwsSandbox, type AwsSandbox } from '@cloudforet/sandbox';

const LATENCY_MS = Number(process.env.BENCH_AWS_LATENCY_MS ?? 20);
const REGION = 'us-east-1';
const RESOURCES = 200;
const LIST_RESOURCES = 20;
const START = new Date('2026-11-30T00:00:00Z');
const END = new Date('2026-12-01T00:00:00Z');

type Dimension = { Name: string; Value: string };
type Dict = Record<string, unknown>;
const cloudwatchOf = (id: string) => ({
  region_name: REGION,
  metrics_info: ['AWS/EC2', 'CWAgent'].map((Namespace) => ({
    Namespace,
    Dimensions: [{ Name: 'InstanceId', Value: id }],
  })),
});

/** Upstream's Metric.list: ListMetrics pages per entry, then one GetMetricStatistics per metric, one after another. */
async function upstreamList(cw: CloudWatchClient, query: ReturnType<typeof cloudwatchOf>): Promise<number> {
  let metrics = 0;
  for (const entry of query.metrics_info) {
    let token: string | undefined;
    do {
      const page = await cw.send(new ListMetricsCommand({ ...entry, NextToken: token }));
      for (const m of page.Metrics ?? []) {
        const end = new Date();
        await cw.send(
          new GetMetricStatisticsCommand({
            Namespace: m.Namespace,
            MetricName: m.MetricName,
            Dimensions: entry.Dimensions,
            StartTime: new Date(end.getTime() - 3_600_000),
            EndTime: end,
            Period: 600,
            Statistics: ['SampleCount'],
          }),
        );
        metrics++;
      }
      token = page.NextToken;
    } while (token);
  }
  return metrics;
}

/** Upstream's Metric.get_data: one GetMetricData with a query per resource, its first page only. */
async function upstreamGetData(cw: CloudWatchClient, metrics: Metric[], period: number): Promise<number> {
  const out = await cw.send(
    new GetMetricDataCommand({
      MetricDataQueries: metrics.map((m, k) => ({
        Id: `metric_${k}`,
        MetricStat: { Metric: m, Period: period, Stat: 'Average' },
      })),
      StartTime: START,
      EndTime: END,
      ScanBy: 'TimestampAscending',
    }),
  );
  return (out.MetricDataResults ?? []).reduce((n, r) => n + (r.Values?.length ?? 0), 0);
}

async function timed<T>(aws: AwsSandbox, fn: () => Promise<T>): Promise<{ result: T; ms: number; calls: number }> {
  aws.reset();
  const t = performance.now();
  const result = await fn();
  return { result, ms: performance.now() - t, calls: aws.calls.calls.length };
}

const ms = (n: number) => `${n.toFixed(0)} ms`;

async function main(): Promise<void> {
  const aws = await startAwsSandbox({ instancesPerRegion: RESOURCES, latencyMs: LATENCY_MS });
  // The plugin in its own process (datasource-server.ts), as in its container; the baseline in this one.
  const child = fork(join(__dirname, 'datasource-server.js'), [], {
    env: { ...process.env, AWS_ENDPOINT_URL: aws.url, AWS_MAX_ATTEMPTS: '10', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const [{ port }] = (await once(child, 'message')) as [{ port: number }];
  const client = await CoreClient.connect(`127.0.0.1:${port}`);
  const cw = new CloudWatchClient({ region: REGION, endpoint: aws.url, credentials: aws.accessKey, maxAttempts: 10 });
  const secret_data = {
    aws_access_key_id: aws.accessKey.accessKeyId,
    aws_secret_access_key: aws.accessKey.secretAccessKey,
  };
  const ids = Array.from({ length: RESOURCES }, (_, i) => aws.region(REGION).instanceId(i));
  let pass = true;
  try {
    console.log(
      `\naws-cloudwatch-mon-datasource: ${LATENCY_MS} ms per CloudWatch call, vs upstream's algorithm in the same run`,
    );

    // Metric.list, once per resource as monitoring calls it.
    const listIds = ids.slice(0, LIST_RESOURCES);
    const ours = await timed(aws, async () => {
      let n = 0;
      for (const id of listIds)
        n += (
          (await client.call('Metric.list', { options: {}, secret_data, query: cloudwatchOf(id) })).metrics as unknown[]
        ).length;
      return n;
    });
    const theirs = await timed(aws, async () => {
      let n = 0;
      for (const id of listIds) n += await upstreamList(cw, cloudwatchOf(id));
      return n;
    });
    const listRatio = theirs.calls / ours.calls;
    console.log(
      `Metric.list x ${LIST_RESOURCES} instances (${ours.result} metrics): ours ${ours.calls} calls ${ms(ours.ms)}, ` +
        `upstream ${theirs.calls} calls ${ms(theirs.ms)} (${theirs.result} metrics); ${listRatio.toFixed(1)}x fewer calls, ` +
        `${(theirs.ms / ours.ms).toFixed(1)}x less wall time (target >= 5x fewer calls: ${listRatio >= 5 ? 'PASS' : 'FAIL'})`,
    );
    pass &&= listRatio >= 5;

    // Metric.get_data for one monitoring chunk.
    const metrics: Metric[] = ids.map((id) => ({
      Namespace: 'AWS/EC2',
      MetricName: 'CPUUtilization',
      Dimensions: [{ Name: 'InstanceId', Value: id } as Dimension],
    }));
    const metric_query = Object.fromEntries(metrics.map((m, i) => [`cloud-svc-${i}`, { ...m, region_name: REGION }]));
    for (const period of [1800, 60]) {
      const points = RESOURCES * ((END.getTime() - START.getTime()) / 1000 / period);
      const pages = Math.ceil(points / CLOUDWATCH_LIMITS.dataPointsPerPage);
      const ask = () =>
        client.call('Metric.get_data', {
          metric: 'CPUUtilization',
          start: START.toISOString(),
          end: END.toISOString(),
          ...(period === 1800 ? {} : { period }),
          stat: 'AVERAGE',
          secret_data,
          metric_query,
          options: {},
        });
      for (let warm = 0; warm < 2; warm++) await ask(); // connections, the SDK's first calls, the JIT
      // The median of 3 runs (the CPU is shared), each with the mean time the sandbox took per call.
      const runs: { got: Awaited<ReturnType<typeof timed<Dict>>>; callMs: number }[] = [];
      for (let run = 0; run < 3; run++) {
        const got = await timed(aws, ask);
        runs.push({ got, callMs: aws.calls.calls.reduce((n, c) => n + (c.endedAt - c.startedAt), 0) / got.calls });
      }
      runs.sort((a, b) => a.got.ms - b.got.ms);
      const { got, callMs } = runs[1];
      const answered = Object.values(got.result.values as Record<string, (number | null)[]>).reduce(
        (n, s) => n + s.filter((v) => v !== null).length,
        0,
      );
      const bases = [];
      for (let run = 0; run < 3; run++) bases.push(await timed(aws, () => upstreamGetData(cw, metrics, period)));
      const base = bases.sort((a, b) => a.ms - b.ms)[1];
      // A call's latency is what the sandbox's CloudWatch takes to answer it: the 20 ms, plus computing
      // its points (dominant for big pages); the budget is two of those per page.
      const budget = 2 * callMs * pages;
      const within = got.ms <= budget;
      console.log(
        `Metric.get_data ${RESOURCES} resources x 24 h, period ${period} s (${points} points, ${pages} page(s)): ` +
          `ours ${got.calls} calls ${ms(got.ms)}, ${answered} points (${((100 * answered) / points).toFixed(1)} %); ` +
          `upstream ${base.calls} call ${ms(base.ms)}, ${base.result} points (${((100 * base.result) / points).toFixed(1)} %); ` +
          `one call takes ${ms(callMs)} (${LATENCY_MS} ms latency + answering); ` +
          `within 2 call latencies per page (${ms(budget)}): ${within ? 'PASS' : 'FAIL'}`,
      );
      pass &&= within && answered >= points * 0.95;
    }
  } finally {
    client.close();
    cw.destroy();
    child.kill('SIGTERM');
    await once(child, 'exit');
    await aws.close();
  }
  process.exitCode = pass ? 0 : 1;
}

void main();

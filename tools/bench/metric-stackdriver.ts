// `npm run bench -- metric-stackdriver`: google-stackdriver-mon-datasource against the sandbox's Cloud
// Monitoring answering every call after 20 ms (BENCH_GCP_LATENCY_MS), next to upstream's algorithm run in
// the same process against the same sandbox: Metric.get_data for a monitoring chunk of 200 GCE instances
// over 24 h at the default period (1800 s). Upstream makes one timeSeries.list per resource, one after
// another, and keeps the first series of the first page; the plugin reads the resources concurrently
// (16 in flight) and follows every page. Reported: Monitoring calls, wall time (median of 3 runs after
// 2 warm-ups), the points each answer holds; target >= 5x less wall time. Exits 1 on FAIL.
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openServiceAccountJwt } from '@cloudforet/plugin-core/google';
import { CoreClient } from '@cloudforet/plugin-testing';
import { startGcpSandbox, type GcpSandbox } from '@cloudforet/sandbox';

const LATENCY_MS = Number(process.env.BENCH_GCP_LATENCY_MS ?? 20);
const RESOURCES = 200;
const ZONES = ['us-central1-a', 'us-central1-b', 'europe-west1-b', 'asia-northeast3-a'];
const START = new Date('2026-11-30T00:00:00Z');
const END = new Date('2026-12-01T00:00:00Z');
const PERIOD = 1800;
const CPU = 'compute.googleapis.com/instance/cpu/utilization';

type Dict = Record<string, unknown>;
type Points = { points?: { value?: { doubleValue?: number } }[] }[];

/** Upstream's get_data: one token, then one timeSeries.list per resource, one after another, first series only. */
async function upstreamGetData(gcp: GcpSandbox, ids: string[]): Promise<number> {
  const jwt = await openServiceAccountJwt(gcp.serviceAccountKey, {
    scopes: ['https://www.googleapis.com/auth/cloud-platform'],
    signal: new AbortController().signal,
  });
  const { token } = await jwt.getAccessToken();
  let points = 0;
  for (const id of ids) {
    const query = new URLSearchParams({
      filter: `metric.type = "${CPU}" AND resource.labels.instance_id = "${id}"`,
      'aggregation.alignmentPeriod': `${PERIOD}s`,
      'aggregation.crossSeriesReducer': 'REDUCE_NONE',
      'aggregation.perSeriesAligner': 'ALIGN_MEAN',
      'interval.startTime': START.toISOString(),
      'interval.endTime': END.toISOString(),
      view: 'FULL',
    });
    const res = await fetch(`${gcp.url}/v3/projects/${gcp.project.projectId}/timeSeries?${query}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const body = (await res.json()) as { timeSeries?: Points };
    points += body.timeSeries?.[0]?.points?.length ?? 0;
  }
  return points;
}

async function timed<T>(gcp: GcpSandbox, fn: () => Promise<T>): Promise<{ result: T; ms: number; calls: number }> {
  gcp.reset();
  const t = performance.now();
  const result = await fn();
  return { result, ms: performance.now() - t, calls: gcp.calls.where({ service: 'monitoring' }).length };
}

const median = <T extends { ms: number }>(runs: T[]) => runs.sort((a, b) => a.ms - b.ms)[Math.floor(runs.length / 2)];
const ms = (n: number) => `${n.toFixed(0)} ms`;

async function main(): Promise<void> {
  const gcp = await startGcpSandbox({
    zones: ZONES,
    instancesPerZone: RESOURCES / ZONES.length,
    latencyMs: LATENCY_MS,
  });
  // The plugin in its own process (datasource-server.ts), as in its container; the baseline in this one.
  const child = fork(join(__dirname, 'datasource-server.js'), ['gcp'], {
    env: { ...process.env, GOOGLE_CLOUD_ROOT_URL: `${gcp.url}/`, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const [{ port }] = (await once(child, 'message')) as [{ port: number }];
  const client = await CoreClient.connect(`127.0.0.1:${port}`);
  const ids = [...gcp.monitoring.instanceById().keys()].slice(0, RESOURCES);
  const metric_query = Object.fromEntries(
    ids.map((id, i) => [
      `cloud-svc-${i}`,
      {
        name: `projects/${gcp.project.projectId}`,
        resource_id: id,
        filter: { metric_type: CPU, labels: [{ key: 'resource.labels.instance_id', value: id }] },
        region_name: 'us-central1',
      },
    ]),
  );
  const ask = () =>
    client.call('Metric.get_data', {
      metric: CPU,
      start: START.toISOString(),
      end: END.toISOString(),
      stat: 'MEAN',
      secret_data: { ...gcp.serviceAccountKey },
      metric_query,
      options: {},
    });
  let pass = false;
  try {
    console.log(
      `\ngoogle-stackdriver-mon-datasource: ${LATENCY_MS} ms per Cloud Monitoring call, vs upstream's algorithm in the same run`,
    );
    for (let warm = 0; warm < 2; warm++) await ask(); // connections, the first token grant, the JIT
    const ours = [];
    for (let run = 0; run < 3; run++) ours.push(await timed(gcp, ask));
    const got = median(ours);
    const answered = Object.values((got.result as Dict).values as Record<string, (number | null)[]>).reduce(
      (n, s) => n + s.filter((v) => v !== null).length,
      0,
    );
    await upstreamGetData(gcp, ids.slice(0, 5)); // its warm-up
    const theirs = [];
    for (let run = 0; run < 3; run++) theirs.push(await timed(gcp, () => upstreamGetData(gcp, ids)));
    const base = median(theirs);
    const ratio = base.ms / got.ms;
    pass = ratio >= 5 && answered >= base.result;
    console.log(
      `Metric.get_data ${RESOURCES} resources x 24 h, period ${PERIOD} s: ours ${got.calls} calls ${ms(got.ms)}, ${answered} points; ` +
        `upstream ${base.calls} calls ${ms(base.ms)}, ${base.result} points; ${ratio.toFixed(1)}x less wall time ` +
        `(target >= 5x: ${pass ? 'PASS' : 'FAIL'})`,
    );
  } finally {
    client.close();
    child.kill('SIGTERM');
    await once(child, 'exit');
    await gcp.close();
  }
  process.exitCode = pass ? 0 : 1;
}

void main();

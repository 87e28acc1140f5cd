// `npm run bench -- webhook`: Event.parse through gRPC for each webhook plugin, served by
// plugin-core and by a bare @grpc/grpc-js server calling the same handler, next to a bare
// grpc-js server answering no events, in the same run. Payloads: a Grafana unified-alerting
// notification with 10 alerts, an SNS CloudWatch alarm, an Alertmanager notification with 10
// alerts. Reports requests/s, events/s, p50/p99 and the core/bare ratio (target ≥ 90%).
import { fork, type ChildProcess } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { credentials } from '@grpc/grpc-js';
import { EventClient, type EventsInfo } from '@cloudforet/api/gen/spaceone/api/monitoring/plugin/event';
import alertmanager from '@cloudforet/plugin-prometheus-mon-webhook/test/golden/kube-prometheus-crashlooping.json';
import grafana from '@cloudforet/plugin-grafana-mon-webhook/test/golden/unified-docs-two-alerts.json';
import cloudwatch from '@cloudforet/plugin-aws-sns-mon-webhook/test/golden/cloudwatch-one-dimension-alarm.json';

const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 5000);
const WARMUP_MS = Number(process.env.BENCH_WARMUP_MS ?? 1500);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const TARGET_RATIO = 0.9;

type Body = Record<string, unknown>;
const tenOf = (body: Body, key: string) => {
  const [first] = body.alerts as Body[];
  return { ...body, alerts: Array.from({ length: 10 }, (_, i) => ({ ...first, [key]: `${String(first![key])}${i}` })) };
};
const PAYLOADS: Record<string, { data: Body; label: string }> = {
  grafana: { data: tenOf(grafana.data as unknown as Body, 'fingerprint'), label: 'Grafana unified, 10 alerts' },
  'aws-sns': { data: cloudwatch.data as Body, label: 'SNS CloudWatch alarm' },
  prometheus: { data: tenOf(alertmanager.data as Body, 'fingerprint'), label: 'Alertmanager, 10 alerts' },
};

interface Result {
  mode: string;
  requests: number;
  events: number;
  errors: number;
  rps: number;
  p50: number;
  p99: number;
}

function startChild(mode: string): Promise<{ child: ChildProcess; port: number }> {
  const child = fork(`${__dirname}/webhook-server.js`, [mode], {
    env: { ...process.env, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (m: { port: number }) => resolve({ child, port: m.port }));
    child.once('exit', (code) => reject(new Error(`bench server ${mode} exited with ${code}`)));
  });
}

async function load(endpoint: string, data: Body, durationMs: number) {
  const client = new EventClient(endpoint, credentials.createInsecure());
  const latencies: number[] = [];
  let errors = 0;
  let events = 0;
  const deadline = performance.now() + durationMs;
  const worker = async () => {
    while (performance.now() < deadline) {
      const t0 = performance.now();
      await new Promise<void>((resolve) =>
        client.parse({ options: {}, data }, (err: Error | null, res?: EventsInfo) => {
          if (err) errors++;
          else {
            latencies.push(performance.now() - t0);
            events += res?.results?.length ?? 0;
          }
          resolve();
        }),
      );
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  client.close();
  return { latencies, errors, events };
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN;

async function measure(mode: string, data: Body): Promise<Result> {
  const { child, port } = await startChild(mode);
  try {
    const endpoint = `127.0.0.1:${port}`;
    await load(endpoint, data, WARMUP_MS);
    const { latencies, errors, events } = await load(endpoint, data, DURATION_MS);
    const sorted = latencies.sort((a, b) => a - b);
    const s = DURATION_MS / 1000;
    return {
      mode,
      requests: sorted.length,
      events: events / s,
      errors,
      rps: sorted.length / s,
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
    };
  } finally {
    child.kill('SIGKILL');
  }
}

async function main() {
  console.log(
    `\nwebhook parse: ${CONCURRENCY} concurrent callers, ${DURATION_MS} ms per server after ${WARMUP_MS} ms warm-up`,
  );
  const results: Result[] = [];
  for (const [name, { data, label }] of Object.entries(PAYLOADS)) {
    console.log(`  ${name}: ${label} (${JSON.stringify(data).length} bytes of JSON)`);
    for (const kind of ['bare-noop', `bare-${name}`, `core-${name}`])
      results.push({ ...(await measure(kind, data)), mode: `${kind === 'bare-noop' ? `bare-noop(${name})` : kind}` });
  }
  console.log('\nserver                  requests  errors    req/s  events/s   p50 ms   p99 ms');
  for (const r of results)
    console.log(
      `${r.mode.padEnd(23)} ${String(r.requests).padStart(8)} ${String(r.errors).padStart(7)} ${r.rps.toFixed(0).padStart(8)} ${r.events.toFixed(0).padStart(9)} ${r.p50.toFixed(2).padStart(8)} ${r.p99.toFixed(2).padStart(8)}`,
    );
  const by = Object.fromEntries(results.map((r) => [r.mode, r]));
  let ok = true;
  for (const name of Object.keys(PAYLOADS)) {
    const [core, bare, noop] = [by[`core-${name}`]!, by[`bare-${name}`]!, by[`bare-noop(${name})`]!];
    const ratio = core.rps / bare.rps;
    const pass = ratio >= TARGET_RATIO && core.errors === 0 && bare.errors === 0;
    ok &&= pass;
    console.log(
      `ratio core-${name}/bare-${name}: ${(ratio * 100).toFixed(1)}% (target >= ${TARGET_RATIO * 100}%) ${pass ? 'PASS' : 'FAIL'}; of bare-noop: ${((core.rps / noop.rps) * 100).toFixed(1)}%`,
    );
  }
  process.exitCode = ok ? 0 : 1;
}

void main();

// `npm run bench -- webhook`: Event.parse through gRPC for each webhook plugin, served by
// plugin-core and by a bare @grpc/grpc-js server calling the same handler, next to a bare
// grpc-js server answering no events, in the same run. Payloads: a Grafana unified-alerting
// notification with 10 alerts, an SNS CloudWatch alarm, an Alertmanager notification with 10
// alerts. The callers send a request encoded once and count the events in the raw answer, so the
// servers, not the load generator, are what is measured. BENCH_ROUNDS rounds interleave the three
// servers (in a rotating order); the verdict takes the median round: plugin-core must reach 90% of
// the bare server's requests/s and events/s, and its p99 must stay within 1/0.9 of the bare one.
import { once } from 'node:events';
import { fork, type ChildProcess } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { Client, credentials } from '@grpc/grpc-js';
import { ParseRequest } from '@cloudforet/api/gen/spaceone/api/monitoring/plugin/event';
import alertmanager from '@cloudforet/plugin-prometheus-mon-webhook/test/golden/kube-prometheus-crashlooping.json';
import grafana from '@cloudforet/plugin-grafana-mon-webhook/test/golden/unified-docs-two-alerts.json';
import cloudwatch from '@cloudforet/plugin-aws-sns-mon-webhook/test/golden/cloudwatch-one-dimension-alarm.json';

const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 4000);
const WARMUP_MS = Number(process.env.BENCH_WARMUP_MS ?? 2000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const TARGET_RATIO = 0.9;
const PARSE_PATH = '/spaceone.api.monitoring.plugin.Event/parse';

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
  server: string;
  requests: number;
  errors: number;
  rps: number;
  eventsPerSecond: number;
  p50: number;
  p99: number;
  cpuPerRequestUs: number;
}

/** EventsInfo's `results` is field 1: counts its top-level entries without decoding them. */
function countResults(answer: Buffer): number {
  let count = 0;
  let at = 0;
  const varint = () => {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = answer[at++]!;
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
    }
  };
  while (at < answer.length) {
    const tag = varint();
    const wire = tag & 7;
    if (tag >>> 3 === 1) count++;
    // `at += varint()` would read `at` before varint() moves it.
    if (wire === 2) {
      const length = varint();
      at += length;
    } else if (wire === 0) varint();
    else if (wire === 1) at += 8;
    else if (wire === 5) at += 4;
    else throw new Error(`unexpected wire type ${wire} in the answer`);
  }
  return count;
}

interface Server {
  child: ChildProcess;
  endpoint: string;
}

/** The server process's CPU time so far (user + system), in µs. */
function cpuOf({ child }: Server): Promise<number> {
  return new Promise((resolve) => {
    child.once('message', (m: { cpu: NodeJS.CpuUsage }) => resolve(m.cpu.user + m.cpu.system));
    child.send('cpu');
  });
}

function startChild(mode: string): Promise<Server> {
  const child = fork(`${__dirname}/webhook-server.js`, [mode], {
    env: { ...process.env, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (m: { port: number }) => resolve({ child, endpoint: `127.0.0.1:${m.port}` }));
    child.once('exit', (code) => reject(new Error(`bench server ${mode} exited with ${code}`)));
  });
}

async function load(endpoint: string, request: Buffer, durationMs: number) {
  const client = new Client(endpoint, credentials.createInsecure());
  const latencies: number[] = [];
  let errors = 0;
  let events = 0;
  const deadline = performance.now() + durationMs;
  const worker = async () => {
    while (performance.now() < deadline) {
      const t0 = performance.now();
      await new Promise<void>((resolve) =>
        client.makeUnaryRequest(
          PARSE_PATH,
          (b: Buffer) => b,
          (b: Buffer) => b,
          request,
          (err, answer) => {
            if (err || !answer) errors++;
            else {
              latencies.push(performance.now() - t0);
              events += countResults(answer);
            }
            resolve();
          },
        ),
      );
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  client.close();
  return { latencies, errors, events };
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function measure(server: string, child: Server, request: Buffer): Promise<Result> {
  const cpuBefore = await cpuOf(child);
  const { latencies, errors, events } = await load(child.endpoint, request, DURATION_MS);
  const cpu = (await cpuOf(child)) - cpuBefore;
  const sorted = latencies.sort((a, b) => a - b);
  const s = DURATION_MS / 1000;
  return {
    server,
    requests: sorted.length,
    errors,
    rps: sorted.length / s,
    eventsPerSecond: events / s,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    cpuPerRequestUs: cpu / Math.max(1, sorted.length),
  };
}

const row = (r: Result, round: number) =>
  `${String(round).padStart(5)} ${r.server.padEnd(17)} ${String(r.requests).padStart(8)} ${String(r.errors).padStart(6)} ${r.rps.toFixed(0).padStart(7)} ${r.eventsPerSecond.toFixed(0).padStart(9)} ${r.p50.toFixed(2).padStart(7)} ${r.p99.toFixed(2).padStart(7)} ${r.cpuPerRequestUs.toFixed(0).padStart(7)}`;

async function benchPayload(name: string, data: Body): Promise<boolean> {
  const request = Buffer.from(ParseRequest.encode({ options: {}, data }).finish());
  const servers = ['bare-noop', `bare-${name}`, `core-${name}`];
  const children = await Promise.all(servers.map(startChild));
  try {
    for (const { endpoint } of children) await load(endpoint, request, WARMUP_MS);
    const ratios = { rps: [] as number[], events: [] as number[], p99: [] as number[] };
    for (let round = 1; round <= ROUNDS; round++) {
      const byServer: Record<string, Result> = {};
      for (let k = 0; k < servers.length; k++) {
        const i = (k + round - 1) % servers.length;
        byServer[servers[i]!] = await measure(servers[i]!, children[i]!, request);
      }
      for (const server of servers) console.log(row(byServer[server]!, round));
      const [bare, core] = [byServer[`bare-${name}`]!, byServer[`core-${name}`]!];
      if (bare.errors || core.errors) return false;
      ratios.rps.push(core.rps / bare.rps);
      ratios.events.push(core.eventsPerSecond / bare.eventsPerSecond);
      ratios.p99.push(bare.p99 / core.p99);
    }
    const verdict = Object.entries(ratios).map(([metric, values]) => {
      const m = median(values);
      return { metric, m, pass: m >= TARGET_RATIO, rounds: values.map((v) => `${(v * 100).toFixed(1)}%`).join(' ') };
    });
    for (const { metric, m, pass, rounds } of verdict)
      console.log(
        `  core-${name}/bare-${name} ${metric.padEnd(6)} median ${(m * 100).toFixed(1)}% (rounds ${rounds}; target >= ${TARGET_RATIO * 100}%) ${pass ? 'PASS' : 'FAIL'}`,
      );
    return verdict.every((v) => v.pass);
  } finally {
    // SIGTERM: the servers exit normally (and write their profiles under `node --cpu-prof`)
    await Promise.all(children.map(({ child }) => (child.kill('SIGTERM'), once(child, 'exit'))));
  }
}

async function main() {
  console.log(
    `\nwebhook parse: ${CONCURRENCY} concurrent callers, ${ROUNDS} rounds of ${DURATION_MS} ms per server after ${WARMUP_MS} ms warm-up` +
      '\n(p99 ratio = bare p99 / core p99, so every ratio reads "core reaches x% of bare"; CPU µs/req is the server process\'s own)',
  );
  let ok = true;
  for (const [name, { data, label }] of Object.entries(PAYLOADS)) {
    console.log(`\n${name}: ${label} (${JSON.stringify(data).length} bytes of JSON)`);
    console.log('round server            requests errors   req/s  events/s  p50 ms  p99 ms  CPU µs/req');
    ok = (await benchPayload(name, data)) && ok;
  }
  process.exitCode = ok ? 0 : 1;
}

void main();

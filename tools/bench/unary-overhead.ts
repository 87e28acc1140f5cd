// `npm run bench`: unary RPC overhead of plugin-core. Notification.dispatch with
// the exact keys the core sends, against a Slack sandbox that answers at once,
// served by plugin-core and by a bare @grpc/grpc-js server in the same run.
// Reports requests/s, p50/p99 latency and the plugin-core/bare throughput ratio.
import { fork, type ChildProcess } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { credentials } from '@grpc/grpc-js';
import {
  NotificationClient,
  PluginDispatchRequest_NotificationType,
} from '@cloudforet/api/gen/spaceone/api/notification/plugin/notification';
import { startSlackSandbox } from '@cloudforet/sandbox';
import { redactionCost } from './redaction-cost';

const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 5000);
const WARMUP_MS = Number(process.env.BENCH_WARMUP_MS ?? 1500);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const TARGET_RATIO = 0.9;

interface Result {
  mode: string;
  requests: number;
  errors: number;
  rps: number;
  p50: number;
  p99: number;
}

function startChild(mode: string, env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; port: number }> {
  const child = fork(`${__dirname}/bench-server.js`, [mode], {
    env: { ...process.env, ...env, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (m: { port: number }) => resolve({ child, port: m.port }));
    child.once('exit', (code) => reject(new Error(`bench server ${mode} exited with ${code}`)));
  });
}

async function load(
  endpoint: string,
  request: object,
  durationMs: number,
): Promise<{ latencies: number[]; errors: number }> {
  const client = new NotificationClient(endpoint, credentials.createInsecure());
  const latencies: number[] = [];
  let errors = 0;
  const deadline = performance.now() + durationMs;
  const worker = async () => {
    while (performance.now() < deadline) {
      const t0 = performance.now();
      await new Promise<void>((resolve) =>
        client.dispatch(request, (err) => {
          if (err) errors++;
          else latencies.push(performance.now() - t0);
          resolve();
        }),
      );
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  client.close();
  return { latencies, errors };
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
}

async function measure(mode: string, env: NodeJS.ProcessEnv, request: object): Promise<Result> {
  const { child, port } = await startChild(mode, env);
  try {
    const endpoint = `127.0.0.1:${port}`;
    await load(endpoint, request, WARMUP_MS);
    const { latencies, errors } = await load(endpoint, request, DURATION_MS);
    const sorted = latencies.sort((a, b) => a - b);
    return {
      mode,
      requests: sorted.length,
      errors,
      rps: sorted.length / (DURATION_MS / 1000),
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
    };
  } finally {
    child.kill('SIGKILL');
  }
}

async function main() {
  const sandbox = await startSlackSandbox();
  const env = { SLACK_API_URL: sandbox.apiUrl };
  const request = {
    secret_data: {},
    channel_data: { token: 'xoxb-bench-0000000000', channel: 'general' },
    notification_type: PluginDispatchRequest_NotificationType.WARNING,
    message: {
      title: 'CPU above 90% on web-1',
      description: 'Alert #42 triggered',
      link: 'https://console.example.com/alerts/42',
      tags: [
        { key: 'Project', value: 'web' },
        { key: 'Urgency', value: 'HIGH', options: { short: true } },
      ],
      callbacks: [{ label: 'Acknowledge Alerts', url: 'https://console.example.com/ack/42' }],
      occurred_at: '2026-11-23T10:00:00.000Z',
    },
    options: {},
  };
  console.log(
    `unary overhead: ${CONCURRENCY} concurrent callers, ${DURATION_MS} ms per server after ${WARMUP_MS} ms warm-up`,
  );
  const results: Result[] = [];
  for (const mode of ['bare-noop', 'core-noop', 'bare-slack', 'core-slack']) {
    results.push(await measure(mode, env, request));
    sandbox.reset();
  }
  await sandbox.close();

  console.log('\nserver       requests  errors    req/s   p50 ms   p99 ms');
  for (const r of results) {
    console.log(
      `${r.mode.padEnd(12)} ${String(r.requests).padStart(8)} ${String(r.errors).padStart(7)} ${r.rps.toFixed(0).padStart(8)} ${r.p50.toFixed(2).padStart(8)} ${r.p99.toFixed(2).padStart(8)}`,
    );
  }
  const by = Object.fromEntries(results.map((r) => [r.mode, r]));
  let ok = true;
  for (const [core, bare] of [
    ['core-noop', 'bare-noop'],
    ['core-slack', 'bare-slack'],
  ]) {
    const ratio = by[core].rps / by[bare].rps;
    const pass = ratio >= TARGET_RATIO && by[core].errors === 0 && by[bare].errors === 0;
    ok &&= pass;
    console.log(
      `ratio ${core}/${bare}: ${(ratio * 100).toFixed(1)}% of bare throughput (target >= ${TARGET_RATIO * 100}%) ${pass ? 'PASS' : 'FAIL'}`,
    );
  }
  ok = redactionCost() && ok;
  process.exitCode = ok ? 0 : 1;
}

void main();

// `npm run bench -- dispatch-telegram`: telegram-noti-protocol's Notification.dispatch, 1,000
// dispatches (BENCH_DISPATCH_COUNT) from 20 concurrent callers (BENCH_DISPATCH_CONCURRENCY)
// against the sandbox's Bot API, twice in the same run: connections kept alive (what the
// plugin does), then a fresh connection per message (the stand-in closes each one). The
// plugin runs as its bundle in a child process of its own for each pass, so its peak memory
// (VmHWM) is its own, logging as in production (info, one line per RPC). Reports messages/s, p50/p99, peak memory and connections opened.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { credentials } from '@grpc/grpc-js';
import {
  NotificationClient,
  PluginDispatchRequest_NotificationType as NotificationType,
} from '@cloudforet/api/gen/spaceone/api/notification/plugin/notification';
import { peakRssMB } from '@cloudforet/plugin-testing';
import { startTelegramSandbox, type TelegramSandbox } from '@cloudforet/sandbox';

const COUNT = Number(process.env.BENCH_DISPATCH_COUNT ?? 1000);
const CONCURRENCY = Number(process.env.BENCH_DISPATCH_CONCURRENCY ?? 20);
const LATENCY_MS = Number(process.env.BENCH_TELEGRAM_LATENCY_MS ?? 0);
const TOKEN = '110201543:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw';
const ROOT = join(__dirname, '..', '..');

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
}

function bundlePlugin(): string {
  const outdir = mkdtempSync(join(tmpdir(), 'bench-telegram-'));
  execFileSync(
    process.execPath,
    [join(ROOT, 'tools/scripts/build-plugin.mjs'), '--outdir', outdir, 'telegram-noti-protocol'],
    {
      stdio: 'inherit',
    },
  );
  return join(outdir, 'telegram-noti-protocol', 'main.js');
}

async function startPlugin(bundle: string, apiUrl: string): Promise<{ child: ChildProcess; endpoint: string }> {
  const child = spawn(process.execPath, [bundle], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_FORMAT: 'json',
      TELEGRAM_API_URL: apiUrl,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const endpoint = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (text) => {
      const line = JSON.parse(text) as { msg?: string; endpoint?: string };
      if (line.msg === 'plugin ready') resolve(`127.0.0.1:${String(line.endpoint).split(':').pop()}`);
    });
    child.once('exit', (code) => reject(new Error(`plugin exited with ${code}`)));
  });
  return { child, endpoint };
}

async function pass(bundle: string, keepAlive: boolean) {
  const telegram: TelegramSandbox = await startTelegramSandbox({ keepAlive, latencyMs: LATENCY_MS });
  const { child, endpoint } = await startPlugin(bundle, telegram.apiUrl);
  const client = new NotificationClient(endpoint, credentials.createInsecure());
  const dispatch = (i: number) =>
    new Promise<void>((resolve, reject) =>
      client.dispatch(
        {
          secret_data: {},
          channel_data: { chat_id: '-514081686', token: TOKEN },
          notification_type: NotificationType.WARNING,
          message: {
            title: `CPU above 90% on web-${i}`,
            description: 'Alert #42 was triggered by the CPU utilisation rule.',
            link: 'https://console.example.com/monitoring/alert-manager/alert/42',
            tags: [
              { key: 'Alert Number', value: `#${i}` },
              { key: 'Urgency', value: 'HIGH' },
            ],
            callbacks: [{ label: 'Acknowledge Alerts', url: 'https://console.example.com/ack/42' }],
          },
          options: {},
        },
        (err) => (err ? reject(err) : resolve()),
      ),
    );
  const run = async (count: number) => {
    const latencies: number[] = [];
    let errors = 0;
    let next = 0;
    const worker = async () => {
      while (next < count) {
        const i = next++;
        const t0 = performance.now();
        try {
          await dispatch(i);
          latencies.push(performance.now() - t0);
        } catch {
          errors++;
        }
      }
    };
    const started = performance.now();
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    return { latencies: latencies.sort((a, b) => a - b), errors, seconds: (performance.now() - started) / 1000 };
  };
  await run(CONCURRENCY * 2); // warm-up
  const warmUpConnections = telegram.connections;
  telegram.reset();
  const result = await run(COUNT);
  const delivered = telegram.messages.length;
  // Opened in the whole pass, warm-up included: kept alive, they are the warm-up's.
  const connections = warmUpConnections + telegram.connections;
  const peak = peakRssMB(child.pid!);
  client.close();
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  await telegram.close();
  return { ...result, delivered, connections, peak };
}

async function main(): Promise<void> {
  const bundle = bundlePlugin();
  console.log(
    `\ntelegram dispatch: ${COUNT} dispatches (one sendMessage each), ${CONCURRENCY} concurrent callers, Bot API stand-in latency ${LATENCY_MS} ms`,
  );
  const rows = [
    { name: 'keep-alive (the plugin)', ...(await pass(bundle, true)) },
    { name: 'a connection per message', ...(await pass(bundle, false)) },
  ];
  for (const r of rows) {
    console.log(
      `${r.name.padEnd(26)} messages/s ${(r.latencies.length / r.seconds).toFixed(0).padStart(5)}   p50 ${percentile(r.latencies, 50).toFixed(1)} ms   p99 ${percentile(r.latencies, 99).toFixed(1)} ms   peak RSS ${r.peak.toFixed(0)} MB   connections opened ${r.connections}   delivered ${r.delivered}   errors ${r.errors}`,
    );
  }
  const [kept, fresh] = rows;
  const ratio = kept.latencies.length / kept.seconds / (fresh.latencies.length / fresh.seconds);
  console.log(`keep-alive vs a connection per message: ${ratio.toFixed(2)}x the messages/s`);
  const ok = rows.every((r) => r.errors === 0 && r.delivered === COUNT) && kept.connections <= CONCURRENCY;
  console.log(`every dispatch delivered once, at most ${CONCURRENCY} connections kept alive: ${ok ? 'PASS' : 'FAIL'}`);
  process.exitCode = ok ? 0 : 1;
}

void main();

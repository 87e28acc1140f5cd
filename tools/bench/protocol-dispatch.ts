// `npm run bench -- dispatch`: notification protocols delivering to the sandbox's stand-ins.
// Each scenario serves a plugin, unchanged, in a child process (its own memory), and sends it
// BENCH_DISPATCH_COUNT (1,000) Notification.dispatch calls, BENCH_DISPATCH_CONCURRENCY (20) at
// a time, with its harness's example request; the stand-in runs in this process. It prints
// messages/s, p50/p99, the plugin's peak memory and the connections the stand-in saw, and each
// scenario's ratio to its protocol's baseline measured in the same run. A new protocol adds its
// scenarios to SCENARIOS (and its plugin to protocol-dispatch-server.ts's PLUGINS).
import { fork, type ChildProcess } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { CoreClient, cpuSeconds, peakRssMB, type PluginHarness } from '@cloudforet/plugin-testing';
import { startSandbox, type Sandbox, type SandboxOptions } from '@cloudforet/sandbox';
import { harness as emailHarness } from '@cloudforet/plugin-email-noti-protocol/test/harness';

const COUNT = Number(process.env.BENCH_DISPATCH_COUNT ?? 1000);
const CONCURRENCY = Number(process.env.BENCH_DISPATCH_CONCURRENCY ?? 20);
const POOL_SIZE = 5;

interface DispatchScenario {
  name: string;
  /** Scenarios of one protocol are compared with its baseline. */
  protocol: string;
  baseline?: boolean;
  /** The plugin folder (protocol-dispatch-server.ts's PLUGINS) and its environment. */
  plugin: string;
  env: Record<string, string>;
  /** Stand-in options: keep counts, not every message (nothing here reads them). */
  sandbox: SandboxOptions;
  harness: (sandbox: Sandbox) => Promise<PluginHarness>;
  /** Connections the stand-in accepted in all, and the most open at once, when it counts them. */
  connections?: (sandbox: Sandbox) => { opened: number; peak: number };
  /** What must hold after the run, or why it did not. */
  check?: (sandbox: Sandbox, result: Result) => string | undefined;
}

const SCENARIOS: DispatchScenario[] = [
  {
    name: `email, pooled (${POOL_SIZE} connections)`,
    protocol: 'email',
    plugin: 'email-noti-protocol',
    env: { SMTP_POOL_SIZE: String(POOL_SIZE) },
    sandbox: { smtp: { keepMessages: false } },
    harness: emailHarness,
    connections: (s) => s.smtp.connections,
    // A pooled connection is replaced after 100 messages (nodemailer's maxMessages): opened grows, open never.
    check: (s, r) =>
      s.smtp.connections.peak > POOL_SIZE
        ? `had ${s.smtp.connections.peak} SMTP connections open at once, more than the pool's ${POOL_SIZE}`
        : s.smtp.accepted !== r.ok
          ? `the server accepted ${s.smtp.accepted} mails for ${r.ok} answered dispatches`
          : undefined,
  },
  {
    name: 'email, a connection per message',
    protocol: 'email',
    baseline: true,
    plugin: 'email-noti-protocol',
    env: { SMTP_POOL_SIZE: '0' },
    sandbox: { smtp: { keepMessages: false } },
    harness: emailHarness,
    connections: (s) => s.smtp.connections,
  },
];

interface Result {
  name: string;
  ok: number;
  errors: number;
  perSecond: number;
  p50: number;
  p99: number;
  peakMb: number;
  /** The plugin process's CPU per answered dispatch, and this process's (client and stand-in). */
  pluginCpuMs: number;
  benchCpuMs: number;
  connections?: { opened: number; peak: number };
  problem?: string;
}

function startPlugin(plugin: string, env: Record<string, string>): Promise<{ child: ChildProcess; port: number }> {
  const child = fork(`${__dirname}/protocol-dispatch-server.js`, [plugin], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (m: { port: number }) => resolve({ child, port: m.port }));
    child.once('exit', (code) => reject(new Error(`${plugin} exited with ${code}`)));
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
}

async function run(scenario: DispatchScenario): Promise<Result> {
  const sandbox = await startSandbox(scenario.sandbox);
  const { example } = await scenario.harness(sandbox);
  const { child, port } = await startPlugin(scenario.plugin, scenario.env);
  const client = await CoreClient.connect(`127.0.0.1:${port}`);
  try {
    const latencies: number[] = [];
    const failures = new Map<string, number>();
    let next = 0;
    const worker = async () => {
      while (next < COUNT) {
        next++;
        const t0 = performance.now();
        try {
          await client.call(example.method, example.params);
          latencies.push(performance.now() - t0);
        } catch (err) {
          const why = String((err as { details?: string }).details ?? err).slice(0, 120);
          failures.set(why, (failures.get(why) ?? 0) + 1);
        }
      }
    };
    const started = performance.now();
    const [pluginCpu, benchCpu] = [cpuSeconds(child.pid!), process.cpuUsage()];
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const benchUsed = process.cpuUsage(benchCpu);
    const seconds = (performance.now() - started) / 1000;
    const sorted = latencies.sort((a, b) => a - b);
    const errors = [...failures.values()].reduce((a, b) => a + b, 0);
    const result: Result = {
      name: scenario.name,
      ok: sorted.length,
      errors,
      perSecond: sorted.length / seconds,
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
      peakMb: peakRssMB(child.pid!),
      pluginCpuMs: ((cpuSeconds(child.pid!) - pluginCpu) * 1000) / Math.max(1, sorted.length),
      benchCpuMs: (benchUsed.user + benchUsed.system) / 1000 / Math.max(1, sorted.length),
      connections: scenario.connections && { ...scenario.connections(sandbox) },
    };
    const problem = errors
      ? `${errors} dispatches failed: ${[...failures].map(([why, n]) => `${n}× ${why}`).join('; ')}`
      : scenario.check?.(sandbox, result);
    return problem ? { ...result, problem } : result;
  } finally {
    client.close();
    child.kill('SIGKILL');
    await sandbox.close();
  }
}

async function main(): Promise<void> {
  console.log(
    `\nprotocol dispatch: ${COUNT} dispatches per scenario, ${CONCURRENCY} at a time, plugin in its own process`,
  );
  const results: Result[] = [];
  for (const scenario of SCENARIOS) results.push(await run(scenario));
  const baseline = (protocol: string) =>
    results[SCENARIOS.findIndex((s) => s.protocol === protocol && s.baseline)] as Result | undefined;
  const rows = results.map((r, i) => {
    const base = baseline(SCENARIOS[i].protocol);
    const ratio = base && base !== r ? `${(r.perSecond / base.perSecond).toFixed(2)}× baseline` : 'baseline';
    return [
      r.name.padEnd(36),
      `${r.perSecond.toFixed(0).padStart(5)} msg/s`,
      `p50 ${r.p50.toFixed(1).padStart(6)} ms`,
      `p99 ${r.p99.toFixed(1).padStart(6)} ms`,
      `peak ${r.peakMb.toFixed(0).padStart(4)} MB`,
      `CPU/msg plugin ${r.pluginCpuMs.toFixed(1)} ms, client+server ${r.benchCpuMs.toFixed(1)} ms`,
      r.connections
        ? `connections opened ${String(r.connections.opened).padStart(5)}, at once ≤ ${String(r.connections.peak).padStart(3)}`
        : 'connections -',
      ratio,
    ].join('   ');
  });
  console.log(rows.join('\n'));
  const problems = results.filter((r) => r.problem);
  for (const r of problems) console.log(`FAIL ${r.name}: ${r.problem}`);
  if (problems.length) process.exitCode = 1;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});

// What the collector benchmarks share: a plugin process per run (its peak RSS and CPU read from
// /proc), and draining a collect stream the way inventory consumes it, counting every resource once.
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { cpuSeconds, IMAGE_NODE_ARGS, peakRssMB, type CoreClient } from '@cloudforet/plugin-testing';
import type { CallRecord } from '@cloudforet/sandbox';

export interface Plugin {
  child: ChildProcess;
  endpoint: string;
}

/** The image's Node arguments, and with BENCH_CPU_PROF=<dir> a CPU profile written there on exit. */
function nodeArgs(): string[] {
  const dir = process.env.BENCH_CPU_PROF;
  return [...IMAGE_NODE_ARGS, ...(dir ? ['--cpu-prof', `--cpu-prof-dir=${dir}`] : [])];
}

/** Forks collector-server.js serving `collector` (`aws`, `gcp` or `azure`) with `env`, and waits for its port. */
export async function startCollector(collector: 'aws' | 'gcp' | 'azure', env: Record<string, string>): Promise<Plugin> {
  const child = fork(join(__dirname, 'collector-server.js'), [collector], {
    // The heap the image gives the plugin under a 512 MiB memory limit (its old and young generation
    // sizes), so peak RSS and the collector's garbage collection are the image's.
    execArgv: nodeArgs(),
    env: { ...process.env, ...env, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const [message] = (await once(child, 'message')) as [{ port: number }];
  return { child, endpoint: `127.0.0.1:${message.port}` };
}

/** What a baseline child (`*-bare-calls.ts`) reports: its cloud calls, wall time and CPU. */
export interface BareReport {
  calls: number;
  wallMs: number;
  cpuS: number;
}

/**
 * Runs a baseline child (`script`, beside this file) with the image's Node arguments and `env`,
 * sends it `job`, and returns its report.
 */
export async function runBareCalls<R extends BareReport>(
  script: string,
  env: Record<string, string>,
  job: unknown,
): Promise<R> {
  const child = fork(join(__dirname, script), [], {
    execArgv: nodeArgs(),
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  try {
    child.send(job as object);
    const exited = once(child, 'exit').then(([code]) => {
      throw new Error(`${script} exited with ${code} before reporting`);
    });
    const [report] = (await Promise.race([once(child, 'message'), exited])) as [R];
    exited.catch(() => undefined);
    return report;
  } finally {
    if (child.exitCode === null) await once(child, 'exit');
  }
}

/**
 * Prints a baseline beside its collect: its wall time against its own call log's bound, and against
 * the collect's target (1.5x the collect's bound), which the SDK calls alone already miss when over 1.
 */
export function printBaseline(what: string, bare: BareReport & { boundMs: number }, run: CollectRun): void {
  console.log(
    `  baseline, the SDK calls alone (${what}, ${bare.calls} calls): wall ${s(bare.wallMs)} (its lower bound ${s(bare.boundMs)}), ` +
      `CPU ${bare.cpuS.toFixed(1)} s; against the collect's target (1.5x its bound, ${s(1.5 * run.boundMs)}): ` +
      `${(bare.wallMs / (1.5 * run.boundMs)).toFixed(2)}; the collect's wall / the baseline's: ${(run.wallMs / bare.wallMs).toFixed(2)}`,
  );
}

export async function stopPlugin(p: Plugin): Promise<void> {
  p.child.kill('SIGTERM');
  await once(p.child, 'exit');
}

export interface Tally {
  messages: number;
  services: number;
  failures: number;
  duplicates: number;
  ids: Set<string>;
}

export async function drain(client: CoreClient, params: Record<string, unknown>, tally: Tally): Promise<void> {
  for await (const m of client.stream('Collector.collect', params)) {
    tally.messages++;
    if (m.state === 'FAILURE') tally.failures++;
    if (m.resource_type !== 'inventory.CloudService') continue;
    tally.services++;
    const r = m.resource as { cloud_service_type: string; reference: { resource_id: string } };
    const key = `${r.cloud_service_type}/${r.reference.resource_id}`;
    if (tally.ids.has(key)) tally.duplicates++;
    else tally.ids.add(key);
  }
}

export const newTally = (): Tally => ({ messages: 0, services: 0, failures: 0, duplicates: 0, ids: new Set() });

/**
 * One collect of everything (no task_options), drained as inventory would, with what it cost: wall
 * time, the plugin's peak RSS and CPU, and this process's CPU (the sandbox and the client).
 */
export async function measureCollect(plugin: Plugin, client: CoreClient, params: Record<string, unknown>) {
  const pid = plugin.child.pid!;
  const tally = newTally();
  const started = performance.now();
  const cpu0 = process.cpuUsage();
  const pluginCpu0 = cpuSeconds(pid);
  await drain(client, { ...params, filter: {} }, tally);
  const wallMs = performance.now() - started;
  const rss = peakRssMB(pid);
  const used = process.cpuUsage(cpu0);
  const cpu = { plugin: cpuSeconds(pid) - pluginCpu0, sandbox: (used.user + used.system) / 1e6 };
  return { tally, wallMs, rss, cpu };
}

export const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/**
 * The longest chain of pages in a call log: the pages of one list come one after another (each
 * known from the previous one's token), so a list of n pages per listing needs n calls in turn.
 * `listKey` names the list a page belongs to, or undefined for a call that is not a list page.
 */
export function longestPageChain(calls: CallRecord[], listKey: (c: CallRecord) => string | undefined): number {
  const pages = new Map<string, { pages: number; listings: number }>();
  for (const c of calls) {
    const key = c.status === 200 ? listKey(c) : undefined;
    if (key === undefined) continue;
    const p = pages.get(key) ?? { pages: 0, listings: 0 };
    p.pages++;
    if (!c.continued) p.listings++;
    pages.set(key, p);
  }
  return Math.max(0, ...[...pages.values()].map((p) => Math.ceil(p.pages / Math.max(1, p.listings))));
}

export interface CollectRun {
  size: number;
  wallMs: number;
  boundMs: number;
  chain: number;
  chainMs: number;
  throughputMs: number;
  calls: number;
  tally: Tally;
  rss: number;
  cpu: { plugin: number; sandbox: number };
}

export interface RunLabels {
  unit: string;
  api: string;
  concurrency: number;
}

/** Prints one run: wall time against its lower bound, calls, resources, failures, peak RSS, CPU. */
export function printRun(r: CollectRun, { unit, api, concurrency }: RunLabels): void {
  console.log(
    `${r.size} ${unit}: wall ${s(r.wallMs)}, lower bound ${s(r.boundMs)} (chain of ${r.chain} calls ${s(r.chainMs)}, ` +
      `${r.calls} calls / ${concurrency} in flight ${s(r.throughputMs)}), ratio ${(r.wallMs / r.boundMs).toFixed(2)}; ` +
      `${r.calls} ${api} calls, ${r.tally.services} resources, ${Math.round(r.tally.services / (r.wallMs / 1000))} resources/s, ` +
      `failures ${r.tally.failures}, duplicates ${r.tally.duplicates}, peak RSS ${r.rss.toFixed(0)} MB; ` +
      `CPU: plugin ${r.cpu.plugin.toFixed(1)} s, sandbox + client ${r.cpu.sandbox.toFixed(1)} s`,
  );
  const floor = cpuFloorS(r.cpu);
  console.log(
    `  CPU floor on this machine's ${CORES} cores ${floor.toFixed(2)} s (the plugin's one JS thread, or all CPU spread over the cores); ` +
      `wall / max(lower bound, CPU floor): ${(r.wallMs / Math.max(r.boundMs, floor * 1000)).toFixed(2)}`,
  );
}

const CORES = availableParallelism();

/**
 * The wall time the CPU alone forces, whatever the calls' latency: the plugin's JavaScript runs on
 * one thread, and the plugin, the sandbox and the client share the machine's cores. The lower bound
 * of the call log assumes that work costs nothing; on a small machine this one is often the larger.
 */
export function cpuFloorS(cpu: { plugin: number; sandbox: number }): number {
  return Math.max(cpu.plugin, (cpu.plugin + cpu.sandbox) / CORES);
}

/**
 * Prints the verdict over the runs (no failure or duplicate, wall within 1.5x of the lower bound,
 * peak RSS growth under 50 MB from the smallest run to the largest) and returns the exit code.
 */
export function printVerdict(runs: CollectRun[], unit: string): number {
  const rssGrowth = runs.length > 1 ? runs.at(-1)!.rss - runs[0]!.rss : 0;
  if (runs.length > 1)
    console.log(
      `peak RSS growth ${runs[0]!.size} -> ${runs.at(-1)!.size} ${unit}: ${rssGrowth.toFixed(1)} MB (target < 50 MB)`,
    );
  const clean = runs.every((r) => r.tally.failures === 0 && r.tally.duplicates === 0);
  const within = runs.every((r) => r.wallMs <= 1.5 * r.boundMs);
  console.log(
    `no failure or duplicate: ${clean ? 'PASS' : 'FAIL'}; wall within 1.5x of the lower bound: ${within ? 'PASS' : 'FAIL'}; ` +
      `RSS growth < 50 MB: ${rssGrowth < 50 ? 'PASS' : 'FAIL'}`,
  );
  return clean && within && rssGrowth < 50 ? 0 : 1;
}

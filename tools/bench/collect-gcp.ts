// `npm run bench -- collect-gcp` (also run by `-- collect`): google-cloud-inven-collector against
// the Google Cloud sandbox answering every call after 20 ms, 1,000 then 5,000 instances over 20
// zones. Each run: one plugin process, one collect of everything (no task_options), as a core would
// stream it. Reported: wall time against the lower bound the call log implies, Google calls,
// resources/s, the plugin's peak RSS and CPU, and the peak RSS growth from 1,000 to 5,000 instances.
import { performance } from 'node:perf_hooks';
import { CoreClient } from '@cloudforet/plugin-testing';
import { GCP_ZONES, startGcpSandbox, type CallRecord } from '@cloudforet/sandbox';
import { cpuSeconds, drain, newTally, peakRssMB, s, startCollector, stopPlugin } from './collect-common';

const LATENCY_MS = Number(process.env.BENCH_GCP_LATENCY_MS ?? 20);
const SIZES = (process.env.BENCH_GCP_SIZES ?? '1000,5000').split(',').map(Number);
/** The plugin's default `concurrency` option: Google calls in flight per collect. */
const CONCURRENCY = Number(process.env.BENCH_COLLECT_CONCURRENCY ?? 16);

/**
 * The lower bound the call log implies: the token grant and projects.get, then the longest list
 * (its pages come one after another, each known from the previous one's token); and, as the
 * collector keeps at most CONCURRENCY calls in flight, the calls divided by that limit.
 */
function lowerBound(calls: CallRecord[]) {
  // Pages per listing of each list (disks are listed twice: by Instance and by Disk).
  const pages = new Map<string, { pages: number; listings: number }>();
  for (const c of calls)
    if (c.status === 200 && c.service !== 'oauth2' && c.action !== 'projects.get') {
      const p = pages.get(c.action) ?? { pages: 0, listings: 0 };
      p.pages++;
      if (!c.continued) p.listings++;
      pages.set(c.action, p);
    }
  const chain = 2 + Math.max(0, ...[...pages.values()].map((p) => Math.ceil(p.pages / Math.max(1, p.listings))));
  const chainMs = chain * LATENCY_MS;
  const throughputMs = Math.ceil(calls.length / CONCURRENCY) * LATENCY_MS;
  return { chain, chainMs, throughputMs, boundMs: Math.max(chainMs, throughputMs) };
}

async function oneProcess(instances: number) {
  const gcp = await startGcpSandbox({
    zones: GCP_ZONES,
    instancesPerZone: instances / GCP_ZONES.length,
    snapshots: 50,
    buckets: 20,
    latencyMs: LATENCY_MS,
  });
  const plugin = await startCollector('gcp', { GOOGLE_CLOUD_ROOT_URL: `${gcp.url}/` });
  const client = await CoreClient.connect(plugin.endpoint);
  try {
    const tally = newTally();
    const started = performance.now();
    const cpu0 = process.cpuUsage();
    const pluginCpu0 = cpuSeconds(plugin.child.pid!);
    await drain(
      client,
      { options: { concurrency: CONCURRENCY }, secret_data: { ...gcp.serviceAccountKey }, filter: {} },
      tally,
    );
    const wallMs = performance.now() - started;
    const rss = peakRssMB(plugin.child.pid!);
    const used = process.cpuUsage(cpu0);
    const cpu = { plugin: cpuSeconds(plugin.child.pid!) - pluginCpu0, sandbox: (used.user + used.system) / 1e6 };
    return { instances, wallMs, calls: gcp.calls.calls.length, ...lowerBound(gcp.calls.calls), tally, rss, cpu };
  } finally {
    client.close();
    await stopPlugin(plugin);
    await gcp.close();
  }
}

async function main(): Promise<void> {
  console.log(
    `\ngoogle-cloud-inven-collector collect: ${GCP_ZONES.length} zones, ${LATENCY_MS} ms per Google call, concurrency ${CONCURRENCY}`,
  );
  const runs = [];
  for (const instances of SIZES) {
    const r = await oneProcess(instances);
    runs.push(r);
    console.log(
      `${instances} instances: wall ${s(r.wallMs)}, lower bound ${s(r.boundMs)} (chain of ${r.chain} calls ${s(r.chainMs)}, ` +
        `${r.calls} calls / ${CONCURRENCY} in flight ${s(r.throughputMs)}), ratio ${(r.wallMs / r.boundMs).toFixed(2)}; ` +
        `${r.calls} Google calls, ${r.tally.services} resources, ${Math.round(r.tally.services / (r.wallMs / 1000))} resources/s, ` +
        `failures ${r.tally.failures}, duplicates ${r.tally.duplicates}, peak RSS ${r.rss.toFixed(0)} MB; ` +
        `CPU: plugin ${r.cpu.plugin.toFixed(1)} s, sandbox + client ${r.cpu.sandbox.toFixed(1)} s`,
    );
  }
  const rssGrowth = runs.length > 1 ? runs.at(-1)!.rss - runs[0].rss : 0;
  if (runs.length > 1)
    console.log(
      `peak RSS growth ${runs[0].instances} -> ${runs.at(-1)!.instances} instances: ${rssGrowth.toFixed(1)} MB (target < 50 MB)`,
    );
  const clean = runs.every((r) => r.tally.failures === 0 && r.tally.duplicates === 0);
  const within = runs.every((r) => r.wallMs <= 1.5 * r.boundMs);
  console.log(
    `no failure or duplicate: ${clean ? 'PASS' : 'FAIL'}; wall within 1.5x of the lower bound: ${within ? 'PASS' : 'FAIL'}; ` +
      `RSS growth < 50 MB: ${rssGrowth < 50 ? 'PASS' : 'FAIL'}`,
  );
  process.exitCode = clean && within && rssGrowth < 50 ? 0 : 1;
}

void main();

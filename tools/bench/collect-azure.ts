// `npm run bench -- collect-azure` (also run by `-- collect`): azure-inven-collector against the
// Azure sandbox (https, test CA) answering every ARM call after 20 ms, 1,000 then 5,000 VMs over 10
// locations and 50 resource groups. Each run: one plugin process, one collect of everything (no
// task_options), as a core would stream it. Reported: wall time against the lower bound the call
// log implies, ARM calls, resources/s, the plugin's peak RSS and CPU, and the peak RSS growth from
// 1,000 to 5,000 VMs.
import { performance } from 'node:perf_hooks';
import { CoreClient } from '@cloudforet/plugin-testing';
import { AZURE_LOCATIONS, startAzureSandbox, type CallRecord } from '@cloudforet/sandbox';
import { cpuSeconds, drain, newTally, peakRssMB, s, startCollector, stopPlugin } from './collect-common';

const LATENCY_MS = Number(process.env.BENCH_AZURE_LATENCY_MS ?? 20);
const SIZES = (process.env.BENCH_AZURE_SIZES ?? '1000,5000').split(',').map(Number);
const PAGE_SIZE = Number(process.env.BENCH_AZURE_PAGE_SIZE ?? 100);
const LOCATIONS = Object.keys(AZURE_LOCATIONS).slice(0, 10);
/** The plugin's default `concurrency` option: ARM calls in flight per collect. */
const CONCURRENCY = Number(process.env.BENCH_COLLECT_CONCURRENCY ?? 16);

/**
 * The lower bound the call log implies: the token, then the subscription and its locations, then
 * the longest list (its pages come one after another, each known from the previous one's
 * nextLink); and, as the collector keeps at most CONCURRENCY calls in flight, the calls divided
 * by that limit (the token endpoint is not an ARM call and is not delayed by the limit).
 */
function lowerBound(calls: CallRecord[]) {
  const pages = new Map<string, { pages: number; listings: number }>();
  for (const c of calls)
    if (c.status === 200 && c.service !== 'entra' && !c.action.startsWith('subscriptions.')) {
      const key = `${c.action}:${c.region}`;
      const p = pages.get(key) ?? { pages: 0, listings: 0 };
      p.pages++;
      if (!c.continued) p.listings++;
      pages.set(key, p);
    }
  const chain = 2 + Math.max(0, ...[...pages.values()].map((p) => Math.ceil(p.pages / Math.max(1, p.listings))));
  const chainMs = chain * LATENCY_MS;
  const arm = calls.filter((c) => c.service !== 'entra').length;
  const throughputMs = Math.ceil(arm / CONCURRENCY) * LATENCY_MS;
  return { chain, chainMs, throughputMs, boundMs: Math.max(chainMs, throughputMs) };
}

async function oneProcess(vms: number) {
  const azure = await startAzureSandbox({
    subscriptions: 1,
    locations: LOCATIONS,
    resourceGroups: 50,
    vmsPerLocation: vms / LOCATIONS.length,
    snapshotsPerLocation: 5,
    pageSize: PAGE_SIZE,
    latencyMs: LATENCY_MS,
  });
  const plugin = await startCollector('azure', {
    AZURE_RESOURCE_MANAGER_URL: azure.url,
    AZURE_AUTHORITY_HOST: azure.url,
    AZURE_CA_CERTIFICATE: azure.caCertificate,
  });
  const client = await CoreClient.connect(plugin.endpoint);
  try {
    const tally = newTally();
    const started = performance.now();
    const cpu0 = process.cpuUsage();
    const pluginCpu0 = cpuSeconds(plugin.child.pid!);
    await drain(
      client,
      { options: { concurrency: CONCURRENCY }, secret_data: { ...azure.secretData() }, filter: {} },
      tally,
    );
    const wallMs = performance.now() - started;
    const rss = peakRssMB(plugin.child.pid!);
    const used = process.cpuUsage(cpu0);
    const cpu = { plugin: cpuSeconds(plugin.child.pid!) - pluginCpu0, sandbox: (used.user + used.system) / 1e6 };
    const calls = azure.calls.calls.filter((c) => c.service !== 'entra').length;
    if (process.env.BENCH_AZURE_TRACE) trace(azure.calls.calls);
    return { vms, wallMs, calls, ...lowerBound(azure.calls.calls), tally, rss, cpu };
  } finally {
    client.close();
    await stopPlugin(plugin);
    await azure.close();
  }
}

/** BENCH_AZURE_TRACE=1: when each list ran (ms from the first call), to see what the wall time waits on. */
function trace(calls: CallRecord[]) {
  const t0 = Math.min(...calls.map((c) => c.startedAt));
  const spans = new Map<string, { first: number; last: number; n: number }>();
  for (const c of calls) {
    const key = `${c.service}:${c.action}${c.region ? `:${c.region}` : ''}`;
    const span = spans.get(key) ?? { first: c.startedAt, last: c.endedAt, n: 0 };
    span.first = Math.min(span.first, c.startedAt);
    span.last = Math.max(span.last, c.endedAt);
    span.n++;
    spans.set(key, span);
  }
  for (const [key, span] of [...spans].sort((a, b) => a[1].first - b[1].first))
    console.log(`  ${key}: ${span.n} calls, ${span.first - t0} -> ${span.last - t0} ms`);
}

async function main(): Promise<void> {
  console.log(
    `\nazure-inven-collector collect: ${LOCATIONS.length} locations, 50 resource groups, ${LATENCY_MS} ms per ARM call, ` +
      `${PAGE_SIZE} items a page, concurrency ${CONCURRENCY}`,
  );
  const runs = [];
  for (const vms of SIZES) {
    const r = await oneProcess(vms);
    runs.push(r);
    console.log(
      `${vms} VMs: wall ${s(r.wallMs)}, lower bound ${s(r.boundMs)} (chain of ${r.chain} calls ${s(r.chainMs)}, ` +
        `${r.calls} calls / ${CONCURRENCY} in flight ${s(r.throughputMs)}), ratio ${(r.wallMs / r.boundMs).toFixed(2)}; ` +
        `${r.calls} ARM calls, ${r.tally.services} resources, ${Math.round(r.tally.services / (r.wallMs / 1000))} resources/s, ` +
        `failures ${r.tally.failures}, duplicates ${r.tally.duplicates}, peak RSS ${r.rss.toFixed(0)} MB; ` +
        `CPU: plugin ${r.cpu.plugin.toFixed(1)} s, sandbox + client ${r.cpu.sandbox.toFixed(1)} s`,
    );
  }
  const rssGrowth = runs.length > 1 ? runs.at(-1)!.rss - runs[0].rss : 0;
  if (runs.length > 1)
    console.log(
      `peak RSS growth ${runs[0].vms} -> ${runs.at(-1)!.vms} VMs: ${rssGrowth.toFixed(1)} MB (target < 50 MB)`,
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

// `npm run bench -- collect-azure` (also run by `-- collect`): azure-inven-collector against the
// Azure sandbox (https, test CA) answering every ARM call after 20 ms, 1,000 then 5,000 VMs over 10
// locations and 50 resource groups. Each run: one plugin process, one collect of everything (no
// task_options), as a core would stream it. Reported: wall time against the lower bound the call
// log implies, ARM calls, resources/s, the plugin's peak RSS and CPU, and the peak RSS growth from
// 1,000 to 5,000 VMs. Beside each run, a baseline in a fresh sandbox of the same size
// (azure-bare-calls.ts): the largest lists read through the same SDK clients and dropped, what
// those calls alone cost.
import { CoreClient } from '@cloudforet/plugin-testing';
import { AZURE_LOCATIONS, startAzureSandbox, type AzureSandbox, type CallRecord } from '@cloudforet/sandbox';
import {
  longestPageChain,
  measureCollect,
  printBaseline,
  printRun,
  printVerdict,
  runBareCalls,
  startCollector,
  type BareReport,
  stopPlugin,
} from './collect-common';

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
  const chain =
    2 +
    longestPageChain(calls, (c) =>
      c.service !== 'entra' && !c.action.startsWith('subscriptions.') ? `${c.action}:${c.region}` : undefined,
    );
  const chainMs = chain * LATENCY_MS;
  const arm = calls.filter((c) => c.service !== 'entra').length;
  const throughputMs = Math.ceil(arm / CONCURRENCY) * LATENCY_MS;
  return { chain, chainMs, throughputMs, boundMs: Math.max(chainMs, throughputMs) };
}

const sandbox = (vms: number) =>
  startAzureSandbox({
    subscriptions: 1,
    locations: LOCATIONS,
    resourceGroups: 50,
    vmsPerLocation: vms / LOCATIONS.length,
    snapshotsPerLocation: 5,
    pageSize: PAGE_SIZE,
    latencyMs: LATENCY_MS,
  });

const pluginEnv = (azure: AzureSandbox) => ({
  AZURE_RESOURCE_MANAGER_URL: azure.url,
  AZURE_AUTHORITY_HOST: azure.url,
  AZURE_CA_CERTIFICATE: azure.caCertificate,
});

async function oneProcess(vms: number) {
  const azure = await sandbox(vms);
  const plugin = await startCollector('azure', pluginEnv(azure));
  const client = await CoreClient.connect(plugin.endpoint);
  try {
    const { tally, wallMs, rss, cpu } = await measureCollect(plugin, client, {
      options: { concurrency: CONCURRENCY },
      secret_data: { ...azure.secretData() },
    });
    const calls = azure.calls.calls.filter((c) => c.service !== 'entra').length;
    if (process.env.BENCH_AZURE_TRACE) trace(azure.calls.calls);
    return { size: vms, wallMs, calls, ...lowerBound(azure.calls.calls), tally, rss, cpu };
  } finally {
    client.close();
    await stopPlugin(plugin);
    await azure.close();
  }
}

/** The baseline: azure-bare-calls.js against a fresh sandbox of the same size. */
async function bareCalls(vms: number) {
  const azure = await sandbox(vms);
  try {
    const report = await runBareCalls<BareReport & { items: number }>('azure-bare-calls.js', pluginEnv(azure), {
      secretData: { ...azure.secretData() },
      concurrency: CONCURRENCY,
    });
    return { ...report, boundMs: lowerBound(azure.calls.calls).boundMs };
  } finally {
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
  const labels = { unit: 'VMs', api: 'ARM', concurrency: CONCURRENCY };
  for (const vms of SIZES) {
    const run = await oneProcess(vms);
    printRun(run, labels);
    runs.push(run);
    const bare = await bareCalls(vms);
    printBaseline(`every page of the VM, NIC, public IP and disk lists, ${bare.items} items`, bare, run);
  }
  process.exitCode = printVerdict(runs, labels.unit);
}

void main();

// `npm run bench -- collect-gcp` (also run by `-- collect`): google-cloud-inven-collector against
// the Google Cloud sandbox answering every call after 20 ms, 1,000 then 5,000 instances over 20
// zones. Each run: one plugin process, one collect of everything (no task_options), as a core would
// stream it. Reported: wall time against the lower bound the call log implies, Google calls,
// resources/s, the plugin's peak RSS and CPU, and the peak RSS growth from 1,000 to 5,000 instances.
// Beside each run, a baseline in a fresh sandbox of the same size (gcp-bare-calls.ts): the two
// largest listings read through the same SDK client and dropped, what those calls alone cost.
import { CoreClient } from '@cloudforet/plugin-testing';
import { GCP_ZONES, startGcpSandbox, type CallRecord } from '@cloudforet/sandbox';
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
  const chain =
    2 +
    longestPageChain(calls, (c) =>
      // disks are listed twice: by Instance and by Disk
      c.service !== 'oauth2' && c.action !== 'projects.get' ? c.action : undefined,
    );
  const chainMs = chain * LATENCY_MS;
  const throughputMs = Math.ceil(calls.length / CONCURRENCY) * LATENCY_MS;
  return { chain, chainMs, throughputMs, boundMs: Math.max(chainMs, throughputMs) };
}

const sandbox = (instances: number) =>
  startGcpSandbox({
    zones: GCP_ZONES,
    instancesPerZone: instances / GCP_ZONES.length,
    snapshots: 50,
    buckets: 20,
    latencyMs: LATENCY_MS,
  });

async function oneProcess(instances: number) {
  const gcp = await sandbox(instances);
  const plugin = await startCollector('gcp', { GOOGLE_CLOUD_ROOT_URL: `${gcp.url}/` });
  const client = await CoreClient.connect(plugin.endpoint);
  try {
    const { tally, wallMs, rss, cpu } = await measureCollect(plugin, client, {
      options: { concurrency: CONCURRENCY },
      secret_data: { ...gcp.serviceAccountKey },
    });
    return { size: instances, wallMs, calls: gcp.calls.calls.length, ...lowerBound(gcp.calls.calls), tally, rss, cpu };
  } finally {
    client.close();
    await stopPlugin(plugin);
    await gcp.close();
  }
}

/** The baseline: gcp-bare-calls.js against a fresh sandbox of the same size. */
async function bareCalls(instances: number) {
  const gcp = await sandbox(instances);
  try {
    const report = await runBareCalls<BareReport & { items: number }>(
      'gcp-bare-calls.js',
      { GOOGLE_CLOUD_ROOT_URL: `${gcp.url}/` },
      { serviceAccountKey: { ...gcp.serviceAccountKey }, concurrency: CONCURRENCY },
    );
    return { ...report, boundMs: lowerBound(gcp.calls.calls).boundMs };
  } finally {
    await gcp.close();
  }
}

async function main(): Promise<void> {
  console.log(
    `\ngoogle-cloud-inven-collector collect: ${GCP_ZONES.length} zones, ${LATENCY_MS} ms per Google call, concurrency ${CONCURRENCY}`,
  );
  const runs = [];
  const labels = { unit: 'instances', api: 'Google', concurrency: CONCURRENCY };
  for (const instances of SIZES) {
    const run = await oneProcess(instances);
    printRun(run, labels);
    runs.push(run);
    const bare = await bareCalls(instances);
    printBaseline(`every page of instances and disks aggregatedList, ${bare.items} items`, bare, run);
  }
  process.exitCode = printVerdict(runs, labels.unit);
}

void main();

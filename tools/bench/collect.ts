// `npm run bench -- collect`: aws-ec2-inven-collector against the AWS sandbox answering every call
// after 20 ms, 20 regions x 1,000 instances, then 20 x 5,000. Each run: one plugin process, one
// collect of everything (no task_options), as a core would stream it. Reported: wall time against
// the lower bound the call log implies, AWS calls, resources/s, the plugin's peak RSS. Then the
// scale-out: the tasks of Job.get_tasks spread round-robin over 3 plugin processes with the
// inventory's parallelism, against 1 process, with every resource arriving exactly once. Beside each
// run, a baseline in the same sandbox: a process that makes only the dominant calls (the instance
// pages and one DescribeInstanceAttribute per instance) through the same SDK clients, and nothing
// else: how much of the wall time the SDK's own work on those calls already takes. Last, the small
// size again at lower concurrencies, where the plugin's CPU is not what limits it.
import { performance } from 'node:perf_hooks';
import { CoreClient } from '@cloudforet/plugin-testing';
import { startAwsSandbox, type AwsSandbox, type CallRecord } from '@cloudforet/sandbox';
import {
  drain,
  measureCollect,
  newTally,
  printRun,
  printVerdict,
  runBareCalls,
  s,
  startCollector,
  stopPlugin,
  type BareReport,
} from './collect-common';

const LATENCY_MS = Number(process.env.BENCH_AWS_LATENCY_MS ?? 20);
const REGIONS = [
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
  'ca-central-1',
  'sa-east-1',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'eu-central-1',
  'eu-north-1',
  'eu-south-1',
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-northeast-3',
  'ap-southeast-1',
  'ap-southeast-2',
  'ap-south-1',
  'me-south-1',
  'af-south-1',
];
const SIZES = (process.env.BENCH_COLLECT_SIZES ?? '1000,5000').split(',').map(Number);
/** The plugin's default `concurrency` option: AWS calls in flight per collect. */
const CONCURRENCY = Number(process.env.BENCH_COLLECT_CONCURRENCY ?? 32);
/** Tasks inventory runs at once for one job (its job-task workers). */
const INVENTORY_PARALLEL = Number(process.env.BENCH_INVENTORY_PARALLEL ?? 8);
const PROCESSES = 3;
/**
 * Lower concurrencies run once more at the small size: where the plugin's CPU is not the limit, how
 * close the collect comes to the bound its calls imply (`BENCH_COLLECT_SWEEP=` skips them).
 */
const SWEEP = (process.env.BENCH_COLLECT_SWEEP ?? '8,16').split(',').filter(Boolean).map(Number);
/** Paginated lists whose pages must come one after another. */
const PAGED = new Set([
  'DescribeInstances',
  'DescribeVolumes',
  'DescribeSnapshots',
  'DescribeImages',
  'DescribeSecurityGroups',
  'DescribeAutoScalingGroups',
]);

/**
 * The lower bound the call log implies: the longest chain of calls that must follow one another
 * (caller identity, the region list, then in the slowest region the pages of its longest list, each
 * page known only from the previous one's token, and one enrichment call after the last page), and,
 * as the collector keeps at most CONCURRENCY calls in flight, the calls divided by that limit.
 */
function lowerBound(calls: CallRecord[], concurrency: number) {
  const pages = new Map<string, number>();
  for (const c of calls)
    if (PAGED.has(c.action) && c.status === 200)
      pages.set(`${c.region}:${c.action}`, (pages.get(`${c.region}:${c.action}`) ?? 0) + 1);
  const chain = 2 + Math.max(0, ...pages.values()) + 1;
  const chainMs = chain * LATENCY_MS;
  const throughputMs = Math.ceil(calls.length / concurrency) * LATENCY_MS;
  return { chain, chainMs, throughputMs, boundMs: Math.max(chainMs, throughputMs) };
}

const startPlugin = (aws: AwsSandbox) => startCollector('aws', { AWS_ENDPOINT_URL: aws.url, AWS_MAX_ATTEMPTS: '10' });

async function oneProcess(perRegion: number, concurrency = CONCURRENCY) {
  const aws = await startAwsSandbox({ regions: REGIONS, instancesPerRegion: perRegion, latencyMs: LATENCY_MS });
  const plugin = await startPlugin(aws);
  const client = await CoreClient.connect(plugin.endpoint);
  const secret_data = {
    aws_access_key_id: aws.accessKey.accessKeyId,
    aws_secret_access_key: aws.accessKey.secretAccessKey,
  };
  try {
    const { tally, wallMs, rss, cpu } = await measureCollect(plugin, client, { options: { concurrency }, secret_data });
    const bound = lowerBound(aws.calls.calls, concurrency);
    return { size: perRegion, concurrency, wallMs, calls: aws.calls.calls.length, ...bound, tally, rss, cpu };
  } finally {
    client.close();
    await stopPlugin(plugin);
    await aws.close();
  }
}

/** The baseline: aws-bare-calls.js against a fresh sandbox of the same size. */
async function bareCalls(perRegion: number) {
  const aws = await startAwsSandbox({ regions: REGIONS, instancesPerRegion: perRegion, latencyMs: LATENCY_MS });
  try {
    const report = await runBareCalls<BareReport & { attributes: number }>(
      'aws-bare-calls.js',
      { AWS_ENDPOINT_URL: aws.url, AWS_MAX_ATTEMPTS: '10' },
      { regions: REGIONS, concurrency: CONCURRENCY, credentials: aws.accessKey },
    );
    return { ...report, bound: lowerBound(aws.calls.calls, CONCURRENCY) };
  } finally {
    await aws.close();
  }
}

async function scaleOut(perRegion: number, processes: number) {
  const aws = await startAwsSandbox({ regions: REGIONS, instancesPerRegion: perRegion, latencyMs: LATENCY_MS });
  const plugins = await Promise.all(Array.from({ length: processes }, () => startPlugin(aws)));
  const clients = await Promise.all(plugins.map((p) => CoreClient.connect(p.endpoint)));
  const secret_data = {
    aws_access_key_id: aws.accessKey.accessKeyId,
    aws_secret_access_key: aws.accessKey.secretAccessKey,
  };
  const options = { concurrency: CONCURRENCY };
  try {
    const { tasks } = (await clients[0].call('Job.get_tasks', { options, secret_data })) as {
      tasks: { task_options: Record<string, unknown> }[];
    };
    const tally = newTally();
    const started = performance.now();
    let next = 0;
    let turn = 0;
    // Inventory's job-task workers: each takes the next task and calls the next endpoint in turn.
    const worker = async () => {
      while (next < tasks.length) {
        const task = tasks[next++];
        const client = clients[turn++ % clients.length];
        await drain(client, { options, secret_data, filter: {}, task_options: task.task_options }, tally);
      }
    };
    await Promise.all(Array.from({ length: INVENTORY_PARALLEL }, worker));
    return {
      processes,
      tasks: tasks.length,
      wallMs: performance.now() - started,
      tally,
      calls: aws.calls.calls.length,
    };
  } finally {
    clients.forEach((c) => c.close());
    await Promise.all(plugins.map(stopPlugin));
    await aws.close();
  }
}

async function main(): Promise<void> {
  console.log(
    `\naws-ec2-inven-collector collect: ${REGIONS.length} regions, ${LATENCY_MS} ms per AWS call, concurrency ${CONCURRENCY}`,
  );
  const runs = [];
  const labels = { unit: `instances in each of ${REGIONS.length} regions`, api: 'AWS', concurrency: CONCURRENCY };
  for (const perRegion of SIZES) {
    const r = await oneProcess(perRegion);
    runs.push(r);
    printRun(r, labels);
    const bare = await bareCalls(perRegion);
    console.log(
      `  baseline, the SDK calls alone (${bare.calls - bare.attributes} instance pages + ${bare.attributes} attribute calls): ` +
        `wall ${s(bare.wallMs)} (lower bound ${s(bare.bound.boundMs)}, ratio ${(bare.wallMs / bare.bound.boundMs).toFixed(2)}), ` +
        `CPU ${bare.cpuS.toFixed(1)} s = ${((bare.cpuS / bare.calls) * 1e3).toFixed(2)} ms a call (the collect: ${((r.cpu.plugin / r.calls) * 1e3).toFixed(2)} ms); ` +
        `the collect's wall / the baseline's: ${(r.wallMs / bare.wallMs).toFixed(2)}`,
    );
  }
  const verdict = printVerdict(runs, 'instances per region');
  for (const concurrency of SWEEP) {
    const r = await oneProcess(SIZES[0], concurrency);
    console.log(
      `concurrency ${concurrency}, ${r.size} instances per region: wall ${s(r.wallMs)}, lower bound ${s(r.boundMs)} ` +
        `(${r.calls} calls / ${concurrency} in flight), ratio ${(r.wallMs / r.boundMs).toFixed(2)}; plugin CPU ${r.cpu.plugin.toFixed(1)} s`,
    );
  }

  const perRegion = SIZES[0];
  const one = await scaleOut(perRegion, 1);
  const three = await scaleOut(perRegion, PROCESSES);
  const expected = runs[0].tally.services;
  for (const r of [one, three])
    console.log(
      `scale-out ${r.processes} process(es), ${r.tasks} tasks round-robin, ${INVENTORY_PARALLEL} at once: wall ${s(r.wallMs)}, ` +
        `${r.tally.services} resources (${r.tally.ids.size} distinct, ${r.tally.duplicates} twice), failures ${r.tally.failures}, ${r.calls} AWS calls`,
    );
  console.log(`3 processes vs 1: ${(one.wallMs / three.wallMs).toFixed(2)}x faster`);
  const exactlyOnce = [one, three].every(
    (r) => r.tally.duplicates === 0 && r.tally.ids.size === expected && r.tally.failures === 0,
  );
  console.log(`every resource exactly once over the processes: ${exactlyOnce ? 'PASS' : 'FAIL'}`);
  process.exitCode = exactlyOnce && verdict === 0 ? 0 : 1;
}

void main();

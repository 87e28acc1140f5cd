import { toBinary, type DescMethod } from '@bufbuild/protobuf';
import { CoreClient } from '../client/core-client';
import { openChannel } from '../client/open-channel';
import { findSecrets } from '../secrets/find-secrets';
import { buildCase, type CaseSource, type FuzzCase, type FuzzRpc } from './fuzz-case';
import { caseList, describeMethod, inPool } from './fuzz-plan';
import type { Dict } from './dict-paths';
import { MIB } from './hostile-values';
import { checkStillUp } from './check-still-up';
import { maskSecrets, outcomeLabel, reproOf, type FuzzFailure, type FuzzReport } from './fuzz-report';
import { runCase, type CaseResult, type CaseTarget } from './run-case';
import { isHang } from './classify-outcome';

export interface FuzzOptions {
  /** The plugin, `host:port`; raw-bytes cases are sent over a channel of their own to it. */
  endpoint: string;
  /** A connected core-like client to reuse (default: one is connected to `endpoint` and closed after). */
  client?: CoreClient;
  rpcs: FuzzRpc[];
  /** Cases per RPC (default 5000). */
  runs?: number;
  /** The run's seed: the same seed and runs give the same cases. */
  seed: number;
  /** Calls in flight at once (default 4). */
  concurrency?: number;
  /** Values that must appear in no log line and no error details; the mutator also injects them. */
  secrets?: string[];
  /**
   * The plugin's captured log lines (a LogCapture), scanned for secrets after every batch; scanned
   * lines are removed from it, so that long runs keep memory flat.
   */
  logs?: { lines: string[] };
  /** Deadline of each call (default 10 000 ms); past it plus `slackMs` (default 2000) a call is a hang. */
  timeoutMs?: number;
  slackMs?: number;
  /** Share of raw-bytes cases (default 0.15). */
  rawShare?: number;
  /** Cases between two "still up" checks (default 200). */
  batchSize?: number;
  /** A call that must answer OK between batches (default: the first RPC's first seed). Health is checked too when served. */
  control?: { method: string; params: Dict };
  /** The run stops after this many failures (default 10). */
  maxFailures?: number;
  /**
   * The only gRPC statuses a clean error may carry (e.g. `['INVALID_ARGUMENT']` for a webhook, whose
   * every refusal names what is wrong in the body); requests over the size limit are exempt. Default: any.
   */
  errorStatuses?: string[];
  /** Requests larger than this may be refused with a bare RESOURCE_EXHAUSTED/INVALID_ARGUMENT (default 4 MiB). */
  sizeLimitBytes?: number;
  /** Largest ordinary huge string (default 1 MiB) and size of the rare oversized ones (default 5 MiB). */
  maxStringBytes?: number;
  oversizeBytes?: number;
  /** Run only this case (`Notification.dispatch#42`), to reproduce a failure. */
  only?: string;
  /** Called after every batch, e.g. to clear what a sandbox recorded. */
  afterBatch?: () => void | Promise<void>;
}

/**
 * Sends `runs` mutated requests per RPC (seeded, reproducible) with bounded concurrency and
 * per-call deadlines, and checks that the plugin stays up, never hangs, answers only OK or a
 * clean Cloudforet error, and leaks no secret into its logs or error details. Failures are in
 * the report (with the case ids that rebuild them); it throws only when the plugin cannot be
 * reached at all.
 */
export async function fuzzPlugin(options: FuzzOptions): Promise<FuzzReport> {
  const started = Date.now();
  const client = options.client ?? (await CoreClient.connect(options.endpoint));
  const raw = openChannel(options.endpoint);
  const secrets = options.secrets ?? [];
  const runs = options.runs ?? 5000;
  const methods = new Map<string, DescMethod>();
  const encodings = new Map<Dict, Uint8Array>();
  const method = (name: string) => {
    if (!methods.has(name)) methods.set(name, describeMethod(client, name));
    return methods.get(name)!;
  };
  const target: CaseTarget = {
    client,
    raw,
    method,
    timeoutMs: options.timeoutMs ?? 10_000,
    slackMs: options.slackMs ?? 2_000,
    sizeLimitBytes: options.sizeLimitBytes ?? 4 * MIB,
  };
  const source: CaseSource = {
    runSeed: options.seed,
    rawShare: options.rawShare,
    secrets,
    maxStringBytes: options.maxStringBytes,
    oversizeBytes: options.oversizeBytes,
    method,
    encode: (name, seed) => {
      if (!encodings.has(seed)) encodings.set(seed, toBinary(method(name).input, client.buildRequest(name, seed)));
      return encodings.get(seed)!;
    },
  };
  const control = options.control ?? { method: options.rpcs[0]!.method, params: options.rpcs[0]!.seeds[0]! };
  const report: FuzzReport = {
    seed: options.seed,
    runsPerRpc: runs,
    cases: 0,
    refused: 0,
    starved: 0,
    ok: 0,
    errors: {},
    examples: {},
    failures: [],
    slowest: [],
    durationMs: 0,
  };
  const fail = (failure: FuzzFailure) => report.failures.push(failure);
  const maxFailures = options.maxFailures ?? 10;
  try {
    const before = await checkStillUp(client, control, target.timeoutMs);
    if (before) throw new Error(`fuzz: the plugin does not answer before the run: ${before}`);
    const all = caseList(options.rpcs, runs, options.only);
    const batchSize = options.batchSize ?? 200;
    for (let start = 0; start < all.length && report.failures.length < maxFailures; start += batchSize) {
      const batch = all.slice(start, start + batchSize).map(([rpc, i]) => buildCase(rpc, i, source));
      const suspects: FuzzCase[] = [];
      await inPool(batch, options.concurrency ?? 4, async (c) => {
        const result = await runCase(target, c);
        if (isHang(result.outcome) && report.failures.length < maxFailures) suspects.push(c);
        else record(c, result);
      });
      // A call can miss its deadline only because a heavy case next to it held the (shared) event loop.
      for (const c of suspects) {
        const again = await runCase(target, c);
        if (again.outcome.kind === 'defect' && again.outcome.hang)
          again.outcome.problem += ', also when replayed alone';
        else report.starved++;
        record(c, again);
      }
      if (findSecrets(takeLogs(), secrets).length) await locateLogLeak(batch);
      await options.afterBatch?.();
      const down = await checkStillUp(client, control, target.timeoutMs);
      if (down) {
        const ids = `${batch[0]!.id} … ${batch[batch.length - 1]!.id}`;
        fail({ property: 'stays-up', caseId: `after cases ${ids}`, problem: down });
        break;
      }
    }
    // Lines written after the last batch's scan (by calls still running then).
    for (const leak of findSecrets(takeLogs(), secrets)) {
      fail({
        property: 'no-secret-leak',
        caseId: 'after the last batch',
        problem: `${leak.secret} in the plugin's logs`,
      });
    }
  } finally {
    raw.close();
    if (!options.client) client.close();
  }
  report.durationMs = Date.now() - started;
  return report;

  function record(c: FuzzCase, { outcome, ms, bytes }: CaseResult): void {
    report.cases++;
    const label = outcomeLabel(outcome);
    const statuses = options.errorStatuses;
    if (
      outcome.kind === 'error' &&
      statuses &&
      !statuses.includes(outcome.code) &&
      (bytes ?? 0) <= target.sizeLimitBytes
    )
      fail({
        property: 'clean-answer',
        caseId: c.id,
        problem: `answered ${outcome.code}, not ${statuses.join(' or ')}`,
        code: outcome.code,
        details: maskSecrets(outcome.details, secrets).slice(0, 300),
        repro: reproOf(c, secrets),
      });
    if (outcome.kind === 'ok') report.ok++;
    else if (outcome.kind === 'refused') report.refused++;
    else if (outcome.kind === 'error') {
      report.errors[label] = (report.errors[label] ?? 0) + 1;
      report.examples[label] ??= `${c.id}: ${maskSecrets(outcome.details, secrets).slice(0, 200)}`;
    } else
      fail({
        property: outcome.hang ? 'no-hang' : 'clean-answer',
        caseId: c.id,
        problem: outcome.problem,
        code: outcome.code,
        details: outcome.details,
        repro: reproOf(c, secrets),
      });
    const details = outcome.kind === 'error' || outcome.kind === 'defect' ? (outcome.details ?? '') : '';
    for (const leak of findSecrets(details, secrets)) {
      fail({
        property: 'no-secret-leak',
        caseId: c.id,
        problem: `${leak.secret} in the error details`,
        code: label,
        details: '(not shown: it holds the secret)',
        repro: reproOf(c, secrets),
      });
    }
    report.slowest = [...report.slowest, { id: c.id, ms, outcome: label, ops: `${c.kind}: ${c.ops.join('; ')}` }]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 5);
  }

  /** The log lines captured since the last call, removed from the capture so that long runs keep memory flat. */
  function takeLogs(): string {
    return options.logs ? options.logs.lines.splice(0).join('\n') : '';
  }

  /** Replays the batch one case at a time to name the case whose logs hold a secret. */
  async function locateLogLeak(batch: FuzzCase[]): Promise<void> {
    for (const c of batch) {
      await runCase(target, c);
      const leaks = findSecrets(takeLogs(), secrets);
      if (leaks.length) {
        const problem = `${leaks.map((l) => l.secret).join(', ')} in the plugin's logs (found again when replayed alone)`;
        fail({ property: 'no-secret-leak', caseId: c.id, problem, repro: reproOf(c, secrets) });
        return;
      }
    }
    fail({
      property: 'no-secret-leak',
      caseId: `one of ${batch[0]!.id} … ${batch[batch.length - 1]!.id}`,
      problem:
        'a secret in the plugin logs, not written again when its cases were replayed one at a time ' +
        '(it may come from a call of an earlier batch that was still running)',
    });
  }
}

import type { Outcome } from './classify-outcome';
import { truncatedJson } from './describe-value';
import type { FuzzCase } from './fuzz-case';

/** Failures shown in full by formatFailures; the rest are counted. */
const MAX_SHOWN = 20;

export type FuzzProperty = 'clean-answer' | 'no-hang' | 'stays-up' | 'no-secret-leak';

export interface FuzzFailure {
  property: FuzzProperty;
  /** The case id (`Notification.dispatch#42`), or what was being checked (`control call after batch 3`). */
  caseId: string;
  problem: string;
  /** Status and details the plugin answered, when it answered. */
  code?: string;
  details?: string;
  /** The case: its mutations and the request (long strings cut, secrets masked). */
  repro?: string;
}

export interface FuzzReport {
  seed: number;
  runsPerRpc: number;
  cases: number;
  /** Cases the core-like client would not send (ParseDict refused them). */
  refused: number;
  /** Cases that missed their deadline while other cases ran, and answered in time when replayed alone. */
  starved: number;
  ok: number;
  /** Clean errors by `STATUS ERROR_CODE`. */
  errors: Record<string, number>;
  /** The first case of each clean error, with its details (cut, secrets masked). */
  examples: Record<string, string>;
  failures: FuzzFailure[];
  /** The slowest cases: `id` with its time, outcome and mutations. */
  slowest: { id: string; ms: number; outcome: string; ops: string }[];
  durationMs: number;
}

/** The case as a reader needs it to reproduce a failure: kind, mutations and request, secrets masked. */
export function reproOf(fuzzCase: FuzzCase, secrets: readonly string[]): string {
  const request =
    fuzzCase.kind === 'raw'
      ? `bytes (${fuzzCase.bytes.length}): ${Buffer.from(fuzzCase.bytes.slice(0, 64)).toString('hex')}${fuzzCase.bytes.length > 64 ? '…' : ''}`
      : `dict: ${truncatedJson(fuzzCase.dict)}`;
  return maskSecrets(
    `${fuzzCase.kind} case from seed request #${fuzzCase.seedIndex}; ${fuzzCase.ops.join('; ')}\n    ${request}`,
    secrets,
  );
}

/** The outcome in a few words: `ok`, `refused by the client`, `INVALID_ARGUMENT ERROR_REQUIRED_PARAMETER`. */
export function outcomeLabel(outcome: Outcome): string {
  switch (outcome.kind) {
    case 'ok':
      return 'ok';
    case 'refused':
      return 'refused by the client';
    case 'error':
      return `${outcome.code} ${outcome.details.match(/^ERROR_[A-Z0-9_]+/)?.[0] ?? '(oversized)'}`;
    case 'defect':
      return `${outcome.code ?? 'no answer'}: ${outcome.problem}`;
  }
}

/** A failing run as one readable message, with what reproduces it. */
export function formatFailures(report: FuzzReport, reproduce = ''): string {
  const lines = [
    `fuzz: ${report.failures.length} failure(s) in ${report.cases} case(s), seed ${report.seed}, ${report.runsPerRpc} runs per RPC`,
  ];
  for (const f of report.failures.slice(0, MAX_SHOWN)) {
    lines.push(`- [${f.property}] ${f.caseId}: ${f.problem}`);
    if (f.code !== undefined) lines.push(`    answered ${f.code} ${JSON.stringify(f.details?.slice(0, 300) ?? '')}`);
    if (f.repro) lines.push(`    ${f.repro}`);
    const only = /#\d+$/.test(f.caseId) ? ` FUZZ_CASE='${f.caseId}'` : '';
    lines.push(`    reproduce: FUZZ_SEED=${report.seed} FUZZ_RUNS=${report.runsPerRpc}${only} ${reproduce}`.trimEnd());
  }
  if (report.failures.length > MAX_SHOWN) lines.push(`… and ${report.failures.length - MAX_SHOWN} more failure(s)`);
  return lines.join('\n');
}

/** A few lines per run: counts, clean errors (with an example each) and the slowest cases. */
export function formatSummary(report: FuzzReport): string {
  const errors = Object.entries(report.errors)
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `\n  ${k} ×${n}, e.g. ${report.examples[k] ?? ''}`)
    .join('');
  const slow = report.slowest.map((s) => `\n  ${s.id} ${s.ms} ms (${s.outcome}): ${s.ops.slice(0, 160)}`).join('');
  return (
    `fuzz: seed ${report.seed}, ${report.cases} cases in ${(report.durationMs / 1000).toFixed(1)} s: ` +
    `${report.ok} ok, ${report.refused} refused by the client, ${report.failures.length} failure(s), ` +
    `${report.starved} late only next to other cases; ` +
    `clean errors:${errors || ' none'}\nslowest:${slow || ' none'}`
  );
}

/** `text` with every secret replaced by `<secret #i>`. */
export function maskSecrets(text: string, secrets: readonly string[]): string {
  return secrets.reduce((t, s, i) => (s ? t.split(s).join(`<secret #${i}>`) : t), text);
}

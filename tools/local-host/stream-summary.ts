import { textTable } from '../common/text-table';

/**
 * A table of a stream's messages by `resource_type` and `state` (a collector's answer), with
 * the first FAILURE's message; other streams are counted only.
 */
export function streamSummary(messages: Record<string, unknown>[]): string {
  const counts = new Map<string, number>();
  for (const m of messages) {
    const key = `${String(m.resource_type ?? '(no resource_type)')}\t${String(m.state ?? '')}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const rows = [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([key, n]) => [...key.split('\t'), String(n)]);
  const failure = messages.find((m) => m.state === 'FAILURE');
  return [
    textTable([['resource_type', 'state', 'count'], ...rows]),
    ...(failure ? [`first failure: ${String(failure.message)}`] : []),
  ].join('\n');
}

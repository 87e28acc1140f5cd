import type { ConformanceResult } from '@cloudforet/plugin-testing';

/** One line per check (✓/✗, name, duration), each failure's message indented under it, then `N passed, M failed`. */
export function conformanceReport(results: ConformanceResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    lines.push(`${r.ok ? '✓' : '✗'} ${r.name} (${r.durationMs} ms)`);
    if (!r.ok) lines.push(...(r.error ?? 'failed').split('\n').map((l) => `    ${l}`));
  }
  const failed = results.filter((r) => !r.ok).length;
  lines.push('', `${results.length - failed} passed, ${failed} failed`);
  return lines.join('\n');
}

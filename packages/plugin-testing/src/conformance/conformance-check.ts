import type { CoreClient } from '../client/core-client';

/** One conformance check: it runs against a connected core-like client and throws on failure. */
export interface ConformanceCheck {
  name: string;
  run(client: CoreClient): Promise<void>;
}

export interface ConformanceResult {
  name: string;
  ok: boolean;
  error?: string;
  durationMs: number;
}

/** Runs checks one by one against `endpoint`; never throws for a failing check. */
export async function runConformance(client: CoreClient, checks: ConformanceCheck[]): Promise<ConformanceResult[]> {
  const results: ConformanceResult[] = [];
  for (const check of checks) {
    const started = Date.now();
    try {
      await check.run(client);
      results.push({ name: check.name, ok: true, durationMs: Date.now() - started });
    } catch (error) {
      results.push({ name: check.name, ok: false, error: (error as Error).message, durationMs: Date.now() - started });
    }
  }
  return results;
}

export class ConformanceFailure extends Error {}

export function expectThat(condition: unknown, message: string): asserts condition {
  if (!condition) throw new ConformanceFailure(message);
}

/** Awaits a call that must fail, and returns its error. */
export async function expectFailure(
  call: Promise<unknown>,
  what: string,
): Promise<{ codeName?: string; details?: string; errorCode?: string }> {
  try {
    await call;
  } catch (error) {
    return error as { codeName?: string; details?: string; errorCode?: string };
  }
  throw new ConformanceFailure(`${what}: expected an error, the call succeeded`);
}

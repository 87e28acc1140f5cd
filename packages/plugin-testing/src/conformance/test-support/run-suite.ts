// Test support (not exported): runs a suite against a small in-process plugin built on plugin-core.
import { createLogger, definePlugin, startServer, type ServiceImplementation } from '@cloudforet/plugin-core';
import { CoreClient } from '../../client/core-client';
import { runConformance, type ConformanceCheck, type ConformanceResult } from '../conformance-check';

/** Serves `services` on an ephemeral port, runs `checks` like the core would, and stops the server. */
export async function runSuite(
  services: ServiceImplementation[],
  checks: ConformanceCheck[],
): Promise<ConformanceResult[]> {
  const running = await startServer(definePlugin({ name: 'plugin-conformance-spec', version: '1.0.0', services }), {
    host: '127.0.0.1',
    port: 0,
    logger: createLogger({ level: 'silent' }),
  });
  try {
    const client = await CoreClient.connect(running.endpoint);
    try {
      return await runConformance(client, checks);
    } finally {
      client.close();
    }
  } finally {
    await running.shutdown();
  }
}

/** The failed results, as `{name: error}`, for readable assertions. */
export function failures(results: ConformanceResult[]): Record<string, string | undefined> {
  return Object.fromEntries(results.filter((r) => !r.ok).map((r) => [r.name, r.error]));
}

/** The one result whose name contains `fragment`. */
export function resultOf(results: ConformanceResult[], fragment: string): ConformanceResult {
  const found = results.filter((r) => r.name.includes(fragment));
  if (found.length !== 1) throw new Error(`${found.length} checks named like "${fragment}"`);
  return found[0];
}

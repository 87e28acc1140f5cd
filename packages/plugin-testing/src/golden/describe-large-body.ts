import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { PluginDefinition } from '@cloudforet/plugin-core';
import { CoreCallError } from '../errors/core-call-error';
import { servedInDescribe } from './served-plugin';

type Request = { options: Record<string, unknown>; data: Record<string, unknown> };

export interface LargeBodyOptions {
  createPlugin: () => PluginDefinition;
  /** A realistic body of about `bytes` bytes (a huge message, a long alert list). */
  body: (bytes: number) => Request;
  /** An ordinary body, parsed after the large ones to show the plugin is fine. */
  ordinary: Request;
}

const MIB = 1024 * 1024;

function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

/**
 * A 10 MB body, as a sender may post one, through the core-like client: refused cleanly
 * (over the 4 MiB request limit: RESOURCE_EXHAUSTED ERROR_REQUEST_TOO_LARGE) or parsed, never a
 * crash; the heap returns near its baseline afterwards; a body just under the limit is parsed
 * or refused with INVALID_ARGUMENT; and an ordinary body is still parsed.
 */
export function describeLargeBody(title: string, { createPlugin, body, ordinary }: LargeBodyOptions): void {
  describe(title, () => {
    const served = servedInDescribe(createPlugin);
    const call = (params: Request) => served().client.call('Event.parse', params);

    it('refuses or parses a 10 MB body cleanly, and the heap returns near its baseline', async () => {
      await call(ordinary);
      collectGarbage();
      const baseline = process.memoryUsage().heapUsed;
      for (let i = 0; i < 3; i++) {
        const outcome = await call(body(10 * MIB)).then(
          () => 'parsed',
          (e: unknown) => (e instanceof CoreCallError ? `${e.codeName} ${e.errorCode}` : String(e)),
        );
        expect(['parsed', 'RESOURCE_EXHAUSTED ERROR_REQUEST_TOO_LARGE']).toContain(outcome);
      }
      collectGarbage();
      expect(process.memoryUsage().heapUsed - baseline).toBeLessThan(32 * MIB);
      await expect(call(ordinary)).resolves.toEqual(expect.any(Object));
    }, 60_000);

    it('parses a body just under the 4 MiB limit, or refuses it as INVALID_ARGUMENT', async () => {
      const outcome = await call(body(3.5 * MIB)).then(
        (r) => `events ${Array.isArray(r.results)}`,
        (e: unknown) => (e instanceof CoreCallError ? e.codeName : String(e)),
      );
      expect(['events true', 'INVALID_ARGUMENT']).toContain(outcome);
      collectGarbage();
    }, 60_000);
  });
}

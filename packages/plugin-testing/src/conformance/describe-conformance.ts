import { CoreClient } from '../client/core-client';
import type { ConformanceCheck } from './conformance-check';

/**
 * Registers one jest test per check, against the endpoint `endpoint()` returns
 * once the surrounding `beforeAll`s have run (in-process server or container).
 */
export function describeConformance(title: string, endpoint: () => string, checks: ConformanceCheck[]): void {
  describe(title, () => {
    let client: CoreClient;
    beforeAll(async () => {
      client = await CoreClient.connect(endpoint());
    });
    afterAll(() => client?.close());
    for (const check of checks) it(check.name, () => check.run(client));
  });
}

import type { CoreClient } from '../client/core-client';
import type { Dict } from './dict-paths';

/** Health (when served) answers SERVING and the control call answers OK; else what went wrong. */
export async function checkStillUp(
  client: CoreClient,
  control: { method: string; params: Dict },
  timeoutMs: number,
): Promise<string | undefined> {
  try {
    if (client.methods.Health?.includes('Check')) {
      const { status } = await client.call('Health.Check', { service: '' }, { timeoutMs });
      if (status !== 'SERVING') return `Health.Check answered ${String(status)}, not SERVING`;
    }
    await client.call(control.method, control.params, { timeoutMs });
    return undefined;
  } catch (error) {
    return `the control call ${control.method} failed: ${(error as Error).message}`;
  }
}

import type { CollectorMessage, CollectorUnderTest } from './collector-under-test';

export interface CancelledCollect {
  /** When the stream was cancelled (epoch ms). */
  cancelledAt: number;
  /** The gRPC code the plugin logged the collect's end with (`CANCELLED` once it saw the cancel). */
  code: unknown;
}

/**
 * Streams `Collector.collect` until `after` CloudServices came, cancels it, then waits (2 s at
 * most) for the plugin's log line of the RPC's end.
 */
export async function cancelCollect(
  plugin: CollectorUnderTest,
  params: Record<string, unknown>,
  after: number,
): Promise<CancelledCollect> {
  let seen = 0;
  for await (const m of plugin.client.stream('Collector.collect', params) as AsyncIterable<CollectorMessage>)
    if (m.resource_type === 'inventory.CloudService' && ++seen === after) break;
  const cancelledAt = Date.now();
  const rpcEnd = () =>
    plugin.logs.records().find((l) => l.rpc === 'Collector.collect' && /^rpc (done|failed)$/.test(String(l.msg)));
  for (let waited = 0; !rpcEnd() && waited < 2000; waited += 50) await new Promise((r) => setTimeout(r, 50));
  return { cancelledAt, code: rpcEnd()?.code };
}

/**
 * The provider calls made by one second after the cancel, and by half a second after that: equal
 * when the cancel stopped the collect's calls.
 */
export async function callsAfterCancel(
  cancelledAt: number,
  callCount: () => number,
): Promise<{ made: number; later: number }> {
  await new Promise((r) => setTimeout(r, cancelledAt + 1000 - Date.now()));
  const made = callCount();
  await new Promise((r) => setTimeout(r, 500));
  return { made, later: callCount() };
}

import { collectorChecks } from '../conformance/collector-checks';
import type { PluginHarness } from '../harness/plugin-harness';
import { cloudServiceCounts, type TypeCounts } from './cloud-service-counts';

export interface SandboxCollector {
  /** What points the plugin at the sandbox's stand-in. */
  env: Record<string, string>;
  /** The sandbox account's secret. */
  secret_data: Record<string, unknown>;
  /** CloudServices per `<Group>/<Type>` as the sandbox holds them. */
  expectedCounts(): TypeCounts;
}

/**
 * A collector's PluginHarness against its sandbox: the collector conformance suite with the
 * default options, asserting one collection brings every resource the sandbox holds, type by type.
 */
export function sandboxCollectorHarness(collector: SandboxCollector): PluginHarness {
  const { env, secret_data } = collector;
  return {
    env,
    checks: collectorChecks({
      options: {},
      secret_data,
      collected: (resources) => {
        const sorted = (counts: TypeCounts) => JSON.stringify(Object.entries(counts).sort());
        const got = cloudServiceCounts(resources);
        const want = collector.expectedCounts();
        if (sorted(got) !== sorted(want))
          throw new Error(`collected ${JSON.stringify(got)}, the sandbox holds ${JSON.stringify(want)}`);
      },
    }),
    // Everything in one stream (no task_options): `npm run demo` tables it by resource_type and state.
    example: { method: 'Collector.collect', params: { options: {}, secret_data, filter: {} } },
  };
}

import type { CoreClient } from '../client/core-client';
import { type ConformanceCheck, expectThat } from './conformance-check';

/** What every plugin image must do, whatever its kind. */
export function commonChecks(services: { name: string; methods: string[] }[]): ConformanceCheck[] {
  return [
    {
      name: 'reflection (v1alpha) lists the plugin services, Health and ServerInfo',
      async run(client: CoreClient) {
        const expected = [...services.map((s) => s.name), 'grpc.health.v1.Health', 'spaceone.api.core.v1.ServerInfo'];
        for (const name of expected)
          expectThat(client.services.includes(name), `list_services lacks ${name} (got ${client.services.join(', ')})`);
        for (const s of services) {
          const short = s.name.split('.').pop()!;
          const got = client.methods[short] ?? [];
          for (const m of s.methods) expectThat(got.includes(m), `${short} lacks method ${m} (got ${got.join(', ')})`);
        }
      },
    },
    {
      name: 'ServerInfo.get_version answers a version',
      async run(client) {
        const { version } = (await client.call('ServerInfo.get_version', {})) as { version?: string };
        expectThat(
          typeof version === 'string' && version.length > 0,
          `get_version answered ${JSON.stringify(version)}`,
        );
      },
    },
    {
      name: 'Health.Check answers SERVING',
      async run(client) {
        const { status } = (await client.call('Health.Check', { service: '' })) as { status?: string };
        expectThat(status === 'SERVING', `Health.Check answered ${status}`);
      },
    },
  ];
}

/**
 * Builds each request with exactly the keys the core sends (None for every value), which must not fail.
 * Methods of services named in `opts.optional` (e.g. the collector's `Job`) are skipped when not served.
 */
export function coreKeysCheck(
  requests: Record<string, string[]>,
  opts: { optional?: string[] } = {},
): ConformanceCheck {
  return {
    name: 'accepts every request key the 2.x core sends (docs/wire-contract.md, request keys)',
    async run(client) {
      for (const [method, keys] of Object.entries(requests)) {
        const [service] = method.split('.');
        if (opts.optional?.includes(service) && !Object.hasOwn(client.methods, service)) continue;
        const params = Object.fromEntries(keys.map((k) => [k, null]));
        try {
          client.buildRequest(method, params);
        } catch (error) {
          throw new Error(`${method} rejects a key the core sends: ${(error as Error).message.split('\n')[0]}`);
        }
      }
    },
  };
}

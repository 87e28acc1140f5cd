import {
  commonChecks,
  coreKeysCheck,
  PROTOCOL_CORE_KEYS,
  type ConformanceCheck,
  type CoreClient,
} from '@cloudforet/plugin-testing';

const STANDARD = ['grpc.health.v1.Health', 'spaceone.api.core.v1.ServerInfo'];

/** The kind a plugin's first own service names, as in resource_type: `notification.Protocol`. */
export function kindOf(services: string[]): string | undefined {
  const own = services.find((s) => !STANDARD.includes(s));
  const match = own && /^spaceone\.api\.([a-z_]+)\.plugin\.(\w+)$/.exec(own);
  return match ? `${match[1]}.${match[2]}` : undefined;
}

/**
 * The checks any endpoint gets without a fixture: the common ones for the services it lists, plus the
 * request keys the core sends for the kinds we know them for.
 * TODO: switch to plugin-testing's `kindOfServices` + `genericChecks` once they land.
 */
export function checksForPlugin(client: CoreClient): { kind: string | undefined; checks: ConformanceCheck[] } {
  const own = client.services.filter((s) => !STANDARD.includes(s));
  const services = own.map((name) => ({ name, methods: client.methods[name.split('.').pop()!] ?? [] }));
  const kind = kindOf(client.services);
  const checks = commonChecks(services);
  if (kind === 'notification.Protocol') checks.push(coreKeysCheck(PROTOCOL_CORE_KEYS));
  return { kind, checks };
}

import {
  commonChecks,
  genericChecks,
  kindOfServices,
  type ConformanceCheck,
  type CoreClient,
  type PluginKind,
} from '@cloudforet/plugin-testing';

const STANDARD = ['grpc.health.v1.Health', 'spaceone.api.core.v1.ServerInfo'];

/**
 * The checks any endpoint gets without a fixture: its kind's fixture-free suite when reflection reveals
 * a kind we know, else only the common checks for the services it lists.
 */
export function checksForPlugin(client: CoreClient): { kind: PluginKind | undefined; checks: ConformanceCheck[] } {
  const kind = kindOfServices(client.services);
  if (kind) return { kind, checks: genericChecks(kind) };
  const own = client.services.filter((s) => !STANDARD.includes(s));
  return {
    kind,
    checks: commonChecks(own.map((name) => ({ name, methods: client.methods[name.split('.').pop()!] ?? [] }))),
  };
}

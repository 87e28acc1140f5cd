import { collectorGenericChecks } from './collector-checks';
import type { ConformanceCheck } from './conformance-check';
import { dataSourceGenericChecks } from './datasource-checks';
import { externalAuthGenericChecks } from './external-auth-checks';
import { protocolGenericChecks } from './protocol-generic-checks';
import { webhookGenericChecks } from './webhook-checks';

/** A plugin kind, named as its registration's `resource_type`. */
export type PluginKind =
  | 'notification.Protocol'
  | 'inventory.Collector'
  | 'monitoring.DataSource'
  | 'monitoring.Webhook'
  | 'identity.ExternalAuth';

/** The service whose presence decides the kind (the one whose `init` the core calls). */
const KIND_BY_SERVICE: Record<string, PluginKind> = {
  'spaceone.api.notification.plugin.Protocol': 'notification.Protocol',
  'spaceone.api.inventory.plugin.Collector': 'inventory.Collector',
  'spaceone.api.monitoring.plugin.DataSource': 'monitoring.DataSource',
  'spaceone.api.monitoring.plugin.Webhook': 'monitoring.Webhook',
  'spaceone.api.identity.plugin.ExternalAuth': 'identity.ExternalAuth',
};

const GENERIC_CHECKS: Record<PluginKind, () => ConformanceCheck[]> = {
  'notification.Protocol': protocolGenericChecks,
  'inventory.Collector': collectorGenericChecks,
  'monitoring.DataSource': dataSourceGenericChecks,
  'monitoring.Webhook': webhookGenericChecks,
  'identity.ExternalAuth': externalAuthGenericChecks,
};

/**
 * The kind of a plugin from the full service names its reflection lists; undefined when none of them
 * is a kind's main service (e.g. a cost_analysis data source, or a legacy 1.x `Auth` plugin).
 */
export function kindOfServices(serviceNames: string[]): PluginKind | undefined {
  for (const name of serviceNames) if (Object.hasOwn(KIND_BY_SERVICE, name)) return KIND_BY_SERVICE[name];
  return undefined;
}

/**
 * The fixture-free part of a kind's suite, for any running plugin (`cfplugin test <endpoint>`):
 * reflection, ServerInfo and Health; the core's request keys; `init` answers well-formed metadata (or a
 * clean error when the plugin needs options) the same way twice; bad input (empty secret, empty body,
 * no credentials) answers or fails with a clean `ERROR_*`, and Health still answers afterwards.
 */
export function genericChecks(kind: PluginKind): ConformanceCheck[] {
  return GENERIC_CHECKS[kind]();
}

import type { ResourceType, ServiceTypeV1 } from '../../manifest/plugin-manifest';

export type PluginKind = 'collector' | 'datasource' | 'webhook' | 'auth' | 'protocol';

export interface KindInfo {
  /** Every Cloudforet plugin of the kind has a folder (image) name ending in it. */
  suffix: string;
  resourceType: ResourceType;
  /** The 1.x name of resource_type (register --api v1). */
  serviceType: ServiceTypeV1;
  /** The service whose `init` the core calls. */
  service: string;
}

export const PLUGIN_KINDS: Record<PluginKind, KindInfo> = {
  collector: {
    suffix: '-inven-collector',
    resourceType: 'inventory.Collector',
    serviceType: 'inventory.Collector',
    service: 'Collector',
  },
  datasource: {
    suffix: '-mon-datasource',
    resourceType: 'monitoring.DataSource',
    serviceType: 'monitoring.DataSource',
    service: 'DataSource',
  },
  webhook: {
    suffix: '-mon-webhook',
    resourceType: 'monitoring.Webhook',
    serviceType: 'monitoring.Webhook',
    service: 'Webhook',
  },
  auth: {
    suffix: '-identity-auth',
    resourceType: 'identity.ExternalAuth',
    serviceType: 'identity.Domain',
    service: 'ExternalAuth',
  },
  protocol: {
    suffix: '-noti-protocol',
    resourceType: 'notification.Protocol',
    serviceType: 'notification.Protocol',
    service: 'Protocol',
  },
};

export const KIND_NAMES = Object.keys(PLUGIN_KINDS) as PluginKind[];

export function isPluginKind(value: unknown): value is PluginKind {
  return typeof value === 'string' && Object.hasOwn(PLUGIN_KINDS, value);
}

/** The kind whose resource_type a plugin.yaml declares (cost_analysis.DataSource has no template yet). */
export function kindOfResourceType(resourceType: string): PluginKind | undefined {
  return KIND_NAMES.find((kind) => PLUGIN_KINDS[kind].resourceType === resourceType);
}

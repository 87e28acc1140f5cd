/** plugins/<name>/plugin.yaml, as validated by plugin-manifest.schema.json. */
export interface PluginManifest {
  plugin_id: string;
  name: string;
  image: string;
  registry_type?: RegistryType;
  registry_config?: Record<string, unknown>;
  resource_type: ResourceType;
  service_type: ServiceTypeV1;
  provider: string;
  capability: {
    supported_schema?: string[];
    data_type?: 'PLAIN_TEXT' | 'SECRET';
    monitoring_type?: 'METRIC' | 'LOG';
    use_resource_secret?: boolean;
    [key: string]: unknown;
  };
  labels: string[];
  tags: { description: string; icon?: string; long_description?: string; [key: string]: unknown };
  docs?: Record<string, unknown>;
  /** = package.json version = image tag (never sent to the Repository). */
  version: string;
  /** The plugin's fixed port under `npm start` (never sent to the Repository). */
  local_port: number;
  /** Webhooks and protocols: the alert-manager entry of the same image (PLUGIN_API=alert_manager). */
  alert_manager?: { resource_type: AlertManagerResourceType; plugin_id: string };
}

export type AlertManagerResourceType = 'alert_manager.Webhook' | 'alert_manager.Protocol';

export type RegistryType = 'DOCKER_HUB' | 'AWS_PRIVATE_ECR' | 'HARBOR' | 'GITHUB' | 'GCP_PRIVATE_GCR';

export type ResourceType =
  | 'inventory.Collector'
  | 'monitoring.DataSource'
  | 'monitoring.Webhook'
  | 'notification.Protocol'
  | 'identity.ExternalAuth'
  | 'cost_analysis.DataSource'
  | AlertManagerResourceType;

export type ServiceTypeV1 =
  | 'inventory.Collector'
  | 'monitoring.DataSource'
  | 'monitoring.Webhook'
  | 'notification.Protocol'
  | 'identity.Domain'
  | 'cost_analysis.DataSource';

/**
 * The manifest of the image's alert-manager entry: its resource_type and plugin_id, the rest as it is.
 * Throws when plugin.yaml declares none (only webhooks and protocols can).
 */
export function alertManagerManifest(m: PluginManifest): PluginManifest {
  if (!m.alert_manager)
    throw new Error(
      `${m.plugin_id} declares no alert-manager API (plugin.yaml alert_manager; only webhooks and protocols serve one)`,
    );
  const { alert_manager, ...rest } = m;
  return { ...rest, resource_type: alert_manager.resource_type, plugin_id: alert_manager.plugin_id };
}

/** The service whose `init` the core calls: the part of resource_type after the dot. */
export function serviceOf(resourceType: ResourceType): string {
  return resourceType.split('.')[1];
}

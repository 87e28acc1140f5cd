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
}

export type RegistryType = 'DOCKER_HUB' | 'AWS_PRIVATE_ECR' | 'HARBOR' | 'GITHUB' | 'GCP_PRIVATE_GCR';

export type ResourceType =
  | 'inventory.Collector'
  | 'monitoring.DataSource'
  | 'monitoring.Webhook'
  | 'notification.Protocol'
  | 'identity.ExternalAuth'
  | 'cost_analysis.DataSource';

export type ServiceTypeV1 =
  | 'inventory.Collector'
  | 'monitoring.DataSource'
  | 'monitoring.Webhook'
  | 'notification.Protocol'
  | 'identity.Domain'
  | 'cost_analysis.DataSource';

/** The service whose `init` the core calls: the part of resource_type after the dot. */
export function serviceOf(resourceType: ResourceType): string {
  return resourceType.split('.')[1];
}

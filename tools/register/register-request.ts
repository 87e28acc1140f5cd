import type { PluginManifest } from '../manifest/plugin-manifest';

/** Which Repository API the request is for: 2.x (`RegisterPluginRequest`) or 1.x (`CreatePluginRequest`). */
export type RepositoryApi = 'v1' | 'v2';

export interface RegisterRequestOptions {
  api?: RepositoryApi;
  /** 1.x only: the body's `domain_id` (2.x takes the domain from the token). */
  domainId?: string;
}

/** Registry types the 1.x enum knows (@ 1.12.54); GITHUB and GCP_PRIVATE_GCR came with 2.x. */
const V1_REGISTRY_TYPES = ['DOCKER_HUB', 'AWS_PRIVATE_ECR', 'HARBOR'];

/**
 * plugin.yaml -> the body of `repository.v1.Plugin.register`, with exactly the request's proto field names:
 * 2.x RegisterPluginRequest, or with `api: 'v1'` the 1.x CreatePluginRequest (service_type, no plugin_id/docs).
 */
export function toRegisterRequest(m: PluginManifest, opts: RegisterRequestOptions = {}): Record<string, unknown> {
  const registry_type = m.registry_type ?? 'DOCKER_HUB';
  const registry_config = m.registry_config ? { registry_config: m.registry_config } : {};
  if (opts.api === 'v1') {
    if (m.resource_type.startsWith('alert_manager.'))
      throw new Error(`${m.resource_type} does not exist in the 1.x API: register the alert-manager entry with 2.x`);
    if (!V1_REGISTRY_TYPES.includes(registry_type))
      throw new Error(`registry_type ${registry_type} does not exist in the 1.x API (${V1_REGISTRY_TYPES.join(', ')})`);
    return {
      name: m.name,
      service_type: m.service_type,
      image: m.image,
      provider: m.provider,
      registry_type,
      ...registry_config,
      capability: m.capability,
      labels: m.labels,
      tags: m.tags,
      ...(opts.domainId ? { domain_id: opts.domainId } : {}),
    };
  }
  return {
    name: m.name,
    resource_type: m.resource_type,
    image: m.image,
    provider: m.provider,
    registry_type,
    ...registry_config,
    capability: m.capability,
    labels: m.labels,
    tags: m.tags,
    plugin_id: m.plugin_id,
    ...(m.docs ? { docs: m.docs } : {}),
  };
}

/** plugin.yaml -> `Plugin.update` for a plugin that exists: the fields the Repository lets you change. */
export function toUpdateRequest(m: PluginManifest, opts: RegisterRequestOptions = {}): Record<string, unknown> {
  const common = { plugin_id: m.plugin_id, name: m.name, capability: m.capability, labels: m.labels, tags: m.tags };
  if (opts.api === 'v1') return { ...common, ...(opts.domainId ? { domain_id: opts.domainId } : {}) };
  return { ...common, ...(m.docs ? { docs: m.docs } : {}) };
}

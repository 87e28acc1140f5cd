import { stringify } from 'yaml';
import type { PluginManifest } from '../manifest/plugin-manifest';

/**
 * plugin.yaml -> the YAML `spacectl exec register repository.Plugin -f` takes (repository 2.x keys).
 * A minimal copy for the README; tools/register owns the real conversion, merge them later.
 */
export function toRegisterYamlForDocs(m: PluginManifest): string {
  const body: Record<string, unknown> = {
    name: m.name,
    resource_type: m.resource_type,
    image: m.image,
    registry_type: m.registry_type ?? 'DOCKER_HUB',
    ...(m.registry_config ? { registry_config: m.registry_config } : {}),
    provider: m.provider,
    capability: m.capability,
    labels: m.labels,
    tags: m.tags,
    plugin_id: m.plugin_id,
    ...(m.docs ? { docs: m.docs } : {}),
  };
  return stringify(body, { lineWidth: 0 });
}

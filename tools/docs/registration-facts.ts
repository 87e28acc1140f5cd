import type { PluginManifest } from '../manifest/plugin-manifest';
import { code, codeValue, markdownTable } from './markdown-table';
import type { PluginDocs } from './plugin-docs';

/** What plugin.yaml registers, plus the version and the gRPC services the image serves. */
export function registrationFactsTable(docs: PluginDocs): string {
  const m: PluginManifest = docs.manifest;
  const rows: [string, string][] = [
    ['plugin_id', code(m.plugin_id)],
    ['name', m.name],
    ['image', code(m.image)],
    ['version (package.json)', code(docs.version)],
    ['registry_type', code(m.registry_type ?? 'DOCKER_HUB')],
    ['resource_type (2.x)', code(m.resource_type)],
    ['service_type (1.x)', code(m.service_type)],
    ['provider', code(m.provider)],
    ...Object.entries(m.capability).map(([key, value]): [string, string] => [`capability.${key}`, listOrValue(value)]),
    ['labels', listOrValue(m.labels)],
    ...(m.alert_manager
      ? [
          [
            'alert-manager entry',
            `${code(m.alert_manager.resource_type)} as ${code(m.alert_manager.plugin_id)} (${code('PLUGIN_API=alert_manager')})`,
          ] as [string, string],
        ]
      : []),
    ...docs.services.map((s): [string, string] => ['service', `${code(s.name)} (${s.methods.map(code).join(', ')})`]),
  ];
  return markdownTable(['field', 'value'], rows);
}

function listOrValue(value: unknown): string {
  if (!Array.isArray(value)) return codeValue(value);
  return value.length ? value.map(codeValue).join(', ') : '(none)';
}

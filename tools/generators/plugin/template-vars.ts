import { FIRST_LOCAL_PORT } from '../../manifest/local-ports';
import { PLUGIN_KINDS, type PluginKind } from './plugin-kinds';
import { defaultProvider, titleOf } from './plugin-name';

/** What every template (files/common/ and files/<kind>/) may use, as `<%= name %>` etc. */
export interface TemplateVars {
  /** Folder name, e.g. azure-monitor-mon-webhook. */
  name: string;
  /** plugin-<name>: plugin_id, image name, definePlugin's name. */
  pluginId: string;
  /** @cloudforet/plugin-<name>. */
  packageName: string;
  /** Azure Monitor Mon Webhook. */
  title: string;
  provider: string;
  /** 2.x resource_type, e.g. monitoring.Webhook. */
  resourceType: string;
  /** 1.x service_type, e.g. identity.Domain for auth. */
  serviceType: string;
  /** The service whose init the core calls, e.g. Webhook. */
  service: string;
  kind: PluginKind;
  /** The way from the plugin folder back to the repository root: `../../` for plugins/<name>. */
  offsetFromRoot: string;
  /** Its fixed port under `npm start` (plugin.yaml `local_port`). */
  localPort: number;
  /** plugin.yaml `alert_manager.plugin_id` (webhooks, protocols): `<pluginId>-alert-manager`, within 48 characters. */
  alertManagerPluginId: string;
  /** Always ''; lets a template name a file x.ts__tmpl__ as Nx generators commonly do. */
  tmpl: '';
}

export function templateVars(
  name: string,
  kind: PluginKind,
  offsetFromRoot: string,
  provider?: string,
  localPort = FIRST_LOCAL_PORT,
): TemplateVars {
  const info = PLUGIN_KINDS[kind];
  const pluginId = `plugin-${name}`;
  return {
    name,
    pluginId,
    packageName: `@cloudforet/${pluginId}`,
    title: titleOf(name),
    provider: provider || defaultProvider(name, kind),
    resourceType: info.resourceType,
    serviceType: info.serviceType,
    service: info.service,
    kind,
    offsetFromRoot,
    localPort,
    alertManagerPluginId: alertManagerIdOf(pluginId),
    tmpl: '',
  };
}

/** `<pluginId>-alert-manager`, or `-am` when that is over Cloudforet's 48 characters (the id cut to fit). */
export function alertManagerIdOf(pluginId: string): string {
  const long = `${pluginId}-alert-manager`;
  return long.length <= 48 ? long : `${pluginId.slice(0, 45)}-am`;
}

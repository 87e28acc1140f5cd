/** Which API a plugin serves: its classic one, or the Cloudforet 2.x alert-manager plugin API. */
export type PluginApi = 'classic' | 'alert_manager';

/**
 * `PLUGIN_API` from the environment: unset or `classic` serves the plugin's own API (what the
 * Python plugin of the same id serves); `alert_manager` serves `spaceone.api.alert_manager.plugin`
 * instead, from the same handlers (webhooks and notification protocols only). One image, either.
 */
export function pluginApiOf(env: NodeJS.ProcessEnv = process.env): PluginApi {
  const value = (env.PLUGIN_API ?? '').trim().toLowerCase().replace('-', '_');
  if (value === '' || value === 'classic') return 'classic';
  if (value === 'alert_manager') return 'alert_manager';
  throw new Error(`PLUGIN_API must be "classic" or "alert_manager" (got "${env.PLUGIN_API}")`);
}

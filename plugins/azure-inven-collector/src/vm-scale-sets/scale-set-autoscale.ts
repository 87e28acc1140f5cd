import type { AutoscaleProfile, AutoscaleSettingResource } from '@azure/arm-monitor';
import { upstreamShape } from '../azure-resource';

type Doc = Record<string, unknown>;

/**
 * Upstream's three views of a scale set's autoscale settings: `autoscale_settings` (the settings
 * as they are), `virtual_machine_scale_set_power_state` (a few fields of each with its profiles, the
 * source of the table's Default/Max/Min columns) and `autoscale_setting_resource_collection.value`
 * (the settings with `profiles_display`). A scale set without a setting has `[]`, `[]` and
 * `{value: []}`, as upstream's.
 */
export function autoscaleDisplay(settings: AutoscaleSettingResource[]): Doc {
  return {
    autoscale_settings: settings.map(upstreamShape),
    virtual_machine_scale_set_power_state: settings.map((setting) => ({
      location: setting.location,
      profiles: upstreamShape(setting.profiles ?? []),
      // Python's None where the setting has none, as upstream's `dict.get`.
      enabled: setting.enabled ?? null,
      name: setting.name ?? null,
      notifications: upstreamShape(setting.notifications) ?? null,
      target_resource_uri: setting.targetResourceUri ?? null,
      tags: setting.tags ?? null,
      profiles_display: profilesDisplay(setting.profiles ?? []),
    })),
    autoscale_setting_resource_collection: {
      value: settings.map((setting) => ({
        ...(upstreamShape(setting) as Doc),
        profiles_display: profilesDisplay(setting.profiles ?? []),
      })),
    },
  };
}

/** `minimum : 1 / maximum : 5 / default : 2` per profile (ARM gives the capacities as strings). */
function profilesDisplay(profiles: AutoscaleProfile[]): string[] {
  return profiles.map(
    ({ capacity }) => `minimum : ${capacity.minimum} / maximum : ${capacity.maximum} / default : ${capacity.default}`,
  );
}

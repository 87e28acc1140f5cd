import type { Location } from '@azure/arm-resources-subscriptions';
import { region } from '@cloudforet/plugin-core';
import type { ResourceInfo } from '@cloudforet/api/gen/spaceone/api/inventory/plugin/collector';
import type { AzureSession } from './azure/azure-session';
import { PROVIDER } from './azure-resource';

/** The subscription's physical locations (`subscriptions.listLocations`), in ARM's order. */
export async function subscriptionLocations(session: AzureSession): Promise<Location[]> {
  const all = await session.all((o) =>
    session.subscriptions.subscriptions.listLocations(session.secret.subscription_id, o),
  );
  return all.filter((l) => l.name && (l.metadata?.regionType ?? 'Physical') === 'Physical');
}

/**
 * An `inventory.Region` of a location as upstream's v2 collector makes it: matched on
 * `provider` then `region_code`, named by the regional display name and the physical location,
 * tagged with latitude, longitude and continent.
 */
export function azureRegion(location: Location): ResourceInfo {
  const m = location.metadata;
  const name = [location.regionalDisplayName ?? location.displayName ?? location.name, m?.physicalLocation]
    .filter(Boolean)
    .join(' ');
  return region({
    regionCode: location.name ?? '',
    provider: PROVIDER,
    name,
    tags: {
      latitude: m?.latitude ?? '',
      longitude: m?.longitude ?? '',
      continent: (m?.geographyGroup ?? '').toLowerCase().replace(/\s+/g, '_'),
    },
    matchKeys: ['provider', 'region_code'],
  });
}

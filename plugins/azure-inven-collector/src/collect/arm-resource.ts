import type { ResourceInfo } from '@cloudforet/api/gen/spaceone/api/inventory/plugin/collector';
import { azureCloudService, monitoringRefs, portalLink, resourceGroupOf, upstreamShape } from '../azure-resource';
import type { CollectContext } from './collect-context';

/** An ARM resource as the SDKs return it (the fields every type reads). */
export interface ArmResource {
  id?: string;
  name?: string;
  location?: string;
  tags?: Record<string, string>;
  sku?: { name?: string; tier?: string; capacity?: number };
}

/**
 * A CloudService of an ARM resource in upstream's v2 layout: the resource as the Python SDK's dict
 * (snake_case, `properties` flattened), plus the type's display keys, the subscription's fields,
 * the resource group and the Azure Monitor / Activity Log references; matched on its ARM id.
 */
export function armCloudService(
  ctx: CollectContext,
  item: ArmResource,
  {
    group,
    type,
    extra = {},
    instanceType,
    instanceSize,
    ipAddresses,
  }: {
    group: string;
    type: string;
    extra?: Record<string, unknown>;
    instanceType?: string;
    instanceSize?: number;
    ipAddresses?: string[];
  },
): ResourceInfo {
  const id = item.id ?? '';
  return azureCloudService({
    name: item.name ?? '',
    group,
    type,
    resourceId: id,
    account: ctx.subscription.subscription_id,
    regionCode: item.location ?? '',
    instanceType,
    instanceSize,
    ipAddresses,
    tags: item.tags ?? {},
    externalLink: portalLink(id),
    data: {
      ...(upstreamShape(item) as Record<string, unknown>),
      ...extra,
      ...ctx.subscription,
      resource_group: resourceGroupOf(id),
      ...monitoringRefs(id),
    },
  });
}

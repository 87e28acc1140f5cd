import { cloudService, cloudServiceType, typeFailure, typeReference } from '@cloudforet/plugin-core';
import type { ResourceInfo } from '@cloudforet/api/gen/spaceone/api/inventory/plugin/collector';
import { azureErrorText } from './azure/azure-errors';

export const PROVIDER = 'azure';
export const ICON_URL =
  'https://spaceone-custom-assets.s3.ap-northeast-2.amazonaws.com/console-assets/icons/cloud-services/azure';

type Doc = Record<string, unknown>;

/** What every resource's `data` carries about where it lives (upstream's subscription fields). */
export interface SubscriptionInfo {
  subscription_id: string;
  subscription_name: string;
  tenant_id: string;
}

/** `camelCase` → upstream's `snake_case` (the Python SDK's names): `diskSizeGB` → `disk_size_gb`. */
export function snakeCase(key: string): string {
  let snake = SNAKE.get(key);
  if (snake === undefined) {
    snake = key
      .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
      .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
      .toLowerCase();
    // The SDKs' property names: a few hundred, the same for every resource.
    if (SNAKE.size < 10_000) SNAKE.set(key, snake);
  }
  return snake;
}
const SNAKE = new Map<string, string>();

/**
 * An ARM document as the Python SDK's `as_dict()` gives it, which upstream's layouts are made of:
 * `properties` flattened into the resource, keys in snake_case; `tags` kept as they are (user keys).
 */
export function upstreamShape(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(upstreamShape);
  if (value instanceof Date) return value.toISOString();
  if (!value || typeof value !== 'object') return value;
  const out: Doc = {};
  for (const [key, v] of Object.entries(value as Doc)) {
    if (key === 'properties' && v && typeof v === 'object' && !Array.isArray(v))
      Object.assign(out, upstreamShape(v) as Doc);
    else out[snakeCase(key)] = key === 'tags' ? v : upstreamShape(v);
  }
  return out;
}

/** The resource group of an ARM id (`/subscriptions/…/resourceGroups/<rg>/…`). */
export function resourceGroupOf(id: string | undefined): string {
  return /\/resourceGroups\/([^/]+)/i.exec(id ?? '')?.[1] ?? '';
}

/** The last segment of an ARM id. */
export function nameOf(id: string | undefined): string {
  return (id ?? '').split('/').pop() ?? '';
}

/**
 * Segment `index` of an ARM id split on `/` (upstream's `id.split("/")[8]`: the resource's name under
 * `/subscriptions/<s>/resourceGroups/<rg>/providers/<ns>/<type>/<name>/…`); `''` when the id is shorter.
 */
export function armIdSegment(id: string | undefined, index: number): string {
  return (id ?? '').split('/')[index] ?? '';
}

const MANAGED_DISK_TYPES: Record<string, string> = {
  Premium_LRS: 'Premium SSD',
  StandardSSD_LRS: 'Standard SSD',
  Standard_LRS: 'Standard HDD',
};

/** Upstream's name of a managed disk's storage account type (`Premium_LRS` → Premium SSD); anything else it calls Ultra SSD. */
export function managedDiskTypeName(storageAccountType: string | undefined): string {
  return MANAGED_DISK_TYPES[storageAccountType ?? ''] ?? 'Ultra SSD';
}

export function portalLink(id: string): string {
  return `https://portal.azure.com/#@.onmicrosoft.com/resource${id}/overview`;
}

/** Upstream's per-resource Azure Monitor and Activity Log references (what the data sources query). */
export function monitoringRefs(id: string) {
  return { azure_monitor: { resource_id: id }, activity_log: { resource_uri: id } };
}

export function azureCloudServiceType(input: Omit<Parameters<typeof cloudServiceType>[0], 'provider'>): ResourceInfo {
  return cloudServiceType({ ...input, provider: PROVIDER });
}

/**
 * A CloudService matched with `account`, its metadata the v2 reference to its type's layouts.
 * `data` and `metadata` travel as JSON strings (`json_data`, `json_metadata`), which inventory
 * parses into the same documents as upstream's dicts: one string instead of a Struct tree.
 */
export function azureCloudService(
  input: Omit<Parameters<typeof cloudService>[0], 'provider' | 'format' | 'metadata'>,
): ResourceInfo {
  return cloudService({
    ...input,
    provider: PROVIDER,
    format: 'json',
    metadata: typeReference(PROVIDER, input.group, input.type),
  });
}

/** A failure of one type (in one location, or of one resource): names group, type and where. */
export function azureError(
  { group, type, location, resourceId }: { group: string; type: string; location?: string; resourceId?: string },
  what: string,
  error: unknown,
): ResourceInfo {
  return typeFailure({ provider: PROVIDER, group, type, where: location, resourceId }, what, azureErrorText(error));
}

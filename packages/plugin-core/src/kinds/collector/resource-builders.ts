import { ResourceInfo_State, type ResourceInfo } from '@cloudforet/api/gen/spaceone/api/inventory/plugin/collector';
import { MATCH_RULES, matchRules } from './match-rules';

type Dict = Record<string, unknown>;

/**
 * How `data` and `metadata` travel: `dict` as Structs (`data`, `metadata`; the legacy collectors),
 * or `json` as JSON strings (`json_data`, `json_metadata`; the v2 SDK collectors, and cheaper for
 * large documents: one string instead of a Struct tree). Inventory accepts both.
 */
export type DataFormat = 'dict' | 'json';

export interface CloudServiceTypeInput {
  name: string;
  group: string;
  provider: string;
  /** The console's view: `{view: {table, search, widget, sub_data}}`. */
  metadata: Dict;
  isPrimary?: boolean;
  isMajor?: boolean;
  serviceCode?: string;
  labels?: string[];
  tags?: Record<string, string>;
  /** Default `dict`. */
  format?: DataFormat;
}

/** An `inventory.CloudServiceType`, matched on name, group and provider. */
export function cloudServiceType(input: CloudServiceTypeInput): ResourceInfo {
  const resource: Dict = {
    name: input.name,
    group: input.group,
    provider: input.provider,
    resource_type: 'inventory.CloudService',
    is_primary: input.isPrimary ?? false,
    is_major: input.isMajor ?? false,
    labels: input.labels ?? [],
    tags: input.tags ?? {},
  };
  if (input.serviceCode !== undefined) resource.service_code = input.serviceCode;
  Object.assign(resource, document('metadata', input.metadata, input.format));
  return success('inventory.CloudServiceType', resource, matchRules(MATCH_RULES.cloudServiceType));
}

export interface CloudServiceInput {
  name: string;
  provider: string;
  group: string;
  type: string;
  /** Unique in the account: inventory's first match key. */
  resourceId: string;
  account?: string;
  regionCode?: string;
  data: Dict;
  /** The per-resource view; default none (the type's layouts apply). */
  metadata?: Dict;
  externalLink?: string;
  instanceType?: string;
  instanceSize?: number;
  ipAddresses?: string[];
  /** A dict (AWS, Azure) or a list of `{key, value}` (GCP labels); inventory stores both. */
  tags?: Record<string, string> | { key: string; value: string }[];
  launchedAt?: string;
  /** Default `dict`. */
  format?: DataFormat;
  /** Default true: `account` is a match key (AWS, Azure); GCP collectors pass false. */
  matchAccount?: boolean;
}

/** An `inventory.CloudService`, with the canonical match rule. */
export function cloudService(input: CloudServiceInput): ResourceInfo {
  const reference: Dict = { resource_id: input.resourceId };
  if (input.externalLink) reference.external_link = input.externalLink;
  const resource: Dict = {
    name: input.name,
    provider: input.provider,
    cloud_service_group: input.group,
    cloud_service_type: input.type,
    account: input.account ?? '',
    region_code: input.regionCode ?? '',
    instance_type: input.instanceType ?? '',
    instance_size: input.instanceSize ?? 0,
    ip_addresses: input.ipAddresses ?? [],
    tags: input.tags ?? {},
    reference,
    ...document('data', input.data, input.format),
  };
  if (input.metadata) Object.assign(resource, document('metadata', input.metadata, input.format));
  if (input.launchedAt) resource.launched_at = input.launchedAt;
  const keys =
    input.matchAccount === false ? MATCH_RULES.cloudService.filter((k) => k !== 'account') : MATCH_RULES.cloudService;
  return success('inventory.CloudService', resource, matchRules(keys));
}

export interface RegionInput {
  regionCode: string;
  provider: string;
  name?: string;
  tags?: Record<string, string>;
  /** Default the legacy order `['region_code', 'provider']`. */
  matchKeys?: readonly string[];
}

/** An `inventory.Region`, matched on region_code and provider. */
export function region(input: RegionInput): ResourceInfo {
  return success(
    'inventory.Region',
    {
      name: input.name ?? input.regionCode,
      region_code: input.regionCode,
      provider: input.provider,
      tags: input.tags ?? {},
    },
    matchRules(input.matchKeys ?? MATCH_RULES.region),
  );
}

export interface ErrorResourceInput {
  /** What failed and why: what the job shows an operator (never empty: inventory shows "Unknown error."). */
  message: string;
  provider: string;
  group?: string;
  type?: string;
  regionCode?: string;
  /** The resource that failed, when one did. */
  resourceId?: string;
  /** The resource type that failed to collect; default `inventory.CloudService`. */
  resourceType?: string;
}

/** A FAILURE that inventory records on the job task while the rest of the stream goes on. */
export function errorResource(input: ErrorResourceInput): ResourceInfo {
  const resource: Dict = {
    provider: input.provider,
    cloud_service_group: input.group ?? '',
    cloud_service_type: input.type ?? '',
    resource_type: input.resourceType ?? 'inventory.CloudService',
  };
  if (input.regionCode) resource.region_code = input.regionCode;
  if (input.resourceId) resource.resource_id = input.resourceId;
  return {
    state: ResourceInfo_State.FAILURE,
    message: input.message || 'unknown error',
    resource_type: 'inventory.ErrorResource',
    resource,
  };
}

/** An `inventory.Namespace` (metrics' grouping); upserted by `namespace_id` and `version`, no match rules. */
export function namespace(resource: {
  namespace_id: string;
  name: string;
  category: string;
  resource_type: string;
  group: string;
  icon?: string;
  version: string;
}): ResourceInfo {
  return success('inventory.Namespace', { ...resource }, {});
}

/** An `inventory.Metric`; upserted by `metric_id` and `version`, no match rules. */
export function metric(resource: {
  metric_id: string;
  name: string;
  metric_type: 'GAUGE' | 'COUNTER';
  resource_type: string;
  query_options: Dict;
  unit: string;
  namespace_id: string;
  version: string;
}): ResourceInfo {
  return success('inventory.Metric', { ...resource }, {});
}

function success(resourceType: string, resource: Dict, rules: Dict): ResourceInfo {
  return { state: ResourceInfo_State.SUCCESS, resource_type: resourceType, match_rules: rules, resource };
}

function document(key: 'data' | 'metadata', value: Dict, format: DataFormat = 'dict'): Dict {
  return format === 'json' ? { [`json_${key}`]: JSON.stringify(value) } : { [key]: value };
}

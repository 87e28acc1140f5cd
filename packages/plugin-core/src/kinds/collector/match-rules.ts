/**
 * The match rules inventory upserts each resource type by, as every upstream collector sends them
 * (rule "1" first; a key whose value is empty in the resource is dropped from inventory's query).
 */
export const MATCH_RULES = {
  /** AWS and Azure add `account`; GCP leaves it out (`cloudService({ matchAccount: false })`). */
  cloudService: ['reference.resource_id', 'provider', 'cloud_service_type', 'cloud_service_group', 'account'],
  cloudServiceType: ['name', 'group', 'provider'],
  /** The legacy collectors' order; the v2 SDK collectors send `['provider', 'region_code']` (same keys). */
  region: ['region_code', 'provider'],
} as const;

/** `{"1": keys}`: the Struct inventory reads. */
export function matchRules(...ruleSets: readonly (readonly string[])[]): Record<string, string[]> {
  return Object.fromEntries(ruleSets.map((keys, i) => [String(i + 1), [...keys]]));
}

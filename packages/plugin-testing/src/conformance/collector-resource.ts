import { isObject, isStringList, type Dict } from './call-outcome';

/** The resource types inventory 2.x accepts from `collect` (`RESOURCE_MAP` plus the Namespace/Metric special cases). */
export const INVENTORY_RESOURCE_TYPES = [
  'inventory.CloudServiceType',
  'inventory.CloudService',
  'inventory.Region',
  'inventory.ErrorResource',
  'inventory.Namespace',
  'inventory.Metric',
];

/**
 * The canonical rule set "1" per resource type, as every upstream collector sends it. CloudService may
 * add `account` (AWS, Azure; GCP omits it). Namespace and Metric bypass matching (`{}`).
 */
export const CANONICAL_MATCH_KEYS: Record<string, { keys: string[]; optional?: string[] }> = {
  'inventory.CloudService': {
    keys: ['reference.resource_id', 'provider', 'cloud_service_type', 'cloud_service_group'],
    optional: ['account'],
  },
  'inventory.CloudServiceType': { keys: ['name', 'group', 'provider'] },
  'inventory.Region': { keys: ['region_code', 'provider'] },
};

/**
 * The top-level keys of `resource` inventory needs to create each resource type. A CloudService's
 * `name` may be empty (upstream AWS collectors send "" for an instance without a Name tag); when
 * present it must be a string.
 */
const REQUIRED_RESOURCE_KEYS: Record<string, string[]> = {
  'inventory.CloudService': ['provider', 'cloud_service_group', 'cloud_service_type'],
  'inventory.CloudServiceType': ['name', 'group', 'provider'],
  'inventory.Region': ['name', 'region_code', 'provider'],
  'inventory.Namespace': ['namespace_id', 'name'],
  'inventory.Metric': ['metric_id', 'name', 'namespace_id'],
};

/** What is wrong with one streamed ResourceInfo (as MessageToDict reads it), each problem prefixed by `at`. */
export function resourceInfoProblems(info: Dict, at: string): string[] {
  const type = String(info.resource_type);
  const problems: string[] = [];
  const add = (p: string) => problems.push(`${at} (${type}): ${p}`);
  if (!INVENTORY_RESOURCE_TYPES.includes(type)) {
    add(`resource_type must be one of ${INVENTORY_RESOURCE_TYPES.join(', ')}`);
    return problems;
  }
  if (info.state !== 'SUCCESS' && info.state !== 'FAILURE')
    add(`state is ${JSON.stringify(info.state)}, not SUCCESS or FAILURE`);
  if (info.state === 'FAILURE' || type === 'inventory.ErrorResource') {
    if (info.state !== 'FAILURE') add('an ErrorResource must have state FAILURE');
    if (typeof info.message !== 'string' || info.message === '')
      add('a FAILURE without message shows as "Unknown error." in the job');
    return problems;
  }
  const resource = info.resource;
  if (!isObject(resource)) {
    add('has no resource');
    return problems;
  }
  for (const key of REQUIRED_RESOURCE_KEYS[type] ?? [])
    if (typeof resource[key] !== 'string' || resource[key] === '') add(`resource.${key} is missing or empty`);
  if ('name' in resource && typeof resource.name !== 'string') add('resource.name is not a string');
  if (typeof resource.json_metadata === 'string' && !isObject(parseJson(resource.json_metadata)))
    add('resource.json_metadata is not the JSON of an object');
  if ('metadata' in resource && !isObject(resource.metadata)) add('resource.metadata is not an object');
  problems.push(...matchRuleProblems(type, info.match_rules, resource).map((p) => `${at} (${type}): ${p}`));
  if (type === 'inventory.CloudService') problems.push(...cloudServiceProblems(resource).map((p) => `${at}: ${p}`));
  return problems;
}

function matchRuleProblems(type: string, rules: unknown, resource: Dict): string[] {
  const canonical = CANONICAL_MATCH_KEYS[type];
  if (!canonical) return [];
  if (!isObject(rules) || Object.keys(rules).length === 0)
    return ['has no match_rules (inventory fails it with ERROR_MATCH_RULE)'];
  const problems: string[] = [];
  for (const [order, keys] of Object.entries(rules)) {
    if (!/^\d+$/.test(order)) problems.push(`match_rules key "${order}" is not a rule number ("1", "2", …)`);
    if (!isStringList(keys) || keys.length === 0) problems.push(`match_rules["${order}"] is not a list of keys`);
  }
  const first = rules['1'];
  if (!isStringList(first)) return [...problems, 'match_rules has no rule "1"'];
  const allowed = [...canonical.keys, ...(canonical.optional ?? [])];
  const missing = canonical.keys.filter((k) => !first.includes(k));
  const extra = first.filter((k) => !allowed.includes(k));
  if (missing.length > 0 || extra.length > 0)
    problems.push(
      `match_rules["1"] is ${JSON.stringify(first)}; the canonical rule is ${JSON.stringify(canonical.keys)}` +
        (canonical.optional ? ` (+ optional ${canonical.optional.join(', ')})` : ''),
    );
  // Inventory drops a key whose value is empty from the match query, which then matches too much.
  for (const [order, keys] of Object.entries(rules))
    for (const key of isStringList(keys) ? keys : [])
      if (valueAt(resource, key) === undefined || valueAt(resource, key) === '' || valueAt(resource, key) === null)
        problems.push(`match key ${key}${order === '1' ? '' : ` (rule "${order}")`} has no value in resource`);
  return problems;
}

function cloudServiceProblems(resource: Dict): string[] {
  const problems: string[] = [];
  const hasData = isObject(resource.data) || typeof resource.json_data === 'string';
  if (!hasData) problems.push('resource has neither data (object) nor json_data (JSON string)');
  if (typeof resource.json_data === 'string' && !isObject(parseJson(resource.json_data)))
    problems.push('resource.json_data is not the JSON of an object');
  if ('instance_size' in resource && typeof resource.instance_size !== 'number')
    problems.push('resource.instance_size is not a number');
  if ('tags' in resource && !isObject(resource.tags) && !isTagList(resource.tags))
    problems.push('resource.tags is neither an object nor a list of {key, value}');
  return problems;
}

function isTagList(value: unknown): boolean {
  return Array.isArray(value) && value.every((t) => isObject(t) && typeof t.key === 'string');
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function valueAt(node: unknown, path: string): unknown {
  for (const part of path.split('.')) {
    if (!isObject(node)) return undefined;
    node = node[part];
  }
  return node;
}

/**
 * What a whole collection (every task's messages together) must hold for inventory to link what it
 * stores: each CloudService's group and type announced by a CloudServiceType of the same provider
 * (`ref_cloud_service_type`), and an `inventory.Region` for every `region_code` used (`ref_region`).
 */
export function collectionProblems(infos: Dict[]): string[] {
  const resources = infos.filter((i) => i.state === 'SUCCESS' && isObject(i.resource));
  const types = new Set<string>();
  const regions = new Set<string>();
  for (const info of resources) {
    const r = info.resource as Dict;
    if (info.resource_type === 'inventory.CloudServiceType') types.add(`${r.provider}/${r.group}/${r.name}`);
    if (info.resource_type === 'inventory.Region') regions.add(`${r.provider}/${r.region_code}`);
  }
  const missingTypes = new Set<string>();
  const missingRegions = new Set<string>();
  for (const info of resources) {
    if (info.resource_type !== 'inventory.CloudService') continue;
    const r = info.resource as Dict;
    const type = `${r.provider}/${r.cloud_service_group}/${r.cloud_service_type}`;
    if (!types.has(type)) missingTypes.add(type);
    if (typeof r.region_code === 'string' && r.region_code !== '' && !regions.has(`${r.provider}/${r.region_code}`))
      missingRegions.add(`${r.provider}/${r.region_code}`);
  }
  return [
    ...[...missingTypes].map((t) => `CloudServices of ${t} but no CloudServiceType announces it`),
    ...[...missingRegions].map((r) => `CloudServices in region ${r} but no inventory.Region for it`),
  ];
}

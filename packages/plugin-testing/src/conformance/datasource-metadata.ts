import { isStringList, type Dict } from './call-outcome';

/**
 * What is wrong with a monitoring DataSource.init `metadata` for a METRIC data source, checked as the
 * monitoring service does (docs/wire-contract.md, request keys): `supported_stat` is a required list; `required_keys` and
 * `supported_providers` are optional lists. An empty `required_keys` makes every Metric call fail
 * (`ERROR_NOT_FOUND_REQUIRED_KEY`: monitoring takes the query from `required_keys[0]` of a resource).
 */
export function dataSourceMetadataProblems(metadata: Dict): string[] {
  const problems: string[] = [];
  if (!isStringList(metadata.supported_stat) || metadata.supported_stat.length === 0)
    problems.push(`supported_stat is ${JSON.stringify(metadata.supported_stat)}, not a non-empty list of stats`);
  if ('required_keys' in metadata) {
    const keys = metadata.required_keys;
    if (!isStringList(keys) || keys.length === 0 || keys.some((k) => k === ''))
      problems.push(`required_keys is ${JSON.stringify(keys)}, not a non-empty list of resource key paths`);
  }
  if ('supported_providers' in metadata && !isStringList(metadata.supported_providers))
    problems.push('supported_providers is not a list of providers');
  return problems;
}

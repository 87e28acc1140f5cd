import type { ResourceInfo } from '@cloudforet/api/gen/spaceone/api/inventory/plugin/collector';
import { errorResource } from './resource-builders';

export interface FailedPart {
  provider: string;
  group: string;
  type: string;
  /** Where it failed (a region, zone or location), named in the message. */
  where?: string;
  /** The `region_code` of the ErrorResource; default `where`. */
  regionCode?: string;
  /** The resource that failed, when one did. */
  resourceId?: string;
}

/**
 * The ErrorResource of one type that failed (in one place, or for one resource), its message
 * `<group> <type>[ in <where>]: <what>: <errorText>`, e.g.
 * `EC2 Instance in us-east-1: not listed: UnauthorizedOperation: …`.
 */
export function typeFailure(part: FailedPart, what: string, errorText: string): ResourceInfo {
  const { provider, group, type, where, resourceId } = part;
  return errorResource({
    provider,
    group,
    type,
    regionCode: part.regionCode ?? where,
    resourceId,
    message: `${group} ${type}${where ? ` in ${where}` : ''}: ${what}: ${errorText}`,
  });
}

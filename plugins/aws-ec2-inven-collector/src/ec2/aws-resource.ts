import { cloudService, cloudServiceType, typeFailure, typeReference } from '@cloudforet/plugin-core';
import type { ResourceInfo } from '@cloudforet/api/gen/spaceone/api/inventory/plugin/collector';
import { awsErrorText } from '@cloudforet/plugin-core/aws';

export const PROVIDER = 'aws';
export const ASSET_URL =
  'https://spaceone-custom-assets.s3.ap-northeast-2.amazonaws.com/console-assets/icons/cloud-services/aws';

type Tag = { Key?: string; Value?: string };

/** EC2's `[{Key, Value}]` as a dict. */
export function tagsOf(tags: Tag[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of tags ?? []) if (t.Key !== undefined) out[t.Key] = t.Value ?? '';
  return out;
}

/** The `Name` tag, or ''. */
export function nameOf(tags: Tag[] | undefined): string {
  return tags?.find((t) => t.Key === 'Name')?.Value ?? '';
}

/** `data.cloudwatch`, the key the CloudWatch data source reads (`Metric.list` query). */
export function cloudwatch(namespace: string, dimension: string, value: string, region: string) {
  return {
    region_name: region,
    metrics_info: [{ Namespace: namespace, Dimensions: [{ Name: dimension, Value: value }] }],
  };
}

/** `data.cloudtrail`: the console's CloudTrail lookup for the resource. */
export function cloudtrail(region: string, resourceType: string, resourceName: string) {
  return {
    region_name: region,
    resource_type: resourceType,
    LookupAttributes: [{ AttributeKey: 'ResourceName', AttributeValue: resourceName }],
  };
}

/** `arn:aws:<service>:<region>:<account>:<type>/<id>`. */
export function arnOf(service: string, region: string, account: string, type: string, id: string): string {
  return `arn:aws:${service}:${region}:${account}:${type}/${id}`;
}

/** A CloudServiceType of the group, its metadata as a JSON string (v2 SDK dialect). */
export function awsCloudServiceType(
  input: Omit<Parameters<typeof cloudServiceType>[0], 'provider' | 'format'>,
): ResourceInfo {
  return cloudServiceType({ ...input, provider: PROVIDER, format: 'json' });
}

/**
 * A CloudService of the group as upstream v2 sends it: `json_data`, and `json_metadata` pointing
 * the console at the type's layouts; `account` is a match key.
 */
export function awsCloudService(
  input: Omit<Parameters<typeof cloudService>[0], 'provider' | 'format' | 'metadata'>,
): ResourceInfo {
  return cloudService({
    ...input,
    provider: PROVIDER,
    format: 'json',
    metadata: typeReference(PROVIDER, input.group, input.type),
  });
}

/** A failure of one type in one region (or of one resource): names provider, group, type and region. */
export function awsError(
  { group, type, region, resourceId }: { group: string; type: string; region?: string; resourceId?: string },
  what: string,
  error: unknown,
): ResourceInfo {
  return typeFailure({ provider: PROVIDER, group, type, where: region, resourceId }, what, awsErrorText(error));
}

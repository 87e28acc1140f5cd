import type { Address } from '@aws-sdk/client-ec2';
import type { ResourceInfo } from '@cloudforet/api/gen/spaceone/api/inventory/plugin/collector';
import { awsCloudService, cloudtrail, nameOf, tagsOf } from '../aws-resource';
import type { RegionContext } from '../region-context';

export const GROUP = 'EC2';
export const TYPE = 'EIP';

/** One EIP: the API's fields as they are, plus the CloudTrail lookup; matched on its AllocationId. */
export function eipResource(
  item: Address,
  { region, accountId }: Pick<RegionContext, 'region' | 'accountId'>,
): ResourceInfo {
  const id = item.AllocationId!;
  return awsCloudService({
    name: nameOf(item.Tags),
    group: GROUP,
    type: TYPE,
    resourceId: id,
    account: accountId,
    regionCode: region,
    tags: tagsOf(item.Tags),
    externalLink: `https://console.aws.amazon.com/ec2/v2/home?region=${region}`,
    data: { ...item, cloudtrail: cloudtrail(region, 'AWS::EC2::EIP', id) },
  });
}

import type { Address } from '@aws-sdk/client-ec2';
import type { ResourceInfo } from '@cloudforet/api/gen/spaceone/api/inventory/plugin/collector';
import { awsCloudService, cloudtrail, nameOf, tagsOf } from '../aws-resource';
import type { RegionContext } from '../region-context';

export const GROUP = 'EC2';
export const TYPE = 'EIP';

/**
 * One Elastic IP as upstream shapes it: the API's fields, `allocation_status` ("In-use" when it has an
 * allocation id, as upstream decides), `name` from the Name tag, the CloudTrail lookup; matched on its
 * allocation id.
 */
export function eipResource(
  item: Address,
  { region, accountId }: Pick<RegionContext, 'region' | 'accountId'>,
): ResourceInfo {
  const id = item.AllocationId!;
  const name = nameOf(item.Tags);
  return awsCloudService({
    name,
    group: GROUP,
    type: TYPE,
    resourceId: id,
    account: accountId,
    regionCode: region,
    tags: tagsOf(item.Tags),
    externalLink: `https://console.aws.amazon.com/ec2/v2/home?region=${region}#ElasticIpDetails:AllocationId=${id}`,
    data: {
      ...item,
      allocation_status: item.AllocationId ? 'In-use' : 'Unused',
      name,
      cloudtrail: cloudtrail(region, 'AWS::EC2::EIP', id),
    },
  });
}

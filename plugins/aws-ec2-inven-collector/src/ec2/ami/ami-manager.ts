import type { Image } from '@aws-sdk/client-ec2';
import type { ResourceInfo } from '@cloudforet/api/gen/spaceone/api/inventory/plugin/collector';
import { awsCloudService, cloudtrail, tagsOf } from '../aws-resource';
import type { RegionContext } from '../region-context';

export const GROUP = 'EC2';
export const TYPE = 'AMI';

/** An AMI: the API's fields, `Platform` defaulting to "Other Linux", and upstream's capitalised `Cloudtrail` key. */
export function amiResource(
  image: Image,
  { region, accountId }: Pick<RegionContext, 'region' | 'accountId'>,
): ResourceInfo {
  const id = image.ImageId!;
  return awsCloudService({
    name: image.Name ?? '',
    group: GROUP,
    type: TYPE,
    resourceId: id,
    account: accountId,
    regionCode: region,
    instanceType: image.ImageType ?? '',
    tags: tagsOf(image.Tags),
    externalLink: `https://console.aws.amazon.com/ec2/v2/home?region=${region}#Images:visibility=public-images;imageId=${id};sort=name`,
    data: { ...image, Platform: image.Platform || 'Other Linux', Cloudtrail: cloudtrail(region, 'AWS::EC2::Ami', id) },
  });
}

import type { Volume } from '@aws-sdk/client-ec2';
import type { ResourceInfo } from '@cloudforet/api/gen/spaceone/api/inventory/plugin/collector';
import { arnOf, awsCloudService, cloudtrail, cloudwatch, nameOf, tagsOf } from '../aws-resource';
import type { RegionContext } from '../region-context';

export const GROUP = 'EC2';
export const TYPE = 'Volume';
const GIB = 1024 ** 3;

/** A volume: the API's fields as they are, plus `size` in bytes, `arn`, CloudWatch and CloudTrail keys. */
export function volumeResource(
  volume: Volume,
  { region, accountId }: Pick<RegionContext, 'region' | 'accountId'>,
): ResourceInfo {
  const id = volume.VolumeId!;
  const arn = arnOf('ec2', region, accountId, 'volume', id);
  const size = (volume.Size ?? 0) * GIB;
  const name = nameOf(volume.Tags);
  const data = {
    ...volume,
    ...(name ? { name } : {}),
    attribute: {},
    cloudwatch: cloudwatch('AWS/EBS', 'VolumeId', id, region),
    cloudtrail: cloudtrail(region, 'AWS::EC2::Volume', id),
    size,
    arn,
    launched_at: volume.CreateTime?.toISOString(),
    ...(volume.KmsKeyId ? { kms_key_arn: volume.KmsKeyId, kms_key_id: volume.KmsKeyId.split('/')[1] ?? '' } : {}),
  };
  return awsCloudService({
    name,
    group: GROUP,
    type: TYPE,
    resourceId: arn,
    account: accountId,
    regionCode: region,
    instanceType: volume.VolumeType ?? '',
    instanceSize: size,
    tags: tagsOf(volume.Tags),
    externalLink: `https://console.aws.amazon.com/ec2/v2/home?region=${region}#Volumes:search=${id};sort=state`,
    data,
  });
}

import type { Snapshot } from '@aws-sdk/client-ec2';
import type { ResourceInfo } from '@cloudforet/api/gen/spaceone/api/inventory/plugin/collector';
import { arnOf, awsCloudService, cloudtrail, nameOf, tagsOf } from '../aws-resource';
import type { RegionContext } from '../region-context';

export const GROUP = 'EC2';
export const TYPE = 'Snapshot';

/** A snapshot: the API's fields plus `arn` and CloudTrail keys; `instance_size` is the volume size in GiB (as upstream). */
export function snapshotResource(
  snapshot: Snapshot,
  { region, accountId }: Pick<RegionContext, 'region' | 'accountId'>,
): ResourceInfo {
  const id = snapshot.SnapshotId!;
  const arn = arnOf('ec2', region, accountId, 'snapshot', id);
  const name = nameOf(snapshot.Tags);
  return awsCloudService({
    name,
    group: GROUP,
    type: TYPE,
    resourceId: arn,
    account: accountId,
    regionCode: region,
    instanceSize: snapshot.VolumeSize ?? 0,
    tags: tagsOf(snapshot.Tags),
    externalLink: `https://console.aws.amazon.com/ec2/v2/home?region=${region}#Snapshots:visibility=owned-by-me;snapshotId=${id};sort=snapshotId`,
    data: {
      ...snapshot,
      ...(name ? { name } : {}),
      cloudtrail: cloudtrail(region, 'AWS::EC2::Snapshot', id),
      arn,
      ...(snapshot.KmsKeyId
        ? { kms_key_arn: snapshot.KmsKeyId, kms_key_id: snapshot.KmsKeyId.split('/')[1] ?? '' }
        : {}),
    },
  });
}

import { ASSET_URL, awsCloudServiceType } from '../aws-resource';
import { typeMetadata } from '../type-metadata';
import { GROUP, TYPE } from './snapshot-manager';

export const SNAPSHOT_TYPE = awsCloudServiceType({
  name: TYPE,
  group: GROUP,
  isPrimary: false,
  isMajor: false,
  serviceCode: 'AmazonEC2',
  labels: ['Compute', 'Storage'],
  tags: { 'spaceone:icon': `${ASSET_URL}/Amazon-Elastic-Block-Store-EBS.svg` },
  metadata: typeMetadata({
    fields: [
      { name: 'Snapshot ID', key: 'data.SnapshotId' },
      { name: 'State', key: 'data.State', type: 'enum' },
      { name: 'Volume ID', key: 'data.VolumeId' },
      { name: 'Size (GiB)', key: 'instance_size' },
      { name: 'Encrypted', key: 'data.Encrypted' },
      { name: 'Started', key: 'data.StartTime', type: 'datetime' },
    ],
    widgets: [{ name: 'Total Count', type: 'card', operator: 'count' }],
  }),
});

import { ASSET_URL, awsCloudServiceType } from '../aws-resource';
import { typeMetadata } from '../type-metadata';
import { GROUP, TYPE } from './volume-manager';

export const VOLUME_TYPE = awsCloudServiceType({
  name: TYPE,
  group: GROUP,
  isPrimary: true,
  isMajor: true,
  serviceCode: 'AmazonEC2',
  labels: ['Compute', 'Storage'],
  tags: { 'spaceone:icon': `${ASSET_URL}/Amazon-Elastic-Block-Store-EBS.svg`, 'spaceone:display_name': 'EBS' },
  metadata: typeMetadata({
    fields: [
      { name: 'Volume ID', key: 'data.VolumeId' },
      { name: 'State', key: 'data.State', type: 'enum' },
      { name: 'Size', key: 'instance_size', type: 'size' },
      { name: 'Volume Type', key: 'instance_type' },
      { name: 'IOPS', key: 'data.Iops' },
      { name: 'Availability Zone', key: 'data.AvailabilityZone' },
      { name: 'Encrypted', key: 'data.Encrypted' },
      { name: 'Attached Instance', key: 'data.Attachments.InstanceId' },
      { name: 'Created', key: 'data.CreateTime', type: 'datetime' },
    ],
    widgets: [
      { name: 'Total Count', type: 'card', operator: 'count' },
      { name: 'Total Size', type: 'card', operator: 'sum', key: 'instance_size' },
      { name: 'Count by Region', type: 'chart', operator: 'count', groupBy: 'region_code' },
    ],
  }),
});

import { ASSET_URL, awsCloudServiceType } from '../aws-resource';
import { typeMetadata } from '../type-metadata';
import { GROUP, TYPE } from './auto-scaling-group-manager';

export const AUTO_SCALING_GROUP_TYPE = awsCloudServiceType({
  name: TYPE,
  group: GROUP,
  isPrimary: true,
  isMajor: true,
  serviceCode: 'AmazonEC2',
  labels: ['Compute'],
  tags: { 'spaceone:icon': `${ASSET_URL}/Amazon-EC2-Auto-Scaling.svg` },
  metadata: typeMetadata({
    fields: [
      { name: 'Name', key: 'data.AutoScalingGroupName' },
      { name: 'Desired', key: 'data.DesiredCapacity' },
      { name: 'Min', key: 'data.MinSize' },
      { name: 'Max', key: 'data.MaxSize' },
      { name: 'Launch Configuration / Template', key: 'data.display_launch_configuration_template' },
      { name: 'Availability Zones', key: 'data.AvailabilityZones', type: 'list' },
      { name: 'Created', key: 'data.CreatedTime', type: 'datetime' },
    ],
    widgets: [{ name: 'Total Count', type: 'card', operator: 'count' }],
  }),
});

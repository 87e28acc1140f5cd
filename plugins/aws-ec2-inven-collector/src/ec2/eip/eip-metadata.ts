import { ASSET_URL, awsCloudServiceType } from '../aws-resource';
import { typeMetadata } from '../type-metadata';
import { GROUP, TYPE } from './eip-manager';

/** How the console shows EIPs: table columns, search keys, widgets. */
export const EIP_TYPE = awsCloudServiceType({
  name: TYPE,
  group: GROUP,
  isPrimary: true,
  isMajor: true,
  serviceCode: 'AmazonEC2',
  labels: ['Networking', 'Compute'],
  tags: { 'spaceone:icon': `${ASSET_URL}/Amazon-EC2_Elastic-IP-Address_light-bg.svg` },
  metadata: typeMetadata({
    fields: [
      { name: 'Public IP', key: 'data.PublicIp' },
      { name: 'Allocation ID', key: 'data.AllocationId' },
      { name: 'Allocation Status', key: 'data.allocation_status', type: 'enum' },
      { name: 'Instance ID', key: 'data.InstanceId' },
      { name: 'Private IP', key: 'data.PrivateIpAddress' },
      { name: 'Domain', key: 'data.Domain' },
      { name: 'Region', key: 'region_code' },
      { name: 'Account ID', key: 'account' },
    ],
    widgets: [
      { name: 'Total Count', type: 'card', operator: 'count' },
      { name: 'Count by Region', type: 'chart', operator: 'count', groupBy: 'region_code' },
    ],
  }),
});

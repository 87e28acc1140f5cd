import { ASSET_URL, awsCloudServiceType } from '../aws-resource';
import { typeMetadata } from '../type-metadata';
import { GROUP, TYPE } from './eip-manager';

/** How the console shows EIPs: table columns, search keys, widgets. */
export const EIP_TYPE = awsCloudServiceType({
  name: TYPE,
  group: GROUP,
  isPrimary: false,
  isMajor: false,
  serviceCode: 'AmazonEC2',
  labels: ['Compute'],
  tags: { 'spaceone:icon': `${ASSET_URL}/Amazon-EC2.svg` },
  metadata: typeMetadata({
    fields: [
      { name: 'AllocationId', key: 'data.AllocationId' },
      { name: 'Region', key: 'region_code' },
      { name: 'Account ID', key: 'account' },
    ],
    widgets: [
      { name: 'Total Count', type: 'card', operator: 'count' },
      { name: 'Count by Region', type: 'chart', operator: 'count', groupBy: 'region_code' },
    ],
  }),
});

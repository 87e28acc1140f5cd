import { ASSET_URL, awsCloudServiceType } from '../aws-resource';
import { typeMetadata } from '../type-metadata';
import { GROUP, TYPE } from './ami-manager';

export const AMI_TYPE = awsCloudServiceType({
  name: TYPE,
  group: GROUP,
  isPrimary: false,
  isMajor: false,
  serviceCode: 'AmazonEC2',
  labels: ['Compute'],
  tags: { 'spaceone:icon': `${ASSET_URL}/Amazon-AMI.svg` },
  metadata: typeMetadata({
    fields: [
      { name: 'AMI ID', key: 'data.ImageId' },
      { name: 'State', key: 'data.State', type: 'enum' },
      { name: 'Public', key: 'data.Public' },
      { name: 'Platform', key: 'data.Platform' },
      { name: 'Architecture', key: 'data.Architecture' },
      { name: 'Created', key: 'data.CreationDate', type: 'datetime' },
    ],
    widgets: [{ name: 'Total Count', type: 'card', operator: 'count' }],
  }),
});

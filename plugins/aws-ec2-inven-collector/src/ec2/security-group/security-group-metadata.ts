import { ASSET_URL, awsCloudServiceType } from '../aws-resource';
import { typeMetadata } from '../type-metadata';
import { GROUP, TYPE } from './security-group-manager';

export const SECURITY_GROUP_TYPE = awsCloudServiceType({
  name: TYPE,
  group: GROUP,
  isPrimary: false,
  isMajor: false,
  serviceCode: 'AmazonEC2',
  labels: ['Compute', 'Security'],
  tags: { 'spaceone:icon': `${ASSET_URL}/Amazon-VPC_VPN-Gateway_dark-bg.svg` },
  metadata: typeMetadata({
    fields: [
      { name: 'Group ID', key: 'data.GroupId' },
      { name: 'Name', key: 'data.GroupName' },
      { name: 'VPC ID', key: 'data.VpcId' },
      { name: 'Description', key: 'data.Description' },
      { name: 'Inbound Protocol', key: 'data.ip_permissions.protocol_display', type: 'list' },
      { name: 'Inbound Port', key: 'data.ip_permissions.port_display', type: 'list' },
      { name: 'Inbound Source', key: 'data.ip_permissions.source_display', type: 'list' },
      { name: 'Vulnerable Ports', key: 'data.ip_permissions.vulnerable_ports', type: 'list' },
    ],
    widgets: [{ name: 'Total Count', type: 'card', operator: 'count' }],
  }),
});

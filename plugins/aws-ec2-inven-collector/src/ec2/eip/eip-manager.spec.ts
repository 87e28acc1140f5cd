import type { Address } from '@aws-sdk/client-ec2';
import { eipResource } from './eip-manager';
import { EIP_TYPE } from './eip-metadata';

/** One item as `ec2:DescribeAddresses` describes it: replace with a recorded shape (secrets scrubbed). */
const SAMPLE: Address = {
  AllocationId: 'sample-eip-0001',
  PublicIp: '3.0.0.10',
  Domain: 'vpc',
  InstanceId: 'i-0123456789abcdef0',
  Tags: [{ Key: 'Name', Value: 'sample' }],
};
const CTX = { region: 'us-east-1', accountId: '123456789012' };

describe('EC2/EIP manager', () => {
  it('matches on the id, provider, type, group and account, all present in the resource', () => {
    const info = eipResource(SAMPLE, CTX);
    expect(info.match_rules).toEqual({
      '1': ['reference.resource_id', 'provider', 'cloud_service_type', 'cloud_service_group', 'account'],
    });
    expect(info.resource).toMatchObject({
      name: 'sample',
      provider: 'aws',
      cloud_service_group: 'EC2',
      cloud_service_type: 'EIP',
      account: '123456789012',
      region_code: 'us-east-1',
      reference: { resource_id: 'sample-eip-0001' },
    });
    const data = JSON.parse(info.resource!.json_data as string);
    expect(data).toMatchObject({ PublicIp: '3.0.0.10', allocation_status: 'In-use', name: 'sample' });
    expect(data.cloudtrail.LookupAttributes).toEqual([
      { AttributeKey: 'ResourceName', AttributeValue: 'sample-eip-0001' },
    ]);
  });

  it('is announced by a CloudServiceType of the same group and name', () => {
    expect(EIP_TYPE.resource).toMatchObject({ group: 'EC2', name: 'EIP', provider: 'aws' });
  });
});

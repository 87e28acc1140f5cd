import { typeFailure } from './type-failure';

describe('typeFailure', () => {
  it('names group, type and where in the message; region_code is where unless given', () => {
    const failure = typeFailure(
      { provider: 'aws', group: 'EC2', type: 'Instance', where: 'us-east-1', resourceId: 'i-1' },
      'not listed',
      'UnauthorizedOperation: no',
    );
    expect(failure).toMatchObject({
      state: 'FAILURE',
      resource_type: 'inventory.ErrorResource',
      message: 'EC2 Instance in us-east-1: not listed: UnauthorizedOperation: no',
      resource: {
        provider: 'aws',
        cloud_service_group: 'EC2',
        cloud_service_type: 'Instance',
        region_code: 'us-east-1',
        resource_id: 'i-1',
        resource_type: 'inventory.CloudService',
      },
    });
    const zone = typeFailure(
      { provider: 'google_cloud', group: 'ComputeEngine', type: 'Disk', where: 'us-east1-b', regionCode: 'us-east1' },
      'not listed',
      'unreachable',
    );
    expect(zone.resource?.region_code).toBe('us-east1');
    expect(zone.message).toBe('ComputeEngine Disk in us-east1-b: not listed: unreachable');
  });

  it('without where: no region_code and no "in"', () => {
    const failure = typeFailure({ provider: 'azure', group: 'Disks', type: 'Disk' }, 'listing failed', '403 denied');
    expect(failure.message).toBe('Disks Disk: listing failed: 403 denied');
    expect(failure.resource).not.toHaveProperty('region_code');
  });
});

import { ResourceInfo_State } from '@cloudforet/api/gen/spaceone/api/inventory/plugin/collector';
import { cloudService, cloudServiceType, errorResource, metric, namespace, region } from './resource-builders';

describe('collector resource builders', () => {
  it('a CloudService carries the canonical rule, every key of which has a value in the resource', () => {
    const info = cloudService({
      name: 'web-1',
      provider: 'aws',
      group: 'EC2',
      type: 'Instance',
      resourceId: 'i-1',
      account: '123456789012',
      regionCode: 'us-east-1',
      data: { compute: { instance_id: 'i-1' } },
      externalLink: 'https://console/i-1',
      instanceSize: 2,
    });
    expect(info).toEqual({
      state: ResourceInfo_State.SUCCESS,
      resource_type: 'inventory.CloudService',
      match_rules: {
        '1': ['reference.resource_id', 'provider', 'cloud_service_type', 'cloud_service_group', 'account'],
      },
      resource: {
        name: 'web-1',
        provider: 'aws',
        cloud_service_group: 'EC2',
        cloud_service_type: 'Instance',
        account: '123456789012',
        region_code: 'us-east-1',
        instance_type: '',
        instance_size: 2,
        ip_addresses: [],
        tags: {},
        reference: { resource_id: 'i-1', external_link: 'https://console/i-1' },
        data: { compute: { instance_id: 'i-1' } },
      },
    });
  });

  it('json format sends data and metadata as JSON strings; matchAccount false drops account (GCP)', () => {
    const info = cloudService({
      name: 'vm',
      provider: 'google_cloud',
      group: 'ComputeEngine',
      type: 'Instance',
      resourceId: '42',
      data: { a: 1 },
      metadata: { view: {} },
      format: 'json',
      matchAccount: false,
    });
    expect(info.match_rules).toEqual({
      '1': ['reference.resource_id', 'provider', 'cloud_service_type', 'cloud_service_group'],
    });
    expect(info.resource).toMatchObject({ json_data: '{"a":1}', json_metadata: '{"view":{}}' });
    expect(info.resource).not.toHaveProperty('data');
  });

  it('a CloudServiceType, a Region, an ErrorResource, a Namespace and a Metric', () => {
    const type = cloudServiceType({
      name: 'Instance',
      group: 'EC2',
      provider: 'aws',
      metadata: { view: { table: {} } },
      isPrimary: true,
      serviceCode: 'AmazonEC2',
      labels: ['Compute'],
      format: 'json',
    });
    expect(type.match_rules).toEqual({ '1': ['name', 'group', 'provider'] });
    expect(type.resource).toMatchObject({
      name: 'Instance',
      group: 'EC2',
      provider: 'aws',
      resource_type: 'inventory.CloudService',
      is_primary: true,
      is_major: false,
      service_code: 'AmazonEC2',
      labels: ['Compute'],
      json_metadata: '{"view":{"table":{}}}',
    });
    expect(region({ regionCode: 'us-east-1', provider: 'aws', name: 'US East (N. Virginia)' })).toEqual({
      state: ResourceInfo_State.SUCCESS,
      resource_type: 'inventory.Region',
      match_rules: { '1': ['region_code', 'provider'] },
      resource: { name: 'US East (N. Virginia)', region_code: 'us-east-1', provider: 'aws', tags: {} },
    });
    expect(
      errorResource({
        message: 'AccessDenied',
        provider: 'aws',
        group: 'EC2',
        type: 'Volume',
        regionCode: 'eu-west-1',
      }),
    ).toEqual({
      state: ResourceInfo_State.FAILURE,
      message: 'AccessDenied',
      resource_type: 'inventory.ErrorResource',
      resource: {
        provider: 'aws',
        cloud_service_group: 'EC2',
        cloud_service_type: 'Volume',
        resource_type: 'inventory.CloudService',
        region_code: 'eu-west-1',
      },
    });
    expect(errorResource({ message: '', provider: 'aws' }).message).toBe('unknown error');
    const ns = namespace({
      namespace_id: 'ns-1',
      name: 'EC2/Instance',
      category: 'ASSET',
      resource_type: 'inventory.CloudService:aws.EC2.Instance',
      group: 'aws',
      version: '1.1',
    });
    expect([ns.resource_type, ns.match_rules]).toEqual(['inventory.Namespace', {}]);
    const m = metric({
      metric_id: 'm-1',
      name: 'Count',
      metric_type: 'GAUGE',
      resource_type: 'inventory.CloudService:aws.EC2.Instance',
      query_options: {},
      unit: 'Count',
      namespace_id: 'ns-1',
      version: '1.0',
    });
    expect([m.resource_type, m.match_rules, m.resource?.metric_id]).toEqual(['inventory.Metric', {}, 'm-1']);
  });
});
